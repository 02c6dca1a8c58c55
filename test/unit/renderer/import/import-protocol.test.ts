import { describe, expect, it } from 'vitest';
import type { ImportedRow } from '../../../../shared/import/model.js';
import { decodeRows, encodeRows } from '../../../../renderer/src/import/import-protocol.js';
import { goodPayee, goodRefund } from '../../../support/payees.js';

const sources = Object.freeze({ name: 'Họ và tên', accountNo: 'Số tài khoản', amount: 'Số tiền' });
const amountMissing = [{ field: 'amount' as const, column: 'Số tiền', severity: 'error' as const, code: 'amount_missing', message: 'Row 3, column Số tiền: the amount is empty.' }];

describe('rows crossing from the import worker by column', () => {
  it('arrive as the rows that were sent: every field, null, amount, currency, sources and issues', () => {
    const rows: ImportedRow[] = [
      { row: 2, payee: goodPayee('appotapay', { name: 'Nguyễn Văn An' }), sources, issues: [] },
      { row: 3, payee: goodPayee('appotapay', { amount: null, email: null, partnerUserId: null }), sources, issues: amountMissing },
      // Every text field set, one of them the empty string, which is not null.
      { row: 5, payee: goodPayee('haipay', { accountType: 'wallet', reference: '', description: 'Salary "October"\n' }), sources: { ...sources, phone: 'SĐT' }, issues: [] },
      { row: 100_001, payee: goodPayee('appotapay', { amount: 0, bank: null, phone: null }), sources, issues: amountMissing },
      // Refunds: the transaction refunded as text (leading zeros and all), the fee in minor units, nought included.
      { row: 100_002, payee: goodRefund({ transactionId: '0261121000012345', refundFee: 5_000 }), sources: { transactionId: 'Mã giao dịch', refundFee: 'Phí hoàn tiền' }, issues: [] },
      { row: 100_003, payee: goodRefund({ refundFee: 0 }), sources, issues: [] },
    ];
    const { chunk, transfer } = encodeRows(rows);
    const arrived: ImportedRow[] = [];
    decodeRows(structuredClone(chunk, { transfer }), arrived);
    expect(arrived).toStrictEqual(rows);
    // Each payee's fields in the order the import writes them, which is the order JSON shows.
    for (const [i, row] of arrived.entries()) expect(Object.keys(row.payee)).toEqual(Object.keys(rows[i]!.payee));
  });

  it('send each repeated text once, and each sources object and issues list the rows share', () => {
    // The import gives rows without issues one frozen empty list, as here.
    const none = Object.freeze([]);
    const rows: ImportedRow[] = Array.from({ length: 3 }, (_, i) => ({ row: i + 2, payee: goodPayee('appotapay', { name: `An ${i}` }), sources, issues: none }));
    const { chunk } = encodeRows(rows);
    expect(chunk.texts.filter((text) => text === 'Vietcombank')).toHaveLength(1);
    expect(chunk.sources).toHaveLength(1);
    expect(chunk.issues).toHaveLength(1);
  });

  it('an empty chunk adds no rows', () => {
    const arrived: ImportedRow[] = [];
    decodeRows(encodeRows([]).chunk, arrived);
    expect(arrived).toEqual([]);
  });
});
