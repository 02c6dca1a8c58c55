import type { ProviderRules, RuleContext } from '../../../shared/providers/rule-context';
import { checkOne, withDuplicates, type CheckedRow } from '../../../shared/review/check-rows';
import type { ReviewRow } from '../../../shared/review/review-row';

const slice = 2000;

/**
 * Checks every row in slices, yielding to the window between them, so 100,000 rows never hold
 * the screen still. Resolves null when `cancelled()` turns true (a newer check replaced it).
 */
export async function checkInSlices(rows: readonly ReviewRow[], rules: ProviderRules, context: RuleContext, cancelled: () => boolean, onProgress: (done: number) => void): Promise<CheckedRow[] | null> {
  const checked: CheckedRow[] = new Array(rows.length);
  for (let start = 0; start < rows.length; start += slice) {
    if (cancelled()) return null;
    const end = Math.min(rows.length, start + slice);
    for (let i = start; i < end; i += 1) {
      const row = rows[i];
      if (row) checked[i] = checkOne(row, rules, context);
    }
    onProgress(end);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return cancelled() ? null : withDuplicates(checked, rules.usesBank);
}
