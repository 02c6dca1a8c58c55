import type { Faults } from '../sim-faults.js';
import { createLedger, type LedgerEntry } from '../sim-ledger.js';
import type { SimAnswer } from '../sim-server.js';
import { callRefusal, refused, vietnamDate, type SimBody } from './hitechpay-sim-checks.js';
import { refundedToCardMessage, refundToCardTransId, refundWithFeeMac, simCalls, simReturn, simSub, standIns } from './hitechpay-sim-wire.js';

/**
 * Refunds of captured payments: asynchronous (seed), one per m_refund_id, which must carry
 * today's date in Vietnam. A refund to a card ends with the spec's -101, "refunded".
 */
export function createRefundDesk(secrets: { readonly appId: string; readonly key1: string }, faults: Faults) {
  const refunds = createLedger({ openingBalanceMinor: 0, faults });
  const refundIds = new Map<string, number>();

  function answerFor(entry: LedgerEntry): SimAnswer {
    const refund_id = refundIds.get(entry.orderId) ?? 0;
    const state = refunds.stateOf(entry);
    const answer = (return_code: number, sub_return_code: number, sub_return_message: string): SimAnswer => ({ status: 200, json: { return_code, return_message: '', sub_return_code, sub_return_message, refund_id } });
    if (state === 'processing') return answer(simReturn.processing, simSub.ok, 'Đang xử lý');
    if (state === 'failed') return answer(simReturn.fail, standIns.refundFailedSub, 'Hoàn tiền thất bại');
    // Our reading: -101 comes with return_code 2, the answer a client is likeliest to misread.
    return entry.target === refundToCardTransId ? answer(simReturn.fail, simSub.refundedToCard, refundedToCardMessage) : answer(simReturn.success, simSub.ok, 'Giao dịch thành công');
  }

  return {
    refunds,
    refund(body: SimBody, now: number): SimAnswer {
      const macFields = body['refund_fee_amount'] === undefined ? simCalls.refund.mac : refundWithFeeMac;
      const refusal = callRefusal('refund', body, secrets.appId, secrets.key1, now, macFields);
      if (refusal) return refusal;
      const refundId = String(body['m_refund_id']);
      const format = /^(\d{6})_(\d+)_(.+)$/.exec(refundId);
      if (!format || format[2] !== secrets.appId) return refused(simSub.paramIllegal, 'm_refund_id must be yymmdd_appid_xxx');
      if (format[1] !== vietnamDate(now)) return refused(simSub.paramIllegal, `m_refund_id must carry today's date (${vietnamDate(now)})`);
      const amount = Number(body['amount']);
      const fee = body['refund_fee_amount'];
      if (amount <= 0) return refused(simSub.paramIllegal, 'Invalid amount');
      if (fee !== undefined && !(typeof fee === 'number' && Number.isSafeInteger(fee) && fee >= 0)) return refused(simSub.paramIllegal, 'Invalid refund_fee_amount');
      if (refunds.find(refundId)) return refused(simSub.duplicate, 'Duplicate m_refund_id');
      const zpTransId = String(body['zp_trans_id']);
      const { entry } = refunds.record(refundId, amount, zpTransId);
      refundIds.set(refundId, 800_000_000 + refundIds.size + 1);
      return { ...answerFor(entry), recordedPayout: true };
    },
    query(body: SimBody, now: number): SimAnswer {
      const refusal = callRefusal('queryRefund', body, secrets.appId, secrets.key1, now);
      if (refusal) return refusal;
      const entry = refunds.find(String(body['m_refund_id']));
      return entry ? answerFor(entry) : refused(standIns.unknownRefundSub, 'm_refund_id not found');
    },
  };
}
