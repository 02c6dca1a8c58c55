import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalForm, detailsJson, entryHash, genesisHash, parseDetails } from '../../../../electron/engine/audit/audit-chain.js';
import { csvCell } from '../../../../electron/engine/audit/audit-csv.js';
import { changedLimits, secretsOf, settingChanges } from '../../../../electron/engine/audit/audit-settings.js';
import { auditSummaries, type AuditLookups } from '../../../../electron/engine/audit/audit-summaries.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';

const entry = { seq: 7, at: '2026-11-21T10:00:00.000Z', action: 'batch.edit', batchId: 'b7c0a1f2-1111-4222-8333-944445555666', details: { rows: 1, field: 'accountNo', kind: 'set' } };
const look: AuditLookups = { settingsOf: () => ({}), limitsOf: () => defaultRuleLimits.appotapay, currencyOf: () => 'VND' };

describe('the chain’s hash', () => {
  it('is over one canonical form, whatever order the details came in (a name like a number included)', () => {
    const shuffled = { ...entry, details: { kind: 'set', '10': 'x', rows: 1, field: 'accountNo', '9': 'y' } };
    const sorted = { ...entry, details: { '10': 'x', '9': 'y', field: 'accountNo', kind: 'set', rows: 1 } };
    expect(canonicalForm(shuffled)).toBe(canonicalForm(sorted));
    expect(canonicalForm(sorted)).toBe(JSON.stringify([7, entry.at, 'batch.edit', entry.batchId, [['10', 'x'], ['9', 'y'], ['field', 'accountNo'], ['kind', 'set'], ['rows', 1]]]));
    expect(entryHash(genesisHash, shuffled)).toBe(entryHash(genesisHash, sorted));
  });

  it('changes with the previous hash, the number, the time, the action, the batch and every detail', () => {
    const base = entryHash(genesisHash, entry);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    const changed = [
      entryHash('1'.repeat(64), entry),
      entryHash(genesisHash, { ...entry, seq: 8 }),
      entryHash(genesisHash, { ...entry, at: '2026-11-21T10:00:00.001Z' }),
      entryHash(genesisHash, { ...entry, action: 'batch.discard' }),
      entryHash(genesisHash, { ...entry, batchId: null }),
      entryHash(genesisHash, { ...entry, details: { ...entry.details, rows: 2 } }),
      entryHash(genesisHash, { ...entry, details: { ...entry.details, rows: '1' } }),
    ];
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
  });

  it('stores details as sorted JSON and reads back only plain values', () => {
    expect(detailsJson({ rows: 2, field: 'name', before: undefined })).toBe('{"field":"name","rows":2}');
    expect(parseDetails('{"a":1,"b":"x","c":null,"d":true}')).toEqual({ a: 1, b: 'x', c: null, d: true });
    expect(parseDetails('{"a":{"nested":1}}')).toBeNull();
    expect(parseDetails('[1]')).toBeNull();
    expect(parseDetails('not json')).toBeNull();
  });
});

describe('a CSV cell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+84912345678', "'+84912345678"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['Bảng lương T10.xlsx', 'Bảng lương T10.xlsx'],
    ['{"fileName":"=1+1"}', '"{""fileName"":""=1+1""}"'],
  ])('%j is written %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});

describe('what an entry keeps of a change of keys or settings', () => {
  const platform = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'pem', type: 'spki' }).toString();

  it('names the ids changed without quoting them; the address from → to; the verification key by fingerprint', () => {
    const details = settingChanges({ merchantId: '20001', baseUrl: 'https://a.example.vn' }, { merchantId: '99999', baseUrl: 'https://b.example.vn', platformPublicKey: platform, concurrency: 8 });
    expect(details).toMatchObject({ settings: 'baseUrl, concurrency, merchantId, platformPublicKey', address: 'https://a.example.vn → https://b.example.vn', changes: 'concurrency — → 8' });
    expect(details.verificationKey).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(JSON.stringify(details)).not.toContain('99999');
    expect(JSON.stringify(details)).not.toContain('BEGIN PUBLIC KEY');
  });

  it('names a setting it does not know by nothing at all', () => {
    expect(settingChanges({}, { 'sk_live_0123456789abcdef': 'x' })).toEqual({ settings: null });
  });

  it('keeps secrets as name and fingerprint, only those set', () => {
    expect(secretsOf([{ field: 'apiKey', set: true, fingerprint: 'sha256:0a1b2c3d' }, { field: 'secretKey', set: false, fingerprint: null }])).toBe('apiKey sha256:0a1b2c3d');
    expect(secretsOf([])).toBeNull();
  });

  it('says which limits changed, from → to; the default description is named only', () => {
    const before = defaultRuleLimits.smilepayz;
    expect(changedLimits(before, { ...before, maxAmount: before.maxAmount - 1, defaultDescription: 'Lương tháng 11' })).toBe(`defaultDescription; maxAmount ${before.maxAmount} → ${before.maxAmount - 1}`);
    expect(changedLimits(before, before)).toBeNull();
  });
});

describe('what an entry keeps of an edit', () => {
  const edit = auditSummaries['batch.edit'];
  const tally = { rows: 0, included: 0, valid: 0, errors: 0, warnings: 0, excluded: 0, currency: 'VND' as const, total: 0, blocker: null };
  const batchId = entry.batchId;

  it('a value typed into one cell: the sheet row, the field, before and after', () => {
    const summary = edit.summary({ batchId, change: { kind: 'set', index: 15, field: 'accountNo', text: '0123456789' } }, { rows: 1, examples: [{ row: 17, field: 'accountNo', before: '012345678', after: '0123456789' }], undo: null, tally }, look, {});
    expect(summary).toEqual({ batchId, details: { kind: 'set', rows: 1, field: 'accountNo', sheetRows: '17', before: '012345678', after: '0123456789' } });
  });

  it('a fix over 100,000 rows: its kind, field and count, never the rows', () => {
    const summary = edit.summary(
      { batchId, change: { kind: 'fixAll', field: 'name', fix: 'unaccent-upper' } },
      { rows: 100_000, examples: [{ row: 2, field: 'name', before: 'Nguyễn Văn An', after: 'NGUYEN VAN AN' }, { row: 3, field: 'name', before: 'Trần Thị Bình', after: 'TRAN THI BINH' }], undo: null, tally },
      look,
      {},
    );
    expect(summary).toEqual({ batchId, details: { kind: 'fixAll', rows: 100_000, field: 'name', fix: 'unaccent-upper' } });
  });

  it('a preview is not recorded', () => {
    expect(edit.summary({ batchId, preview: true, change: { kind: 'excludeAll', code: null } }, { rows: 3, examples: [], undo: null, tally }, look, {})).toBeNull();
  });
});
