import type { MessageId } from '../../i18n/messages/index.js';
import type { Translator } from '../../i18n/translator.js';
import type { ProviderId } from '../provider-ids.js';
import { appotapayAnswers } from './appotapay-answers.js';
import { haipayAnswers } from './haipay-answers.js';
import { hitechpayAnswers } from './hitechpay-answers.js';
import { smilepayzAnswers } from './smilepayz-answers.js';

/** Each provider's table: its answer code, as its client writes it on a row, → a catalogue sentence. */
export const answerTables: { readonly [P in ProviderId]: Readonly<Record<string, MessageId>> } = {
  hitechpay: hitechpayAnswers,
  smilepayz: smilepayzAnswers,
  haipay: haipayAnswers,
  appotapay: appotapayAnswers,
};

/**
 * A provider's answer code on a row, as a sentence and what to do next in the reader's
 * language (one table per provider, issue #15), or null when the code is not in its table:
 * the provider's own words are then shown as they came.
 */
export function answerText(tr: Translator, provider: ProviderId, code: string): string | null {
  const table = answerTables[provider];
  // Own keys only: a code such as "constructor" is not in any table.
  const id = Object.hasOwn(table, code) ? table[code] : undefined;
  return id === undefined ? null : tr.t(id);
}
