import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { vietnamDate } from '../../../electron/engine/providers/hitechpay/hitechpay-refund-id.js';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import { errorText, issueText } from '../../../shared/i18n/issue-text.js';
import { languages } from '../../../shared/i18n/languages.js';
import { translator } from '../../../shared/i18n/translator.js';
import { call, valueOf } from '../../support/drafts.js';
import { usePractice } from '../../support/practice.js';
import { approvedRefunds, refundDraftOf, refundRow } from '../../support/refunds.js';
import { checkedToSend } from '../../support/sending.js';

const { tempDir, engineIn, simFor } = usePractice();

/** The refunds the engine's own Practice simulator made, from its books in the data folder. */
function practiceRefunds(dataDir: string): Array<{ orderId: string; amountMinor: number; target: string }> {
  return readFileSync(join(dataDir, 'practice', 'hitechpay-refunds.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { orderId: string; amountMinor: number; target: string });
}

describe('a HiTechPAY refund batch in Practice', () => {
  it('refunds every row once, partial refunds of one payment included, each with a yymmdd_appid_xxx id of today in Vietnam', async () => {
    const dataDir = tempDir();
    const engine = engineIn(dataDir);
    const rows = [refundRow(2), refundRow(3, { transactionId: '261121000099999', amount: 100_000 }), refundRow(4, { transactionId: '261121000099999', amount: 150_000, refundFee: 5_000 })];
    const { batchId } = await approvedRefunds(engine, rows);
    const check = await checkedToSend(engine, batchId);
    // Refunds are not paid from the top-up balance: the check says so instead of reading it.
    expect(check.balance.state).toBe('not_applicable');
    const before = vietnamDate(new Date());
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);

    const journal = engine.send.journal.rows(batchId);
    expect(journal.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    // The day in Vietnam as the rows were sent (either side of midnight there, if it fell meanwhile).
    const days = new Set([before, vietnamDate(new Date())]);
    for (const row of journal) {
      expect(row.orderId).toMatch(/^\d{6}_\d+_[A-Z0-9]+$/);
      expect(days.has(row.orderId.slice(0, 6))).toBe(true);
    }
    const refunds = practiceRefunds(dataDir);
    expect(refunds.map((r) => r.orderId).sort()).toEqual(journal.map((r) => r.orderId).sort());
    expect(refunds.map((r) => [r.target, r.amountMinor]).sort()).toEqual([['261121000099999', 100_000], ['261121000099999', 150_000], [rows[0]?.payee.transactionId, 250_000]].sort());
    // The send page says what was refunded and by which refund.
    const page = valueOf(await call(engine, 'send.status', { batchId, limit: 10 }));
    expect(page.operation).toBe('refund');
    expect(page.rows.map((r) => [r.transactionId, r.orderId, r.refundFee])).toEqual(journal.map((r) => [r.payee.transactionId, r.orderId, r.payee.refundFee]));
    expect(page.rows.every((r) => r.providerRef !== null && r.settledAt !== null)).toBe(true);
  });

  it('refuses a refund above what the payment captured, and says so on the row; nothing is refunded for it', async () => {
    const dataDir = tempDir();
    const engine = engineIn(dataDir);
    const { batchId } = await approvedRefunds(engine, [refundRow(2), refundRow(3, { transactionId: reserved.zpTransOfSmallCapture, amount: reserved.smallCapturedMinor + 1 })]);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    const [ok, above] = engine.send.journal.rows(batchId);
    expect(ok?.status).toBe('succeeded');
    expect(above).toMatchObject({ status: 'rejected', errorCode: '-401', attempts: 1 });
    expect(practiceRefunds(dataDir).map((r) => r.target)).toEqual([ok?.payee.transactionId]);
  });

  it('names the same transaction twice in a sheet with the sum of its refunds, and approves it only once acknowledged', async () => {
    const engine = engineIn();
    const batchId = await refundDraftOf(engine, [refundRow(2, { transactionId: '261121000055555', amount: 100_000 }), refundRow(3), refundRow(4, { transactionId: '261121000055555', amount: 40_000 })]);
    const got = valueOf(await call(engine, 'batch.get', { batchId, filter: { code: 'refund_repeated' }, limit: 10 }));
    expect(got.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(got.rows[0]?.issues.find((i) => i.code === 'refund_repeated')?.message).toBe(
      'Row 2: transaction 261121000055555 is also refunded in row 4: 140,000 VND in all. If these are partial refunds of one payment, acknowledge this warning; otherwise exclude the extra rows.',
    );
    const refused = await call(engine, 'batch.approve', { batchId, typedTotal: '390000' });
    expect(refused.ok ? null : refused.error.params).toMatchObject({ reason: 'blocked', check: 'blocker_warnings' });
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'acknowledgeAll', code: 'refund_repeated' } }));
    expect(valueOf(await call(engine, 'batch.approve', { batchId, typedTotal: '390000' })).rowCount).toBe(3);
  });

  it('flags a transaction an earlier batch refunded, with what it refunded', async () => {
    const engine = engineIn();
    const first = await approvedRefunds(engine, [refundRow(2, { transactionId: '261121000077777', amount: 60_000 })], 'a'.repeat(64));
    await checkedToSend(engine, first.batchId);
    valueOf(await call(engine, 'send.start', { batchId: first.batchId, environment: 'practice' }));
    await engine.send.idle(first.batchId);
    const batchId = await refundDraftOf(engine, [refundRow(2, { transactionId: '261121000077777', amount: 30_000 }), refundRow(3)], 'b'.repeat(64));
    const got = valueOf(await call(engine, 'batch.get', { batchId, filter: { code: 'refunded_before' }, limit: 10 }));
    expect(got.rows.map((r) => r.row)).toEqual([2]);
    expect(got.rows[0]?.issues.find((i) => i.code === 'refunded_before')?.params).toMatchObject({ transaction: '261121000077777', amountMinor: 60_000, batch: first.batchId.slice(0, 8) });
    const warning = got.rows[0]?.issues.find((i) => i.code === 'refunded_before');
    if (!warning) throw new Error('warning expected');
    for (const language of languages) expect(issueText(translator(language), warning, 2)).not.toMatch(/[{}]/);
    expect(issueText(translator('en'), warning, 2)).toBe(warning.message);
  });

  it('flags a transaction another batch is approved to refund but has not sent yet', async () => {
    const engine = engineIn();
    const first = await approvedRefunds(engine, [refundRow(2, { transactionId: '261121000088888', amount: 70_000 })], 'c'.repeat(64));
    const batchId = await refundDraftOf(engine, [refundRow(2, { transactionId: '261121000088888', amount: 70_000 })], 'd'.repeat(64), 'Hoàn tiền khác.xlsx');
    const got = valueOf(await call(engine, 'batch.get', { batchId, filter: { code: 'refunded_before' }, limit: 10 }));
    expect(got.rows[0]?.issues.find((i) => i.code === 'refunded_before')?.params).toMatchObject({ amountMinor: 70_000, batch: first.batchId.slice(0, 8) });
  });
});

describe('refunds where a provider has none', () => {
  it('refuses a refund batch for SmilePayz, in the reader’s language', async () => {
    const engine = engineIn();
    const refused = await call(engine, 'batch.create', { provider: 'smilepayz', operation: 'refund', currency: 'VND', fileName: 'x.csv', fileHash: 'a'.repeat(64), sheet: null, headerSignature: 'x', mapping: { transactionId: 'Mã GD', amount: 'Tiền' }, amountFormat: 'auto', rowCount: 1 });
    expect(refused.ok ? null : refused.error.params).toMatchObject({ reason: 'operation_not_offered', provider: 'SmilePayz', operation: 'refund' });
    if (refused.ok) return;
    expect(errorText(translator('en'), refused.error)).toBe(refused.error.message);
    expect(errorText(translator('vi'), refused.error)).toBe('SmilePayz không hỗ trợ hoàn tiền trong Paybatch.');
  });
});

describe('a refund whose day turned in Vietnam before it was sent', () => {
  it('goes with today’s date only if no request ever left with its id; one sent before keeps its id', async () => {
    const dataDir = tempDir();
    const engine = engineIn(dataDir);
    const sim = await simFor(engine, 'hitechpay');
    const { batchId } = await approvedRefunds(engine, [refundRow(2), refundRow(3)]);
    const yesterday = vietnamDate(new Date(Date.now() - 86_400_000));
    // As if approved yesterday: row 1 never sent; row 2 sent yesterday with its full id and
    // refused as not sent (a refused connection), so back to ready with one attempt made.
    const db = new Database(join(dataDir, 'paybatch.sqlite'));
    try {
      db.prepare("UPDATE batch_row SET order_id = ? || substr(order_id, 7) WHERE batch_id = ? AND seq = 1").run(yesterday, batchId);
      db.prepare("UPDATE batch_row SET order_id = ? || '_' || ? || substr(order_id, 7), attempts = 1 WHERE batch_id = ? AND seq = 2").run(yesterday, sim.creds['appId'], batchId);
    } finally {
      db.close();
    }
    const [never, sent] = engine.send.journal.rows(batchId);
    await checkedToSend(engine, batchId);
    const before = vietnamDate(new Date());
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    const [first, second] = engine.send.journal.rows(batchId);
    expect(first?.status).toBe('succeeded');
    expect([before, vietnamDate(new Date())]).toContain(first?.orderId.slice(0, 6));
    expect(first?.orderId.endsWith(never?.orderId.slice(7) ?? '?')).toBe(true);
    // Never re-issued under a new id: HiTechPAY refuses yesterday's date, and the row says so.
    expect(second).toMatchObject({ orderId: sent?.orderId, status: 'rejected', errorCode: '-401' });
    expect(second?.errorMessage).toContain('today');
    expect(sim.refunds?.entries().map((r) => r.orderId)).toEqual([first?.orderId]);
  });
});
