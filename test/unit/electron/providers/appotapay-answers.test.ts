import { describe, expect, it } from 'vitest';
import { balanceOfAnswer, nameOfAccountInfoAnswer, outcomeOfStatusAnswer, outcomeOfTransferAnswer } from '../../../../electron/engine/providers/appotapay/appotapay-answers.js';
import { appotapaySignature } from '../../../../electron/engine/providers/appotapay/appotapay-sign.js';
import { appotapayExample, signedExample } from '../../../support/appotapay-examples.js';

const secret = 'ap-secret';

/** A status answer in the documented shape with this errorCode, signed as AppotaPay signs it. */
function statusAnswer(errorCode: number, message = 'x'): Record<string, unknown> {
  const example = appotapayExample('transaction-status.response.json');
  const transaction = example['transaction'] as Record<string, unknown>;
  const signature = appotapaySignature(secret, { amount: transaction['amount'], appotapayTransId: transaction['appotapayTransId'], errorCode, time: transaction['time'], transferAmount: transaction['transferAmount'] });
  return { ...example, errorCode, message, signature };
}

describe('AppotaPay’s documented answers, read by the client', () => {
  it('transfer/make answer (seed): errorCode 0 with its signed transaction is succeeded', () => {
    expect(outcomeOfTransferAnswer(secret, signedExample('transfer.response.json', secret))).toEqual({ kind: 'succeeded', providerRef: 'AP19992831832' });
  });

  it('transaction-status answer: no status field, errorCode 0 is succeeded (time signed as the integer it is)', () => {
    expect(outcomeOfStatusAnswer(secret, signedExample('transaction-status.response.json', secret))).toEqual({ kind: 'succeeded', providerRef: '01EQTH129581' });
  });

  it('account inquiry answer: the name comes from accountInfo, signed over its accountName and accountNo (a JSON number there)', () => {
    expect(nameOfAccountInfoAnswer(secret, signedExample('account-info.response.json', secret))).toEqual({ kind: 'found', name: 'NGUYEN VAN A' });
  });

  it('the same answers with the published placeholder signature are never believed', () => {
    expect(outcomeOfTransferAnswer(secret, appotapayExample('transfer.response.json'))).toMatchObject({ kind: 'unknown' });
    expect(outcomeOfStatusAnswer(secret, appotapayExample('transaction-status.response.json'))).toMatchObject({ kind: 'unknown' });
    expect(nameOfAccountInfoAnswer(secret, appotapayExample('account-info.response.json'))).toMatchObject({ kind: 'unknown' });
  });

  it('a flat account answer (name at the top level, as the old simulator wrote it) is not a found name', () => {
    const flat = { errorCode: 0, message: 'Thành công', accountName: 'NGUYEN VAN A', accountNo: '132100132400000' };
    expect(nameOfAccountInfoAnswer(secret, { ...flat, signature: appotapaySignature(secret, { accountName: 'NGUYEN VAN A', accountNo: '132100132400000', errorCode: 0 }) })).toMatchObject({ kind: 'unknown' });
  });

  it('balance: errorCode 0 with account.balance (our reading)', () => {
    expect(balanceOfAnswer({ errorCode: 0, message: 'Thành công', account: { balance: 2_000_000 } })).toEqual({ ok: true, balanceMinor: 2_000_000 });
    expect(balanceOfAnswer({ errorCode: 14, message: 'API Key không tồn tại' })).toMatchObject({ ok: false });
  });
});

describe('AppotaPay errorCode table (docs.appotapay.com firm-banking/error-code)', () => {
  // [code, transfer/make answer without a transaction, status answer with its signed transaction]
  it.each([
    [35, 'accepted', 'accepted'],
    [36, 'unknown', 'unknown'],
    [31, 'unknown', 'unknown'],
    [40, 'unknown', 'unknown'],
    [91, 'unknown', 'unknown'],
    [99, 'unknown', 'unknown'],
    [500, 'unknown', 'unknown'],
    [1, 'rejected', 'unknown'],
    [2, 'rejected', 'unknown'],
    [14, 'rejected', 'unknown'],
    [92, 'rejected', 'unknown'],
    [12, 'rejected', 'failed'],
    [32, 'rejected', 'failed'],
    [33, 'rejected', 'failed'],
    [170, 'rejected', 'failed'],
    [160, 'rejected', 'failed'],
    [190, 'rejected', 'failed'],
    [200, 'rejected', 'failed'],
    [2004, 'unknown', 'failed'],
    [2025, 'unknown', 'failed'],
    [777, 'unknown', 'unknown'],
  ] as const)('errorCode %i: transfer %s, status %s', (code, onTransfer, onStatus) => {
    expect(outcomeOfTransferAnswer(secret, { errorCode: code, message: 'm' }).kind).toBe(onTransfer);
    expect(outcomeOfStatusAnswer(secret, statusAnswer(code)).kind).toBe(onStatus);
  });

  it('status 36 without a transaction is the documented "no such transfer": not_found; naming a transaction it is not', () => {
    expect(outcomeOfStatusAnswer(secret, { errorCode: 36, message: 'Giao dịch không tồn tại' })).toEqual({ kind: 'not_found' });
    expect(outcomeOfStatusAnswer(secret, statusAnswer(36))).toMatchObject({ kind: 'unknown' });
  });

  it('a status answer whose transaction is badly signed is unknown, whatever its code says', () => {
    for (const code of [0, 33, 35]) expect(outcomeOfStatusAnswer(secret, { ...statusAnswer(code), signature: 'f'.repeat(64) })).toMatchObject({ kind: 'unknown' });
  });

  it('an answer without a readable errorCode is unknown, never a failure', () => {
    expect(outcomeOfTransferAnswer(secret, { message: 'oops' })).toMatchObject({ kind: 'unknown' });
    expect(outcomeOfStatusAnswer(secret, { errorCode: 'x', message: 'oops' })).toMatchObject({ kind: 'unknown' });
    expect(outcomeOfStatusAnswer(secret, { errorCode: '36', message: 'as text' })).toEqual({ kind: 'not_found' });
  });

  it('errorCode 0 without the signed transaction is not a success', () => {
    expect(outcomeOfTransferAnswer(secret, { errorCode: 0, message: 'Thành công' })).toMatchObject({ kind: 'unknown' });
    expect(outcomeOfStatusAnswer(secret, { errorCode: 0, message: 'Thành công' })).toMatchObject({ kind: 'unknown' });
  });

  it('account inquiry: 161 and 200 are "no such account" (our reading); any other code leaves the name unknown', () => {
    expect(nameOfAccountInfoAnswer(secret, { errorCode: 200, message: 'Thông tin tên/số tài khoản/số thẻ không đúng' })).toMatchObject({ kind: 'not_found' });
    expect(nameOfAccountInfoAnswer(secret, { errorCode: 161, message: 'Số tài khoản/số thẻ không hợp lệ' })).toMatchObject({ kind: 'not_found' });
    expect(nameOfAccountInfoAnswer(secret, { errorCode: 36, message: 'Giao dịch không tồn tại' })).toMatchObject({ kind: 'unknown' });
    expect(nameOfAccountInfoAnswer(secret, { errorCode: 91, message: 'busy' })).toMatchObject({ kind: 'unknown' });
  });
});
