import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/translator.js';
import { rowErrorText } from '../../../../shared/providers/answers/row-error-text.js';
import type { SentRow } from '../../../../shared/send/send-contract.js';

const tr = translator('en');
const row = (over: Partial<SentRow>): SentRow => ({
  seq: 1, row: 2, orderId: 'O1', name: 'AN', transactionId: null, refundFee: null, amount: 1000, status: 'failed', providerRef: null, fee: null,
  errorCode: null, errorMessage: null, attempts: 1, sentAt: null, settledAt: null, reviewReason: null, reasonCode: null, reasonParams: null, ...over,
});

describe('a row’s error as the Results screen says it', () => {
  it('our own reason first, in the reader’s language', () => {
    const said = rowErrorText(translator('vi'), 'hitechpay', row({ status: 'rejected', errorCode: 'wallet_locked', errorMessage: 'The HiTechPAY wallet of 0912 is locked; no top-up was sent.', reasonCode: 'wallet_locked', reasonParams: { phone: '0912' } }));
    expect(said).toEqual({ text: 'Ví HiTechPAY của số 0912 đang bị khoá; chưa có lệnh nạp tiền nào được gửi.', quoted: null });
  });

  it('else the provider’s code from its table, with its own words quoted beside', () => {
    const said = rowErrorText(tr, 'appotapay', row({ status: 'rejected', errorCode: '200', errorMessage: 'Thông tin tên/số tài khoản/số thẻ không đúng' }));
    expect(said?.text).toBe(tr.t('answer.appotapay.200'));
    expect(said?.quoted).toBe('AppotaPay said: “Thông tin tên/số tài khoản/số thẻ không đúng” (code 200)');
  });

  it('else the provider’s words as they came, with the code; a bare code says it gave no reason', () => {
    expect(rowErrorText(tr, 'hitechpay', row({ errorCode: '-2', errorMessage: 'HiTechPAY 2/-2: Hoàn tiền thất bại' }))).toEqual({ text: 'HiTechPAY said: “HiTechPAY 2/-2: Hoàn tiền thất bại” (code -2)', quoted: null });
    expect(rowErrorText(tr, 'haipay', row({ errorCode: '9', errorMessage: '' }))).toEqual({ text: 'HaiPay answered code 9, without a reason.', quoted: null });
  });

  it('a row cancelled before its turn was never sent; a row paid has nothing to say', () => {
    expect(rowErrorText(tr, 'smilepayz', row({ status: 'cancelled' }))?.text).toBe(tr.t('results.error.neverSent'));
    expect(rowErrorText(tr, 'smilepayz', row({ status: 'succeeded', providerRef: 'T1' }))).toBeNull();
  });
});
