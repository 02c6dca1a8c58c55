import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../shared/api.js';
import { dispatch } from '../../../electron/engine/dispatch.js';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { goodPayee } from '../../support/payees.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const ctx = { transport: 'ipc' } as const;
// A real SQLite file in a fresh folder; the key store is not the subject here.
const open = () => {
  const dataDir = tempDir();
  return { dataDir, engine: createEngine({ dataDir, keyStore: createMemoryKeyStore() }) };
};

type Row = MethodInput<'batch.approve'>['rows'][number];
const row = (n: number, overrides: Partial<Row['payee']> = {}, extra: Partial<Row> = {}): Row => ({
  row: n,
  payee: goodPayee('appotapay', { accountNo: String(1_000_000 + n), ...overrides }),
  sources: { name: 'Họ và tên', accountNo: 'Số tài khoản', amount: 'Số tiền' },
  excluded: false,
  acknowledged: [],
  ...extra,
});
const approve = (rows: Row[], typedTotal: string, provider: 'appotapay' | 'smilepayz' = 'appotapay') =>
  ({ provider, fileName: 'Bảng lương T10.xlsx', fileHash: 'b'.repeat(64), currency: 'VND', typedTotal, rows }) satisfies MethodInput<'batch.approve'>;

describe('batch.approve', () => {
  it('freezes a valid batch: rows stored with fixed order ids, excluded rows left out', async () => {
    const { engine, dataDir } = open();
    const result = await dispatch(engine, 'batch.approve', approve([row(5), row(6, { amount: 2_500_000 }), row(7, {}, { excluded: true })], '4.000.000'), ctx);
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

  it('re-checks every row itself and refuses what the rules refuse, whatever the renderer says', async () => {
    const { engine } = open();
    const result = await dispatch(engine, 'batch.approve', approve([row(5), row(6, { name: 'Nguyễn Văn Bình' })], '3.000.000'), ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', message: 'The batch was not approved: 1 row has errors. Fix or exclude it first.' } });
    if (!result.ok) expect(result.error.detail).toContain('Row 6, column Họ và tên: AppotaPay accepts account names without accents only');
    await engine.close();
  });

  it('refuses duplicates until each is acknowledged', async () => {
    const { engine } = open();
    const twice = [row(5, { accountNo: '777' }), row(9, { accountNo: '777' })];
    expect(await dispatch(engine, 'batch.approve', approve(twice, '3.000.000'), ctx)).toMatchObject({ ok: false, error: { message: expect.stringContaining('2 rows have warnings not yet acknowledged') } });
    const acknowledged = twice.map((r) => ({ ...r, acknowledged: ['duplicate_payee'] }));
    expect(await dispatch(engine, 'batch.approve', approve(acknowledged, '3.000.000'), ctx)).toMatchObject({ ok: true, value: { rowCount: 2 } });
    await engine.close();
  });

  it.each([
    ['a wrong total', '3.000.001'],
    ['nothing', ''],
    ['words', 'ba triệu'],
  ])('refuses %s typed as the total', async (_label, typed) => {
    const { engine } = open();
    const result = await dispatch(engine, 'batch.approve', approve([row(5), row(6)], typed), ctx);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining("is not this batch's total, 3,000,000 VND") } });
    await engine.close();
  });

  it('applies the channel limits saved in settings', async () => {
    const { engine } = open();
    const limits = await engine.handlers['limits.get']({ provider: 'smilepayz' }, ctx);
    expect(limits).toMatchObject({ minAmount: 50_000, maxAmount: 5_000_000 });
    await dispatch(engine, 'limits.set', { provider: 'smilepayz', limits: { ...limits, maxAmount: 1_000_000 } }, ctx);
    const smile = (n: number) => ({ ...row(n), payee: goodPayee('smilepayz', { accountNo: String(n) }) });
    const result = await dispatch(engine, 'batch.approve', approve([smile(5)], '1.500.000', 'smilepayz'), ctx);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error.detail).toContain('SmilePayz pays at most 1,000,000 VND per transfer on this channel');
    await engine.close();
  });

  it('refuses a batch in the wrong currency for the provider', async () => {
    const { engine } = open();
    const result = await dispatch(engine, 'batch.approve', { ...approve([row(5)], '1.500.000'), currency: 'THB' }, ctx);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('AppotaPay pays in VND') } });
    await engine.close();
  });
});

describe('imports.record', () => {
  it('tells when the same file content was imported before', async () => {
    const { engine } = open();
    const input = { contentHash: 'c'.repeat(64), fileName: 'luong-t10.xlsx', rows: 120 };
    expect(await dispatch(engine, 'imports.record', input, ctx)).toEqual({ ok: true, value: { previous: [] } });
    expect(await dispatch(engine, 'imports.record', { ...input, fileName: 'luong-t10 (1).xlsx' }, ctx)).toEqual({ ok: true, value: { previous: [{ fileName: 'luong-t10.xlsx', rows: 120, importedAt: expect.any(String) }] } });
    await engine.close();
  });
});
