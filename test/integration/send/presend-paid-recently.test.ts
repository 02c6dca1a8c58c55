import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine.js';
import { formatMinor } from '../../../shared/import/format-amount.js';
import { call, checked, draftOf, importedRow, valueOf } from '../../support/drafts.js';
import { approvedBatchOf, checkedToSend } from '../../support/sending.js';
import { usePractice } from '../../support/practice.js';

const { engineIn } = usePractice();

const payees = [
  { accountNo: '5550001', phone: '0915550001', amount: 2_000_000 },
  { accountNo: '5550002', phone: '0915550002', amount: 2_100_000 },
  { accountNo: '5550003', phone: '0915550003', amount: 2_200_000 },
];

/** Sends an approved batch of `payees` in Practice (the engine's own simulator) until every row is final. */
async function paid(engine: Engine, provider: 'appotapay' | 'hitechpay'): Promise<string> {
  const { batchId } = await approvedBatchOf(engine, provider, payees);
  await checkedToSend(engine, batchId);
  valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
  await engine.send.idle(batchId);
  expect(engine.send.journal.counts(batchId).byStatus).toEqual({ succeeded: payees.length });
  return batchId;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe('"paid recently": the same payee paid the same amount in the last 30 days', () => {
  it.each([
    ['appotapay', 'account'],
    ['hitechpay', 'phone'],
  ] as const)('%s: a new draft of the same payees is warned on each row of the same %s and amount, not on a different amount; approval waits for the acknowledgement', async (provider, key) => {
    const engine = engineIn();
    const earlier = await paid(engine, provider);
    // Rows 2 and 3 as paid; row 4 the same payee with another amount.
    const rows = payees.map((p, i) => importedRow(provider, i + 2, i === 2 ? { ...p, amount: p.amount + 1000 } : p));
    const draft = await draftOf(engine, provider, rows, 'f'.repeat(64));
    const got = valueOf(await call(engine, 'batch.get', { batchId: draft, limit: 10 }));
    const warned = got.rows.map((r) => r.issues.filter((i) => i.code === 'paid_recently'));
    expect(warned.map((w) => w.length)).toEqual([1, 1, 0]);
    const amount = formatMinor(2_000_000, 'VND');
    expect(warned[0]?.[0]).toMatchObject({
      severity: 'warning',
      column: null,
      params: { key, amount, amountMinor: 2_000_000, currency: 'VND', date: today(), batch: earlier.slice(0, 8) },
      message: `Row 2: ${amount} was paid to this ${key} on ${today()} (batch ${earlier.slice(0, 8)}). If it is to be paid again, acknowledge this warning; otherwise exclude the row.`,
    });
    expect(got.offers.warnings).toContainEqual({ code: 'paid_recently', count: 2 });

    const typedTotal = String(rows.reduce((sum, r) => sum + (r.payee.amount ?? 0), 0));
    const blocked = await call(engine, 'batch.approve', { batchId: draft, typedTotal });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'refused', params: { reason: 'blocked', check: 'blocker_warnings', count: 2 } } });
    valueOf(await call(engine, 'batch.edit', { batchId: draft, change: { kind: 'acknowledgeAll', code: 'paid_recently' } }));
    expect(valueOf(await call(engine, 'batch.approve', { batchId: draft, typedTotal }))).toMatchObject({ rowCount: 3 });
  });

  it('a payment made while a draft was already open is caught at approval, and the draft then shows it', async () => {
    const engine = engineIn();
    const rows = payees.map((p, i) => importedRow('appotapay', i + 2, p));
    const draft = await draftOf(engine, 'appotapay', rows, 'f'.repeat(64));
    expect(valueOf(await call(engine, 'batch.get', { batchId: draft, limit: 10 })).offers.warnings).toEqual([]);
    // The same payees, paid from another batch in the meantime (another sheet with one more row).
    const { batchId } = await approvedBatchOf(engine, 'appotapay', [...payees, { accountNo: '5550004', amount: 900_000 }]);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);

    const typedTotal = String(rows.reduce((sum, r) => sum + (r.payee.amount ?? 0), 0));
    expect(await call(engine, 'batch.approve', { batchId: draft, typedTotal })).toMatchObject({ ok: false, error: { params: { reason: 'blocked', check: 'blocker_warnings', count: 3 } } });
    // Asked again until the draft is checked again, with a pause between asks: a loop of asks that
    // never waits starves the checking it waits for, which runs between other work (it hung CI).
    expect((await checked(engine, draft)).offers.warnings).toEqual([{ code: 'paid_recently', count: 3 }]);
  });

  it('a payee another batch is approved to pay, not yet sent, is warned about as such', async () => {
    const engine = engineIn();
    const provider = 'appotapay';
    const first = await draftOf(engine, provider, payees.map((p, i) => importedRow(provider, i + 2, p)), 'a'.repeat(64));
    const total = payees.reduce((sum, p) => sum + p.amount, 0);
    valueOf(await call(engine, 'batch.approve', { batchId: first, typedTotal: String(total) }));
    // Another file with one of them, same amount: not the same content, so only this warning stands between.
    const draft = await draftOf(engine, provider, [importedRow(provider, 2, payees[0])], 'b'.repeat(64), 'Bảng lương bổ sung.xlsx');
    const got = valueOf(await call(engine, 'batch.get', { batchId: draft, limit: 10 }));
    const warning = got.rows[0]?.issues.find((i) => i.code === 'paid_recently');
    expect(warning?.params).toMatchObject({ state: 'approved', batch: first.slice(0, 8), amountMinor: payees[0]?.amount });
    expect(warning?.message).toContain(`is to be paid to this account by batch ${first.slice(0, 8)}, approved on`);
  });

  it('a payment that failed, or one older than 30 days, is not warned about', async () => {
    const engine = engineIn();
    const earlier = await paid(engine, 'appotapay');
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(`${engine.dataDir}/paybatch.sqlite`);
    const old = new Date(Date.now() - 31 * 24 * 60 * 60_000).toISOString();
    db.prepare("UPDATE batch_row SET settled_at = ?, sent_at = ? WHERE batch_id = ? AND seq = 1").run(old, old, earlier);
    db.prepare("UPDATE batch_row SET status = 'failed' WHERE batch_id = ? AND seq = 2").run(earlier);
    db.close();
    const draft = await draftOf(engine, 'appotapay', payees.map((p, i) => importedRow('appotapay', i + 2, p)), 'f'.repeat(64));
    const got = valueOf(await call(engine, 'batch.get', { batchId: draft, limit: 10 }));
    expect(got.rows.map((r) => r.issues.some((i) => i.code === 'paid_recently'))).toEqual([false, false, true]);
  });
});
