import { describe, expect, it } from 'vitest';
import { readWorkbookSax } from '../../../shared/import/xlsx/read-workbook-sax.js';
import { importFile } from '../../../shared/import/import-file.js';
import { acknowledgeWarnings, call, checked, valueOf } from '../../support/drafts.js';
import { usePractice } from '../../support/practice.js';
import { approvedBatchOf, checkedToSend } from '../../support/sending.js';
import type { Engine } from '../../../electron/engine/engine.js';
import { errorText } from '../../../shared/i18n/issue-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import type { ApiError } from '../../../shared/result.js';

const { engineIn, simFor } = usePractice();

/** AppotaPay pays into these accounts and then says the transfer failed. */
const failing = ['9000000001', '9000000002'];

async function sentWithFailures(engine: Engine, accounts: readonly string[]): Promise<string> {
  await simFor(engine, 'appotapay', { failTargets: new Set(failing) });
  const { batchId } = await approvedBatchOf(engine, 'appotapay', accounts.map((accountNo, i) => ({ accountNo, amount: 1_000_000 + i * 1000, name: `NGUYEN VAN ${String.fromCharCode(65 + i)}` })));
  await checkedToSend(engine, batchId);
  valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
  await engine.send.idle(batchId);
  return batchId;
}

/** A refusal said from the catalogue: the English word for word, Vietnamese and Thai in full. */
function saidInEveryLanguage(error: ApiError): void {
  expect(errorText(translator('en'), error)).toBe(error.message);
  for (const language of ['vi', 'th'] as const) expect(errorText(translator(language), error)).not.toMatch(/[{}]/);
}

describe('after a batch is sent', () => {
  it('retries its failed rows as a new draft linked to it, approved without asking to pay again, with new order ids', async () => {
    const engine = engineIn();
    const batchId = await sentWithFailures(engine, ['1000000001', failing[0]!, '1000000003', failing[1]!]);
    expect(engine.send.journal.rows(batchId).map((r) => r.status)).toEqual(['succeeded', 'failed', 'succeeded', 'failed']);

    const retry = valueOf(await call(engine, 'batch.retry', { batchId }));
    expect(retry).toMatchObject({ rows: 2, total: 1_001_000 + 1_003_000 });
    const draft = await checked(engine, retry.batchId);
    expect(draft.batch).toMatchObject({ status: 'draft', retryOf: batchId, provider: 'appotapay', operation: 'payout' });
    const rows = valueOf(await call(engine, 'batch.get', { batchId: retry.batchId, limit: 10 })).rows;
    expect(rows.map((r) => [r.row, r.payee.accountNo, r.sources.accountNo])).toEqual([[3, failing[0], 'Số tài khoản'], [5, failing[1], 'Số tài khoản']]);
    // Its own batch is no earlier payment to confirm: its rows here were never paid.
    expect(draft.approval?.earlier ?? []).toEqual([]);
    const approved = valueOf(await call(engine, 'batch.approve', { batchId: retry.batchId, typedTotal: String(retry.total) }));
    const originalIds = new Set(engine.send.journal.rows(batchId).map((r) => r.orderId));
    expect(engine.send.journal.rows(retry.batchId).every((r) => !originalIds.has(r.orderId))).toBe(true);
    expect(approved.rowCount).toBe(2);
  });

  it('has nothing to retry in a batch that paid every row', async () => {
    const engine = engineIn();
    const batchId = await sentWithFailures(engine, ['1000000005']);
    const none = await call(engine, 'batch.retry', { batchId });
    expect(none.ok ? null : none.error.params).toMatchObject({ reason: 'nothing_to_retry' });
    if (!none.ok) saidInEveryLanguage(none.error);
  });

  it('retries a batch whose every row failed: the same payments, recorded as repeating it, not refused as approved before', async () => {
    const engine = engineIn();
    const batchId = await sentWithFailures(engine, [...failing]);
    const retry = valueOf(await call(engine, 'batch.retry', { batchId }));
    await checked(engine, retry.batchId);
    valueOf(await call(engine, 'batch.approve', { batchId: retry.batchId, typedTotal: String(retry.total) }));
    const info = valueOf(await call(engine, 'batch.list', {})).find((b) => b.batchId === retry.batchId);
    expect(info).toMatchObject({ status: 'approved', repeatOf: batchId, retryOf: batchId });
    // The retry, approved but not sent, has nothing to retry yet.
    const notSent = await call(engine, 'batch.retry', { batchId: retry.batchId });
    expect(notSent.ok ? null : notSent.error.params).toMatchObject({ reason: 'retry_not_ended' });
    if (!notSent.ok) saidInEveryLanguage(notSent.error);
    const unsentYet = await call(engine, 'batch.unsent', { batchId: valueOf(await call(engine, 'batch.create', { provider: 'appotapay', currency: 'VND', fileName: 'x.csv', fileHash: 'f'.repeat(64), sheet: null, headerSignature: 'x', mapping: { name: 'Tên', accountNo: 'STK', bank: 'NH', amount: 'Tiền' }, amountFormat: 'auto', rowCount: 1 })).batchId, format: 'csv' });
    expect(unsentYet.ok ? null : unsentYet.error.params).toMatchObject({ reason: 'unsent_not_sent' });
    if (!unsentYet.ok) saidInEveryLanguage(unsentYet.error);
    // Sent and failed again, it is retried again: neither batch before it is one to confirm.
    await checkedToSend(engine, retry.batchId);
    valueOf(await call(engine, 'send.start', { batchId: retry.batchId, environment: 'practice' }));
    await engine.send.idle(retry.batchId);
    const again = valueOf(await call(engine, 'batch.retry', { batchId: retry.batchId }));
    expect((await checked(engine, again.batchId)).approval?.earlier ?? []).toEqual([]);
    valueOf(await call(engine, 'batch.approve', { batchId: again.batchId, typedTotal: String(again.total) }));
    // A second retry of the same rows is another matter: it names the first.
    const twice = valueOf(await call(engine, 'batch.retry', { batchId: retry.batchId }));
    await checked(engine, twice.batchId);
    // Review says so first (the first retry is approved to pay them), approval then names it.
    const warned = valueOf(await call(engine, 'batch.get', { batchId: twice.batchId, limit: 0 }));
    expect(warned.offers.warnings).toEqual([{ code: 'paid_recently', count: 2 }]);
    await acknowledgeWarnings(engine, twice.batchId);
    const refused = await call(engine, 'batch.approve', { batchId: twice.batchId, typedTotal: String(twice.total) });
    expect(refused.ok ? null : refused.error.params).toMatchObject({ reason: 'approved_before', earlierBatchId: again.batchId });
  });

  it('writes the unpaid rows as a sheet in the batch’s own columns that imports again as it is, saying why each was not paid', async () => {
    const engine = engineIn();
    const batchId = await sentWithFailures(engine, ['1000000001', failing[0]!, '1000000003']);
    for (const format of ['xlsx', 'csv'] as const) {
      const sheet = valueOf(await call(engine, 'batch.unsent', { batchId, format, language: 'vi' }));
      expect(sheet.rows).toBe(1);
      expect(sheet.fileName).toMatch(new RegExp(`chưa chi\\.${format}$`));
      const bytes = new Uint8Array(Buffer.from(sheet.base64, 'base64'));
      if (format === 'csv') expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const read = await importFile(bytes, sheet.fileName, { currency: 'VND' }, readWorkbookSax);
      expect(read.rows.map((r) => [r.payee.name, r.payee.accountNo, r.payee.amount, r.payee.bank])).toEqual([['NGUYEN VAN B', failing[0], 1_001_000, 'Vietcombank']]);
      expect(read.rows[0]?.issues).toEqual([]);
      expect(read.columns.map((c) => c.header)).toContain('Lý do chưa chi');
    }
  });
});
