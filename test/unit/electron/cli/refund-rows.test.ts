import { describe, expect, it } from 'vitest';
import { refundRowJson, refundRowText } from '../../../../electron/cli/send/refund-rows.js';
import { translator } from '../../../../shared/i18n/translator.js';
import type { SentRow } from '../../../../shared/send/send-contract.js';

const state = { provider: 'hitechpay', currency: 'VND' } as const;

function refund(overrides: Partial<SentRow> = {}): SentRow {
  return {
    seq: 1,
    row: 2,
    orderId: '261122_2553_K3J9Q200001',
    name: null,
    transactionId: '261121000012345',
    refundFee: 5_000,
    amount: 250_000,
    status: 'succeeded',
    providerRef: '800000001',
    fee: null,
    errorCode: null,
    errorMessage: null,
    attempts: 1,
    sentAt: '2026-11-21T16:00:00.000Z',
    settledAt: '2026-11-21T16:00:02.000Z',
    reviewReason: null,
    reasonCode: null,
    reasonParams: null,
    ...overrides,
  };
}

describe('a refund row, as `paybatch status` shows it', () => {
  it('says what was refunded, under which refund ids, and when it settled, in each language', () => {
    expect(refundRowText(translator('en'), refund(), state)).toMatch(/^Row 2: transaction 261121000012345, refund 261122_2553_K3J9Q200001 \(HiTechPAY refund_id 800000001\), ₫250,000, fee ₫5,000: succeeded, settled 21\/11\/2026,? \d{2}:\d{2}$/);
    expect(refundRowText(translator('vi'), refund(), state)).toMatch(/^Dòng 2: giao dịch 261121000012345, mã hoàn tiền 261122_2553_K3J9Q200001 \(refund_id của HiTechPAY 800000001\), 250\.000\u00a0₫, phí 5\.000\u00a0₫: thành công, hoàn tất lúc /);
    expect(refundRowText(translator('th'), refund(), state)).toMatch(/^แถว 2: ธุรกรรม 261121000012345 รหัสคืนเงิน 261122_2553_K3J9Q200001 \(refund_id ของ HiTechPAY 800000001\)/);
  });

  it('leaves out what a refund does not have yet, and says why one did not go through', () => {
    const refused = refund({ status: 'rejected', providerRef: null, refundFee: null, settledAt: null, errorCode: '-401', errorMessage: 'HiTechPAY 2/-401: above what the payment captured' });
    expect(refundRowText(translator('en'), refused, state)).toBe('Row 2: transaction 261121000012345, refund 261122_2553_K3J9Q200001, ₫250,000: refused (HiTechPAY 2/-401: above what the payment captured)');
  });

  it('as JSON: the transaction, both refund ids, amount, fee, status and times', () => {
    expect(refundRowJson(refund())).toEqual({
      row: 2,
      transactionId: '261121000012345',
      orderId: '261122_2553_K3J9Q200001',
      providerRef: '800000001',
      amount: 250_000,
      refundFee: 5_000,
      status: 'succeeded',
      sentAt: '2026-11-21T16:00:00.000Z',
      settledAt: '2026-11-21T16:00:02.000Z',
      errorCode: null,
      errorMessage: null,
    });
  });
});
