import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/audit-contract.js';
import { createEngine, type Engine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { generateSimCredentials } from '../../../electron/simulator/sim-credentials.js';
import { call, draftOf, importedRow, undoOffered, valueOf } from '../../support/drafts.js';
import { useTempDir } from '../../support/temp-dir.js';
import { defaultRuleLimits } from '../../../shared/providers/rule-limits.js';

const tempDir = useTempDir('paybatch-audit-');
const confirmAll = { via: 'cli_flag', confirm: async () => true } as const;

function engineIn(dataDir = tempDir()): Engine {
  return createEngine({ dataDir, keyStore: createMemoryKeyStore(), confirmChanges: confirmAll });
}

async function entries(engine: Engine): Promise<AuditEntry[]> {
  return valueOf(await call(engine, 'audit.list', { oldestFirst: true, limit: 500 })).entries;
}

describe('the audit log records each action', () => {
  it('a draft’s life: import with file name and hash, edits with their rows, a bulk fix by its count, undo, discard, approval', async () => {
    const engine = engineIn();
    try {
      const names = Array.from({ length: 300 }, (_, i) => importedRow('appotapay', i + 2, { name: `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}` }));
      const hash = 'e'.repeat(64);
      const batchId = await draftOf(engine, 'appotapay', names, hash, 'Bảng lương T11.xlsx');
      valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 15, field: 'accountNo', text: '0011009999999' } }));
      valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'fixAll', field: 'name', fix: 'unaccent-upper' }, preview: true }));
      valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'fixAll', field: 'name', fix: 'unaccent-upper' } }));
      valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'exclude', index: 3, excluded: true } }));
      valueOf(await call(engine, 'batch.edit', { batchId, change: await undoOffered(engine, batchId) }));
      // Read-only calls are not recorded.
      valueOf(await call(engine, 'batch.get', { batchId, limit: 10 }));
      valueOf(await call(engine, 'batch.list', {}));
      valueOf(await call(engine, 'audit.verify', {}));
      const total = valueOf(await call(engine, 'batch.get', { batchId, limit: 0 })).tally?.total ?? 0;
      const approved = valueOf(await call(engine, 'batch.approve', { batchId, typedTotal: String(total) }));
      const other = await draftOf(engine, 'appotapay', [importedRow('appotapay', 2)], 'f'.repeat(64), 'Nháp.csv');
      valueOf(await call(engine, 'batch.discard', { batchId: other }));

      const log = await entries(engine);
      expect(log.map((e) => e.action)).toEqual(['batch.create', 'batch.addRows', 'batch.edit', 'batch.edit', 'batch.edit', 'batch.edit', 'batch.approve', 'batch.create', 'batch.addRows', 'batch.discard']);
      expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
      expect(log.slice(0, 7).every((e) => e.batchId === batchId)).toBe(true);
      const [created, received, set, fixAll, exclude, undo, approval] = log;
      expect(created?.details).toEqual({ provider: 'appotapay', operation: 'payout', currency: 'VND', fileName: 'Bảng lương T11.xlsx', fileHash: hash, sheet: 'Lương', rows: 300 });
      expect(received?.details).toEqual({ rows: 300 });
      expect(set?.details).toEqual({ kind: 'set', rows: 1, field: 'accountNo', sheetRows: '17', before: '1000017', after: '0011009999999' });
      expect(fixAll?.details).toEqual({ kind: 'fixAll', rows: 300, field: 'name', fix: 'unaccent-upper' });
      expect(exclude?.details).toEqual({ kind: 'exclude', rows: 1, excluded: true, sheetRows: '5' });
      expect(undo?.details).toEqual({ kind: 'undo', rows: 1 });
      expect(approval?.details).toEqual({ contentHash: approved.contentHash, total: approved.total, currency: 'VND', rows: 300, firstOrderId: approved.firstOrderId, payAgain: null });
      expect(log.at(-1)).toMatchObject({ action: 'batch.discard', batchId: other, details: { status: 'discarded' } });
      for (const e of log) expect(Date.parse(e.at)).not.toBeNaN();
      expect(valueOf(await call(engine, 'audit.verify', {}))).toEqual({ ok: true, entries: log.length, broken: null });
    } finally {
      await engine.close();
    }
  });

  it('a refused call is not recorded: only what was done is', async () => {
    const engine = engineIn();
    try {
      const batchId = await draftOf(engine, 'appotapay', [importedRow('appotapay', 2)]);
      expect(await call(engine, 'batch.approve', { batchId, typedTotal: '1' })).toMatchObject({ ok: false });
      expect(await call(engine, 'batch.edit', { batchId, change: { kind: 'undo', step: 1 } })).toMatchObject({ ok: false });
      expect((await entries(engine)).map((e) => e.action)).toEqual(['batch.create', 'batch.addRows']);
    } finally {
      await engine.close();
    }
  });

  it('filters by action and by batch, newest first by default, with the count of what matches', async () => {
    const engine = engineIn();
    try {
      const first = await draftOf(engine, 'appotapay', [importedRow('appotapay', 2)], '1'.repeat(64));
      const second = await draftOf(engine, 'appotapay', [importedRow('appotapay', 2)], '2'.repeat(64));
      valueOf(await call(engine, 'batch.discard', { batchId: first }));
      expect(valueOf(await call(engine, 'audit.list', { batchId: first }))).toMatchObject({ matching: 3, entries: [{ action: 'batch.discard' }, { action: 'batch.addRows' }, { action: 'batch.create' }] });
      expect(valueOf(await call(engine, 'audit.list', { action: 'batch.create' })).entries.map((e) => e.batchId)).toEqual([second, first]);
      expect(valueOf(await call(engine, 'audit.list', { action: 'batch.create', offset: 1, limit: 1 }))).toMatchObject({ matching: 2, entries: [{ batchId: first }] });
      expect(await call(engine, 'audit.list', { action: 'keys.status' as never })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      await engine.close();
    }
  });
});

describe('secrets never reach the audit log', () => {
  it('keys imported, a secret replaced, settings and limits changed, keys removed: names and fingerprints only, nowhere in the data file or the CSV', async () => {
    const dataDir = tempDir();
    const engine = engineIn(dataDir);
    const smile = generateSimCredentials('smilepayz');
    const hai = generateSimCredentials('haipay');
    const appota = generateSimCredentials('appotapay');
    const typed = 'typed-by-hand-0f3a9c71e5b24d68';
    let csv = '';
    try {
      valueOf(await call(engine, 'keys.import', { provider: 'smilepayz', environment: 'sandbox', creds: smile.creds }));
      valueOf(await call(engine, 'keys.import', { provider: 'haipay', environment: 'practice', creds: { ...hai.creds, baseUrl: 'http://127.0.0.1:9' } }));
      valueOf(await call(engine, 'keys.import', { provider: 'appotapay', environment: 'production', creds: appota.creds }));
      valueOf(await call(engine, 'keys.setSecret', { provider: 'appotapay', environment: 'production', field: 'secretKey', value: typed }));
      valueOf(await call(engine, 'keys.setSettings', { provider: 'haipay', environment: 'practice', settings: { appId: '7788', concurrency: 6 } }));
      valueOf(await call(engine, 'limits.set', { provider: 'appotapay', limits: { ...defaultRuleLimits.appotapay, maxAmount: 100_000_000, feeType: 'receiver' } }));
      valueOf(await call(engine, 'keys.remove', { provider: 'smilepayz', environment: 'sandbox' }));
      valueOf(await call(engine, 'keys.status', {}));

      const log = await entries(engine);
      expect(log.map((e) => e.action)).toEqual(['keys.import', 'keys.import', 'keys.import', 'keys.setSecret', 'keys.setSettings', 'limits.set', 'keys.remove']);
      expect(log[0]?.details).toMatchObject({ provider: 'smilepayz', environment: 'sandbox', secrets: expect.stringMatching(/^merchantSecret sha256:[0-9a-f]{8}, privateKey sha256:[0-9a-f]{8}$/), settings: 'balanceAccountNo, merchantId, platformPublicKey', verificationKey: expect.stringMatching(/^sha256:[0-9a-f]{16}$/) });
      expect(log[1]?.details).toMatchObject({ provider: 'haipay', environment: 'practice', address: '— → http://127.0.0.1:9' });
      expect(log[3]?.details).toEqual({ provider: 'appotapay', environment: 'production', field: 'secretKey', secrets: expect.stringMatching(/^secretKey sha256:[0-9a-f]{8}$/) });
      expect(log[4]?.details).toEqual({ provider: 'haipay', environment: 'practice', settings: 'appId, concurrency', changes: 'concurrency — → 6' });
      expect(log[5]?.details).toEqual({ provider: 'appotapay', changes: `feeType payer → receiver; maxAmount ${defaultRuleLimits.appotapay.maxAmount} → 100000000` });
      expect(log[6]?.details).toMatchObject({ provider: 'smilepayz', environment: 'sandbox', removed: 3 });
      csv = Buffer.from(valueOf(await call(engine, 'audit.export', {})).base64, 'base64').toString('utf8');
    } finally {
      await engine.close();
    }

    // Every secret, whole and in pieces (a PEM body line, an id's digits): not in the log's rows, not in any byte of the data file.
    const secrets = [smile.creds['merchantSecret'], hai.creds['secretKey'], appota.creds['apiKey'], appota.creds['secretKey'], typed, ...pemLines(smile.creds['privateKey']), ...pemLines(hai.creds['privateKey'])].filter((s): s is string => typeof s === 'string' && s.length >= 16);
    expect(secrets.length).toBeGreaterThan(10);
    const files = ['paybatch.sqlite', 'paybatch.sqlite-wal'].map((name) => join(dataDir, name)).filter((file) => existsSync(file));
    const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
    for (const secret of secrets) {
      expect(bytes.includes(Buffer.from(secret, 'utf8')), 'secret in the data file').toBe(false);
      expect(csv.includes(secret), 'secret in the CSV').toBe(false);
    }
    expect(csv.startsWith('\uFEFFseq,at,action,batch_id,details,prev_hash,hash\r\n')).toBe(true);
    expect(csv).toContain('keys.setSecret');
  });
});

/** A PEM's body lines: any one of them would give part of the key away. */
function pemLines(pem: string | undefined): string[] {
  return (pem ?? '').split('\n').filter((line) => line.length >= 16 && !line.startsWith('-----'));
}
