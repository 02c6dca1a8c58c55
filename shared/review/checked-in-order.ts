import type { ProviderRules, RuleContext } from '../providers/rule-context.js';
import { checkOne, withDuplicateIssue, type CheckedRow } from './check-rows.js';
import { createDuplicateIndex } from './duplicate-index.js';
import type { ReviewRow } from './review-row.js';

/**
 * The rows `checkRows` returns, made one at a time as a report writes them and then let go,
 * so a 100,000-row `validate --json` never holds every row's issues at once. A first walk
 * files each row under its duplicate key (the bank as the rules resolve it), so a row's
 * warning can name a repeat that comes after it.
 */
export function* checkedInOrder(rows: readonly ReviewRow[], rules: ProviderRules, context: RuleContext): Generator<CheckedRow> {
  const duplicates = createDuplicateIndex(rules.usesBank);
  rows.forEach((row, index) => duplicates.add(index, { payee: row.payee, excluded: row.excluded, wire: { bankCode: bankCodeOf(row, context), accountType: null } }));
  const rowAt = (index: number): number => rows[index]?.row ?? 0;
  for (const [index, row] of rows.entries()) {
    yield withDuplicateIssue(checkOne(row, rules, context), index, duplicates.groupOf(index), rowAt, rules.usesBank);
  }
}

/** The code every provider's rules send for this bank (bankFinding), or null when they send none. */
function bankCodeOf(row: ReviewRow, context: RuleContext): string | null {
  if (row.payee.bank === null) return null;
  const resolved = context.resolveBank(row.payee.bank);
  return resolved.ok ? resolved.code : null;
}
