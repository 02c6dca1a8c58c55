import type { MessageId } from '../../../shared/i18n/messages/index';
import type { Translator } from '../../../shared/i18n/translator';
import type { Operation } from '../../../shared/providers/operations';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { providerRules } from '../../../shared/providers/provider-rules';

/** Each operation's name, by catalogue id. */
export const operationWords = {
  payout: 'operation.payout',
  refund: 'operation.refund',
} as const satisfies Record<Operation, MessageId>;

/**
 * The provider as a batch names it: "HiTechPAY" for payouts, the way every batch has always
 * been named, and "HiTechPAY · Refund a payment" for refunds, which must never pass for payouts.
 */
export function providerDoing(tr: Translator, provider: ProviderId, operation: Operation): string {
  const { name } = providerRules[provider];
  return operation === 'refund' ? tr.t('refund.providerOperation', { provider: name, operation: tr.t(operationWords.refund) }) : name;
}
