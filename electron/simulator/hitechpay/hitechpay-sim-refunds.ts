import type { Faults } from '../sim-faults.js';
import { createLedger, type LedgerEntry } from '../sim-ledger.js';
import type { SimAnswer } from '../sim-server.js';
import type { Captures } from './hitechpay-sim-captures.js';
import { callRefusal, refused, vietnamDate, type SimBody } from './hitechpay-sim-checks.js';
import { refundedToCardMessage, refundToCardTransId, refundWithFeeMac, simCalls, simReturn, simSub, standIns } from './hitechpay-sim-wire.js';

/** Where the refund_id handed out for a refund is kept in its ledger entry, so it survives a restart. */
const refundIdDetail = 'refund_id';

/**
 * Refunds of captured payments: asynchronous (seed), one per m_refund_id, which must carry
 * today's date in Vietnam. A payment may be refunded in parts (ZaloPay: "all or a part of the
 * transaction's amount") while the refunds that have not failed stay within what it captured.
 * A refund to a card ends with the spec's -101, "refunded".
 */
export function createRefundDesk(secrets: { readonly appId: string; readonly key1: string }, faults: Faults, captures: Captures) {
  const refunds = createLedger({ openingBalanceMinor: 0, faults, ...(faults.refundBooks ? { books: faults.refundBooks } : {}) });
  // The m_refund_ids of each zp_trans_id, so a refund's check does not walk every refund ever made.
  const byTransaction = new Map<string, string[]>();
  // Also numbers the refund_ids handed out, counting those the books remember.
  let recorded = 0;
  const index = (entry: LedgerEntry) => {
    const ids = byTransaction.get(entry.target);
    if (ids) ids.push(entry.orderId);
    else byTransaction.set(entry.target, [entry.orderId]);
    recorded += 1;
  };
  for (const entry of refunds.entries()) index(entry);

  /** What the refunds of a payment hold back from it now: a failed refund gives its amount back. */
  function refundedMinor(zpTransId: string, now: number): number {
    let held = 0;
    for (const orderId of byTransaction.get(zpTransId) ?? []) {
      const entry = refunds.find(orderId);
      if (entry && refunds.stateOf(entry, now) !== 'failed') held += entry.amountMinor;
    }
    return held;
  }

  function answerFor(entry: LedgerEntry): SimAnswer {
    const refund_id = Number(entry.details?.[refundIdDetail] ?? 0);
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
      // The fee is "deducted from the amount that the buyer receives back": it cannot exceed it.
      if (typeof fee === 'number' && fee > amount) return refused(simSub.paramIllegal, 'refund_fee_amount exceeds amount');
      const zpTransId = String(body['zp_trans_id']);
      const capture = captures.captureOf(zpTransId);
      if (capture.kind === 'malformed') return refused(simSub.paramIllegal, 'Invalid zp_trans_id');
      // Before the books are read: a client resending the same id must never make a second refund.
      if (refunds.find(refundId)) return refused(simSub.duplicate, 'Duplicate m_refund_id');
      if (capture.kind === 'missing') return refused(standIns.noSuchPaymentSub, `zp_trans_id ${zpTransId} not found`);
      // Only `amount` counts against the capture: the fee is kept back from it, not added to it.
      const remaining = capture.capturedMinor - refundedMinor(zpTransId, now);
      if (amount > remaining) return refused(standIns.refundAboveCapturedSub, `Refund amount ${amount} exceeds what remains refundable on zp_trans_id ${zpTransId}: ${Math.max(remaining, 0)} VND remains of ${capture.capturedMinor} VND captured`);
      const details = { [refundIdDetail]: String(800_000_000 + recorded + 1) };
      const { entry } = refunds.record(refundId, amount, zpTransId, details);
      index(entry);
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
