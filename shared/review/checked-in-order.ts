import { bankFinding, type ProviderRules, type RuleContext } from '../providers/rule-context.js';
import { checkOne, findingsOf, withDuplicateIssue, type CheckedRow, type GroupRows, type RowFindings } from './check-rows.js';
import { createDuplicateIndex, type DuplicateIndex } from './duplicate-index.js';
import type { ReviewRow } from './review-row.js';

/**
 * The rows `checkRows` returns, made one at a time as a report writes them and then let go,
 * so a 100,000-row `validate` never holds every row's issues at once.
 */
export function* checkedInOrder(rows: readonly ReviewRow[], rules: ProviderRules, context: RuleContext): Generator<CheckedRow> {
  const { duplicates, group } = indexed(rows, rules, context);
  // By index: an entries() iterator makes a pair per row, which a generator keeps on the heap.
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (row !== undefined) yield withDuplicateIssue(checkOne(row, rules, context), index, duplicates.groupOf(index), group, rules.duplicates);
  }
}

/**
 * A row as findingsInOrder gives it: its findings, not yet worded as issues, when no duplicate
 * warning is its own; otherwise (a row sharing its key) the checked row as checkedInOrder has it.
 */
export type RowInOrder = { readonly row: ReviewRow; readonly findings: RowFindings; readonly checked: null } | { readonly row: ReviewRow; readonly findings: null; readonly checked: CheckedRow };

/**
 * checkedInOrder's rows, most of them as findings: `paybatch validate --json` writes those as
 * the issues checkOne would make, without making a message, an issue and a row object each.
 */
export function* findingsInOrder(rows: readonly ReviewRow[], rules: ProviderRules, context: RuleContext): Generator<RowInOrder> {
  const { duplicates, group } = indexed(rows, rules, context);
  const code = rules.duplicates.code;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    if (row === undefined) continue;
    const sharing = duplicates.groupOf(index);
    const findings = sharing.length < 2 ? findingsOf(row, rules, context) : null;
    // A warning of the duplicate code on a row alone is taken away by withDuplicateIssue: such
    // a row (none the rules or the import make today) goes that way too.
    if (findings !== null && !row.entryIssues.some((i) => i.code === code) && !findings.shown.some((f) => f.code === code)) yield { row, findings, checked: null };
    else yield { row, findings: null, checked: withDuplicateIssue(checkOne(row, rules, context), index, sharing, group, rules.duplicates) };
  }
}

/** A first walk files each row under its duplicate key, so a row's warning can name a repeat that comes after it. */
function indexed(rows: readonly ReviewRow[], rules: ProviderRules, context: RuleContext): { duplicates: DuplicateIndex; group: GroupRows } {
  const duplicates = createDuplicateIndex(rules.duplicates);
  // The key's bank is the code the rules send (bankFinding), without the rest of a full check.
  const bankCodeOf = (row: ReviewRow): string | null => (rules.usesBank ? bankFinding(row.payee, context, rules.name).code : null);
  rows.forEach((row, index) => duplicates.add(index, { payee: row.payee, excluded: row.excluded, wire: { bankCode: bankCodeOf(row), accountType: null } }));
  return { duplicates, group: { rowAt: (index) => rows[index]?.row ?? 0, amountAt: (index) => rows[index]?.payee.amount ?? 0 } };
}
