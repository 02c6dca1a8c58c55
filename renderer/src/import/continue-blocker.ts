import type { MappingCheck } from '../../../shared/import/mapping-checks';

/** Why "Continue to review" is disabled, in one sentence, or null when it is not. */
export function continueBlocker({ ready, rows, connected, checks, questionOpen }: { readonly ready: boolean; readonly rows: number; readonly connected: boolean; readonly checks: readonly MappingCheck[]; readonly questionOpen: boolean }): string | null {
  if (!ready) return 'Wait until the sheet is read.';
  const blocks = checks.filter((c) => c.severity === 'block');
  if (blocks.length === 1) return blocks[0]?.message ?? null;
  if (blocks.length > 1) return `${blocks.length} things to fix first, listed beside the columns.`;
  if (questionOpen) return 'Answer the question about the currency first.';
  if (rows === 0) return 'The sheet has no payee rows.';
  if (!connected) return 'Open Paybatch from the address it printed to continue.';
  return null;
}
