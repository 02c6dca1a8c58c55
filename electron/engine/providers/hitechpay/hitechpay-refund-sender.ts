import { withOwnReason } from '../http-transport.js';
import type { RefundSender } from '../payout-outcome.js';
import type { createHitechpayClient } from './hitechpay-client.js';
import { refundIdToSend } from './hitechpay-refund-id.js';

/**
 * HiTechPAY refunds as the send runner knows payouts: a row's "payout" is its refund, its
 * "status" is query_refund. A refund takes nothing from the disbursement balance, which is the
 * only balance the API gives: the check before sending says so rather than read the wrong one.
 */
export function hitechpayRefundSender(client: ReturnType<typeof createHitechpayClient>, appId: string): RefundSender {
  return {
    client: {
      async payout(order) {
        if (!order.transactionId) return withOwnReason({ kind: 'rejected', code: 'transaction_missing', message: 'This refund names no transaction (zp_trans_id); nothing was sent.' }, 'refund_transaction_missing');
        return client.refund({
          refundId: order.orderId,
          zpTransId: order.transactionId,
          amountMinor: order.amountMinor,
          description: order.description,
          ...(order.refundFeeMinor !== null && order.refundFeeMinor !== undefined ? { refundFeeMinor: order.refundFeeMinor } : {}),
        });
      },
      status: (refundId) => client.refundStatus(refundId),
      balance: async () => ({ ok: false, reason: 'HiTechPAY gives no balance for refunds: a refund is taken from the payment it refunds, not from the top-up balance.' }),
    },
    idToSend: (stored, neverSent, now) => refundIdToSend(stored, appId, neverSent, now),
  };
}
