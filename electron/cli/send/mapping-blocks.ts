import type { Translator } from '../../../shared/i18n/translator.js';
import type { ImportResult } from '../../../shared/import/import-file.js';
import { checkText } from '../../../shared/import/import-text.js';
import { mappingChecks } from '../../../shared/import/mapping-checks.js';
import type { Operation } from '../../../shared/providers/operations.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { UsageError } from '../usage-error.js';

/**
 * What the Map step would not let past (a refund sheet without its transaction column, say),
 * said here in the reader's language before the engine is opened. The engine refuses the
 * same draft on its own, but in English only.
 */
export function refuseBlockedMapping(result: ImportResult, provider: ProviderId, operation: Operation, tr: Translator): void {
  const block = mappingChecks({ mapping: result.mapping, columns: [], rows: [], provider, operation, currency: result.currency }).find((c) => c.severity === 'block');
  if (block) throw new UsageError(null, {}, checkText(tr, block));
}
