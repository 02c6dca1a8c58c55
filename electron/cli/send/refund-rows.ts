import { sendReasonText } from '../../../shared/i18n/messages/send-reasons.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import { providerRules } from '../../../shared/providers/provider-rules.js';
import type { SendState, SentRow } from '../../../shared/send/send-contract.js';

/**
 * A refund row for programs: what was refunded (transaction, amount, fee), by which refund
 * (orderId is our m_refund_id, providerRef the provider's refund_id) and when it settled.
 */
export function refundRowJson(r: SentRow) {
  return {
    row: r.row,
    transactionId: r.transactionId,
    orderId: r.orderId,
    providerRef: r.providerRef,
    amount: r.amount,
    refundFee: r.refundFee,
    status: r.status,
    sentAt: r.sentAt,
    settledAt: r.settledAt,
    errorCode: r.errorCode,
    errorMessage: r.reviewReason ?? r.errorMessage,
  };
}

/**
 * The same for a person, one line a refund, every refund: a refund's record is what the
 * accountant keeps (which payment, how much, under which refund id, settled when), so the
 * succeeded ones are listed too, not only those that did not go through.
 */
export function refundRowText(tr: Translator, r: SentRow, state: Pick<SendState, 'provider' | 'currency'>): string {
  const succeeded = r.status === 'succeeded';
  return tr.t('cli.refund.row', {
    row: r.row,
    transaction: r.transactionId ?? '',
    orderId: r.orderId,
    name: providerRules[state.provider].name,
    providerRef: r.providerRef ?? 'none',
    amount: tr.money(r.amount, state.currency),
    fee: r.refundFee === null ? 'none' : tr.money(r.refundFee, state.currency),
    status: r.status,
    settled: succeeded && r.settledAt ? tr.date(r.settledAt, { time: true }) : 'none',
    message: succeeded ? 'none' : sendReasonText(tr, r)?.text || 'none',
  });
}
