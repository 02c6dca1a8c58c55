import type { RowStatus } from '../../events.js';
import { sendReasonText, type RowReason } from '../../i18n/messages/send-reasons.js';
import type { Translator } from '../../i18n/translator.js';
import type { ProviderId } from '../provider-ids.js';
import { providerRules } from '../provider-rules.js';
import { answerText } from './answer-text.js';

/** Why a row stands as it does, for a person: plain words first, the provider's own after. */
export type RowErrorText = {
  /** In the reader's language: Paybatch's reason, else the provider's code said plainly, else the provider's words. */
  readonly text: string;
  /** Beside `text`, when it is not them already: the provider's words and code, quoted as they came. */
  readonly quoted: string | null;
};

/**
 * A row's error as the Results screen and the reports say it. Our own reason first
 * (`sendReason.<code>`); else the provider's code from its table (`answer.<provider>.<code>`),
 * with the provider's words quoted beside it; else the provider's words alone; a row cancelled
 * before its turn says it was never sent. Null when there is nothing to say (a row paid).
 */
export function rowErrorText(tr: Translator, provider: ProviderId, row: RowReason & { readonly status: RowStatus }): RowErrorText | null {
  const name = providerRules[provider].name;
  const reason = sendReasonText(tr, row);
  if (reason && row.reasonCode !== null) return { text: reason.text, quoted: null };
  const words = (row.reviewReason ?? row.errorMessage ?? '').trim();
  const plain = row.errorCode === null ? null : answerText(tr, provider, row.errorCode);
  if (plain !== null) return { text: plain, quoted: words ? tr.t('results.error.providerSaid', { provider: name, words, code: row.errorCode ?? 'none' }) : null };
  if (words) return { text: tr.t('results.error.providerSaid', { provider: name, words, code: row.errorCode ?? 'none' }), quoted: null };
  if (row.errorCode !== null) return { text: tr.t('results.error.codeOnly', { provider: name, code: row.errorCode }), quoted: null };
  if (row.status === 'cancelled') return { text: tr.t('results.error.neverSent'), quoted: null };
  return null;
}
