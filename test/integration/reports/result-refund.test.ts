import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import { statusColours } from '../../../electron/engine/reports/result-styles.js';
import { call, valueOf } from '../../support/drafts.js';
import { usePractice } from '../../support/practice.js';
import { approvedRefunds, refundRow, refundSources } from '../../support/refunds.js';
import { checkedToSend } from '../../support/sending.js';
import { cellAt, fillOf, headerOf, readXlsx, rowValues } from '../../unit/electron/reports/xlsx-read-back.js';

const { engineIn } = usePractice();

describe('the result report of a HiTechPAY refund batch', () => {
  it('names each refund by its transaction, its m_refund_id and HiTechPAY’s refund_id; says refunded, not paid', async () => {
    const engine = engineIn();
    const rows = [
      refundRow(2),
      refundRow(3, { transactionId: reserved.zpTransOfSmallCapture, amount: reserved.smallCapturedMinor + 1 }),
      refundRow(4, { transactionId: '261121000099999', amount: 150_000, refundFee: 5_000, description: '=refund for DH4' }),
    ];
    const { batchId, total } = await approvedRefunds(engine, rows);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    const journal = engine.send.journal.rows(batchId);
    expect(journal.map((r) => r.status)).toEqual(['succeeded', 'rejected', 'succeeded']);

    const out = valueOf(await call(engine, 'report.export', { batchId, format: 'xlsx', language: 'en' }));
    expect(out.fileName).toBe(`Hoàn tiền 21-11 - result ${batchId.slice(0, 8)}.xlsx`);
    const book = readXlsx(Buffer.from(out.base64, 'base64'));
    const [results, summary] = book.sheets;
    if (!results || !summary) throw new Error('two sheets expected');
    // The sheet's own columns in its order (transaction and amount first, as its header read), then the refund's fate.
    expect(headerOf(results)).toEqual([
      refundSources.transactionId, refundSources.amount, refundSources.description, refundSources.reference, refundSources.refundFee,
      'Sheet row', 'Refund id (m_refund_id)', 'Status', 'HiTechPAY refund_id', 'Fee', 'Amount refunded', 'Error', 'Sent', 'Settled',
    ]);
    journal.forEach((r, i) => {
      const line = rowValues(results, i + 2, 14);
      expect(line.slice(0, 2), `row ${r.sheetRow}`).toEqual([r.payee.transactionId, r.amountMinor]);
      expect(line[4] ?? null).toBe(r.payee.refundFee);
      expect(line.slice(5, 9)).toEqual([r.sheetRow, r.orderId, r.status === 'succeeded' ? 'Succeeded' : 'Refused', r.providerRef]);
      expect(line[10]).toBe(r.status === 'succeeded' ? r.amountMinor : 0);
      expect(fillOf(book, cellAt(results, `H${i + 2}`)!)).toBe(statusColours[r.status].fill);
    });
    expect(journal.every((r) => /^\d{6}_\d+_[A-Z0-9]+$/.test(r.orderId))).toBe(true);
    expect(journal.filter((r) => r.status === 'succeeded').every((r) => r.providerRef !== null)).toBe(true);
    // The refund's reason from the sheet is guarded; the refusal is in words.
    expect(cellAt(results, 'C4')?.value).toBe("'=refund for DH4");
    expect(cellAt(results, 'L3')?.value).toEqual(expect.stringMatching(/\S/));

    const said = new Map([...Array(summary.rowCount).keys()].map((i) => rowValues(summary, i + 1, 3)).map(([label, ...rest]) => [label, rest] as const));
    expect(cellAt(summary, 'A1')?.value).toBe('Refund results');
    expect(said.get('Operation')?.[0]).toBe('Refunds');
    expect(said.get('Total amount')?.[0]).toBe(total);
    expect(said.get('Amount refunded')?.[0]).toBe(total - (reserved.smallCapturedMinor + 1));
    expect(said.get('Refused')).toEqual([1, reserved.smallCapturedMinor + 1]);

    const csv = Buffer.from(valueOf(await call(engine, 'report.export', { batchId, format: 'csv', language: 'vi' })).base64, 'base64').toString('utf8');
    const lines = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(lines[0]?.slice(5)).toEqual(['Dòng trong bảng', 'Mã hoàn tiền (m_refund_id)', 'Trạng thái', 'refund_id của HiTechPAY', 'Phí', 'Số tiền đã hoàn', 'Lỗi', 'Thời điểm gửi', 'Thời điểm có kết quả']);
    expect(lines.slice(1).map((l) => [l[0], l[6], l[8]])).toEqual(journal.map((r) => [r.payee.transactionId, r.orderId, r.providerRef ?? '']));
  });
});
