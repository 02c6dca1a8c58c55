import { describe, expect, it } from 'vitest';
import { batchContentHash } from '../../../../electron/engine/batches/batch-hash.js';
import type { CheckedRow } from '../../../../shared/review/check-rows.js';

const row = (payee: Record<string, unknown>, wire = { bankCode: 'VCB', accountType: 'account' }, excluded = false) =>
  ({ payee: { name: null, accountNo: null, amount: null, phone: null, email: null, description: null, reference: null, partnerUserId: null, transactionId: null, refundFee: null, ...payee }, wire, excluded }) as unknown as CheckedRow;

const payouts = [
  row({ name: 'NGUYEN VAN AN', accountNo: '0011001234567', amount: 1_500_000, description: 'Luong thang 10' }),
  row({ name: 'Trần Thị Bình "B"', accountNo: '19033344455566', amount: 2_750_000, phone: '0912345678', description: 'Lương\ttháng 10 \ud800' }, { bankCode: 'TCB', accountType: 'account' }),
  row({ name: 'LE HOANG CUONG', accountNo: '0451000123456', amount: 3_000_000 }, { bankCode: 'BIDV', accountType: 'account' }, true),
];
const refunds = [row({ transactionId: 'T-1', amount: 50_000, refundFee: 1_000, description: 'Hoàn tiền' }), row({ transactionId: 'T-2', amount: 70_000, refundFee: 0, reference: 'R2' })];

describe('a batch content hash', () => {
  // Approved batches keep their hash, and later approvals are compared with it: these are the
  // hashes the first implementation (@noble/hashes over the same bytes) gave for these rows.
  it('is the hash approved batches were stored with', () => {
    expect(batchContentHash('appotapay', 'VND', payouts)).toBe('e7bc0835be3a49a134c1074a42f128e9468754b1e325dbc350edaabe19dc2837');
    expect(batchContentHash('hitechpay', 'VND', refunds, 'refund')).toBe('091ba4030e3fabe12ca7239a13ff25e6c5e34b6b5331f43f47640cf9fc9566ed');
    expect(batchContentHash('haipay', 'THB', [])).toBe('785d9f02b6127a0cd696031bebc518faf9549757221860e670047862d6104b20');
  });

  it('follows a row changed, or excluded, after it was hashed; not the rows’ order', () => {
    const before = batchContentHash('appotapay', 'VND', payouts);
    expect(batchContentHash('appotapay', 'VND', [...payouts].reverse())).toBe(before);
    const edited = [{ ...payouts[0]!, payee: { ...payouts[0]!.payee, amount: 1_500_001 } }, ...payouts.slice(1)];
    expect(batchContentHash('appotapay', 'VND', edited)).not.toBe(before);
    const included = payouts.map((r) => ({ ...r, excluded: false }));
    expect(batchContentHash('appotapay', 'VND', included)).not.toBe(before);
    // The same row objects as a refund batch are hashed by a refund's own line.
    expect(batchContentHash('appotapay', 'VND', payouts, 'refund')).not.toBe(before);
    expect(batchContentHash('appotapay', 'VND', payouts)).toBe(before);
  });
});
