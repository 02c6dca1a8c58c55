import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { acknowledgeWarnings, call, checked, draftOf, importedRow, valueOf } from '../../support/drafts.js';
import { goodPayee } from '../../support/payees.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
// A real SQLite file in a fresh folder; the key store is not the subject here.
const open = (dataDir = tempDir()) => ({ dataDir, engine: createEngine({ dataDir, keyStore: createMemoryKeyStore() }) });
const row = (n: number, overrides: Parameters<typeof importedRow>[2] = {}) => importedRow('appotapay', n, overrides);

describe('batch.approve', () => {
  it('freezes a valid draft: rows stored with fixed order ids, excluded rows left out', async () => {
    const { engine, dataDir } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5), row(6, { amount: 2_500_000 }), row(7)]);
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'exclude', index: 2, excluded: true } }));
    const result = await call(engine, 'batch.approve', { batchId, typedTotal: '4.000.000' });
    expect(result).toMatchObject({ ok: true, value: { rowCount: 2, total: 4_000_000, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), firstOrderId: expect.stringMatching(/^PB\d{6}[0-9A-Z]{6}00001$/) } });
    await engine.close();
    const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT sheet_row, order_id, bank_code, amount_minor, status FROM batch_row ORDER BY seq').all() as Array<{ sheet_row: number; order_id: string; bank_code: string; amount_minor: number; status: string }>;
    expect(rows.map((r) => [r.sheet_row, r.bank_code, r.amount_minor, r.status])).toEqual([
      [5, 'VCB', 1_500_000, 'ready'],
      [6, 'VCB', 2_500_000, 'ready'],
    ]);
    expect(new Set(rows.map((r) => r.order_id)).size).toBe(2);
    expect(db.prepare('SELECT status, total_minor, row_count FROM batch').get()).toEqual({ status: 'approved', total_minor: 4_000_000, row_count: 2 });
    db.close();
  });

  it('checks every row itself and refuses what the rules refuse', async () => {
    const { engine } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5), row(6, { name: 'Nguyễn Văn Bình' })]);
    const result = await call(engine, 'batch.approve', { batchId, typedTotal: '3.000.000' });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', message: 'The batch was not approved: 1 row has errors. Fix or exclude it first.' } });
    if (!result.ok) expect(result.error.detail).toContain('Row 6, column Họ và tên: AppotaPay accepts account names without accents only');
    await engine.close();
  });

  it('refuses duplicates until each is acknowledged', async () => {
    const { engine } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5, { accountNo: '777' }), row(9, { accountNo: '777' })]);
    expect(await call(engine, 'batch.approve', { batchId, typedTotal: '3.000.000' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('2 rows have warnings not yet acknowledged') } });
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'acknowledgeAll', code: 'duplicate_payee' } }))).toMatchObject({ rows: 2 });
    expect(await call(engine, 'batch.approve', { batchId, typedTotal: '3.000.000' })).toMatchObject({ ok: true, value: { rowCount: 2 } });
    await engine.close();
  });

  it.each([
    ['a wrong total', '3.000.001'],
    ['nothing', ''],
    ['words', 'ba triệu'],
  ])('refuses %s typed as the total', async (_label, typed) => {
    const { engine } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5), row(6)]);
    const result = await call(engine, 'batch.approve', { batchId, typedTotal: typed });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining("is not this batch's total"), params: { reason: 'total_mismatch' } } });
    await engine.close();
  });

  it('checks open drafts again when the limits in settings change, keeping every edit', async () => {
    const { engine } = open();
    const smile = (n: number) => ({ ...importedRow('smilepayz', n), payee: goodPayee('smilepayz', { accountNo: String(n) }) });
    const batchId = await draftOf(engine, 'smilepayz', [smile(5), smile(6)]);
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 1, field: 'amount', text: '1.200.000' } }));
    const limits = valueOf(await call(engine, 'limits.get', { provider: 'smilepayz' }));
    valueOf(await call(engine, 'limits.set', { provider: 'smilepayz', limits: { ...limits, maxAmount: 1_000_000 } }));
    const after = await checked(engine, batchId);
    expect(after.tally).toMatchObject({ errors: 2, total: 2_700_000 });
    const result = await call(engine, 'batch.approve', { batchId, typedTotal: '2.700.000' });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error.detail).toContain('SmilePayz pays at most 1,000,000 VND per transfer on this channel');
    await engine.close();
  });

  it('refuses to approve the same payees twice, naming the first batch, until told to pay them again', async () => {
    const { engine, dataDir } = open();
    const first = await draftOf(engine, 'appotapay', [row(5), row(6)], 'c'.repeat(64));
    valueOf(await call(engine, 'batch.approve', { batchId: first, typedTotal: '3.000.000' }));
    // Same content, from another file: refused, with the earlier batch named.
    const second = await draftOf(engine, 'appotapay', [row(5), row(6)], 'd'.repeat(64), 'copy.xlsx');
    // Review already warns that the first batch is to pay them; past that, approval names it.
    await acknowledgeWarnings(engine, second);
    const refused = await call(engine, 'batch.approve', { batchId: second, typedTotal: '3.000.000' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused', params: { reason: 'approved_before', earlierBatchId: first, sameContent: 'yes', fileName: 'Bảng lương T10.xlsx' } } });
    if (!refused.ok) expect(refused.error.message).toContain(first.slice(0, 8));
    // The same file with other amounts is refused too.
    const sameFile = await draftOf(engine, 'appotapay', [row(5, { amount: 9_000_000 })], 'c'.repeat(64));
    await acknowledgeWarnings(engine, sameFile);
    expect(await call(engine, 'batch.approve', { batchId: sameFile, typedTotal: '9.000.000' })).toMatchObject({ ok: false, error: { params: { reason: 'approved_before', earlierBatchId: first, sameContent: 'no' } } });
    // Confirmed: approved, and the confirmation is kept with the batch.
    expect(await call(engine, 'batch.approve', { batchId: second, typedTotal: '3.000.000', payAgain: first })).toMatchObject({ ok: true });
    expect(await call(engine, 'batch.approve', { batchId: second, typedTotal: '3.000.000', payAgain: first })).toMatchObject({ ok: false, error: { message: 'This batch is already approved.' } });
    await engine.close();
    const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
    expect(db.prepare('SELECT repeat_of FROM batch WHERE id = ?').get(second)).toEqual({ repeat_of: first });
    db.close();
  });

  it('names the batch with the same payments when another only shares the file, and recognises a re-export', async () => {
    const { engine } = open();
    const a = await draftOf(engine, 'appotapay', [row(5), row(6)], '1'.repeat(64), 'luong.xlsx');
    valueOf(await call(engine, 'batch.approve', { batchId: a, typedTotal: '3.000.000' }));
    const c = await draftOf(engine, 'appotapay', [row(9, { amount: 7_000_000 })], '2'.repeat(64), 'thuong.xlsx');
    valueOf(await call(engine, 'batch.approve', { batchId: c, typedTotal: '7.000.000' }));
    // A's payments, re-exported with a title row more (other sheet rows) and in another order, in C's file.
    const d = await draftOf(engine, 'appotapay', [row(7, { accountNo: '1000006' }), row(6, { accountNo: '1000005' })], '2'.repeat(64), 'thuong.xlsx');
    await acknowledgeWarnings(engine, d);
    expect(await call(engine, 'batch.approve', { batchId: d, typedTotal: '3.000.000' })).toMatchObject({ ok: false, error: { params: { reason: 'approved_before', earlierBatchId: a, sameContent: 'yes' } } });
    expect(await call(engine, 'batch.approve', { batchId: d, typedTotal: '3.000.000', payAgain: c })).toMatchObject({ ok: false, error: { params: { earlierBatchId: a } } });
    expect(await call(engine, 'batch.approve', { batchId: d, typedTotal: '3.000.000', payAgain: a })).toMatchObject({ ok: true });
    await engine.close();
  });
});
