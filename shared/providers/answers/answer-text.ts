import type { Translator } from '../../i18n/translator.js';
import type { ProviderId } from '../provider-ids.js';

/**
 * A provider's answer code on a row, as a sentence and what to do next in the reader's
 * language (one table per provider, issue #15), or null when the code is not in its table:
 * the provider's own words are then shown as they came.
 */
export function answerText(_tr: Translator, _provider: ProviderId, _code: string): string | null {
  return null;
}
