import { bankFinding, type ProviderRules, type RuleContext } from '../providers/rule-context.js';
import { checkOne, withDuplicateIssue, type CheckedRow, type GroupRows } from './check-rows.js';
import { createDuplicateIndex } from './duplicate-index.js';
import type { ReviewRow } from './review-row.js';

/**
 * The rows `checkRows` returns, made one at a time as a report writes them and then let go,
 * so a 100,000-row `validate --json` never holds every row's issues at once. A first walk
 * files each row under its duplicate key, so a row's warning can name a repeat that comes
 * after it.
 */
export function* checkedInOrder(rows: readonly ReviewRow[], rules: ProviderRules, context: RuleContext): Generator<CheckedRow> {
  const duplicates = createDuplicateIndex(rules.duplicates);
  // The key's bank is the code the rules send (bankFinding), without the rest of a full check.
  const bankCodeOf = (row: ReviewRow): string | null => (rules.usesBank ? bankFinding(row.payee, context, rules.name).code : null);
  rows.forEach((row, index) => duplicates.add(index, { payee: row.payee, excluded: row.excluded, wire: { bankCode: bankCodeOf(row), accountType: null } }));
  const group: GroupRows = { rowAt: (index) => rows[index]?.row ?? 0, amountAt: (index) => rows[index]?.payee.amount ?? 0 };
  // By index: an entries() iterator makes a pair per row, which a generator keeps on the heap.
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (row !== undefined) yield withDuplicateIssue(checkOne(row, rules, context), index, duplicates.groupOf(index), group, rules.duplicates);
  }
}
