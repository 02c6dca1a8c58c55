import type { MessageId } from '../../../shared/i18n/messages/index';
import type { Operation } from '../../../shared/providers/operations';

/**
 * The needs-review panel's words for each operation, by catalogue id. The answers are the same
 * call (send.resolve) for both, but a refund is not "paid": it is refunded or not, named by the
 * transaction it refunds and looked up by its refund id (m_refund_id), which is sent again as it
 * is, so a refund HiTechPAY did receive is refused as a duplicate rather than issued twice.
 */
export const reviewWords = {
  payout: {
    text: 'app.send.review.text',
    who: 'field.name',
    id: 'app.send.rows.orderId',
    paid: 'app.send.review.paid',
    notPaid: 'app.send.review.notPaid',
    confirmPaidTitle: 'app.send.review.confirmPaid.title',
    confirmPaidText: 'app.send.review.confirmPaid.text',
    confirmPaidYes: 'app.send.review.confirmPaid.yes',
    confirmNotPaidTitle: 'app.send.review.confirmNotPaid.title',
    confirmNotPaidText: 'app.send.review.confirmNotPaid.text',
    confirmNotPaidYes: 'app.send.review.confirmNotPaid.yes',
  },
  refund: {
    text: 'refund.send.review.text',
    who: 'field.transactionId',
    id: 'app.send.rows.refundId',
    paid: 'refund.send.review.refunded',
    notPaid: 'refund.send.review.notRefunded',
    confirmPaidTitle: 'refund.send.review.confirmRefunded.title',
    confirmPaidText: 'refund.send.review.confirmRefunded.text',
    confirmPaidYes: 'refund.send.review.confirmRefunded.yes',
    confirmNotPaidTitle: 'refund.send.review.confirmNotRefunded.title',
    confirmNotPaidText: 'refund.send.review.confirmNotRefunded.text',
    confirmNotPaidYes: 'refund.send.review.confirmNotRefunded.yes',
  },
} as const satisfies Record<Operation, Record<string, MessageId>>;
