import { errorText } from '../../shared/i18n/issue-text.js';
import { languageOfFirst } from '../../shared/i18n/languages.js';
import { translator, type Translator } from '../../shared/i18n/translator.js';
import type { ImportFailure } from '../../shared/import/import-failure.js';
import { EngineError } from '../engine/engine-error.js';
import { UsageError } from './usage-error.js';

/**
 * The language of the command's human output, as a terminal program's: LC_ALL, then
 * LC_MESSAGES, then LANG (C and POSIX mean English). Loaded only when words are printed, so
 * `paybatch --version` never pays for the catalogues.
 */
export function cliTranslator(env: NodeJS.ProcessEnv = process.env): Translator {
  return translator(languageOfFirst([env['LC_ALL'], env['LC_MESSAGES'], env['LANG']]));
}

/** A failure the user can act on, in their language; the English message where there are no words for it yet. */
export function failureText(tr: Translator, error: UsageError | EngineError | ImportFailure): string {
  if (error instanceof UsageError) return error.id === null ? error.message : tr.t(error.id, error.values);
  if (error instanceof EngineError) return errorText(tr, { code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) });
  return tr.maybe(`importFailure.${error.code}`, error.params) ?? error.message;
}
