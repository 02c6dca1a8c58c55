import type { Translator } from '../../../shared/i18n/translator';
import type { MappingCheck } from '../../../shared/import/mapping-checks';
import { checkText } from '../../../shared/import/import-text';

/** Why "Continue to review" is disabled, in one sentence, or null when it is not. */
export function continueBlocker(tr: Translator, { ready, rows, connected, checks, questionOpen }: { readonly ready: boolean; readonly rows: number; readonly connected: boolean; readonly checks: readonly MappingCheck[]; readonly questionOpen: boolean }): string | null {
  if (!ready) return tr.t('import.blocker.wait');
  const blocks = checks.filter((c) => c.severity === 'block');
  const [only] = blocks;
  if (blocks.length === 1 && only) return checkText(tr, only);
  if (blocks.length > 1) return tr.t('import.blocker.many', { count: blocks.length });
  if (questionOpen) return tr.t('import.blocker.question');
  if (rows === 0) return tr.t('import.blocker.noRows');
  if (!connected) return tr.t('import.blocker.noEngine');
  return null;
}
