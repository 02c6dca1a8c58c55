import type { ProviderRules, RuleContext } from '../providers/rule-context.js';
import { checkOne, withDuplicateIssue, type CheckedRow, type GroupRows } from './check-rows.js';
import { createDuplicateIndex } from './duplicate-index.js';
import type { ReviewRow } from './review-row.js';
import { createReviewTally, type ReviewTally } from './review-tally.js';

/**
 * A batch under review, checked against one provider, kept current row by row. Rows are
 * appended as they are first checked (the screen does that in slices), `finish` adds the
 * cross-row duplicate warnings, and after that every change is one `replace`, whose cost is
 * the row itself plus the few rows that share its payee and amount.
 */
export type ReviewState = {
  /** Checked rows in sheet order; the array is updated in place. */
  readonly rows: readonly CheckedRow[];
  readonly tally: ReviewTally;
  append(row: ReviewRow): void;
  finish(): void;
  /** Row `index` as the accountant now has it, checked again; returns the indexes that changed. */
  replace(index: number, row: ReviewRow): readonly number[];
};

export function createReviewState(rules: ProviderRules, context: RuleContext): ReviewState {
  const rows: CheckedRow[] = [];
  const tally = createReviewTally();
  const duplicates = createDuplicateIndex(rules.duplicates);
  const group: GroupRows = { rowAt: (index) => rows[index]?.row ?? 0, amountAt: (index) => rows[index]?.payee.amount ?? 0 };

  // Sets row `index`'s duplicate warning from its group, keeping the tally in step.
  const settle = (index: number): void => {
    const current = rows[index];
    if (!current) return;
    const next = withDuplicateIssue(current, index, duplicates.groupOf(index), group, rules.duplicates);
    if (next === current) return;
    tally.remove(current);
    rows[index] = next;
    tally.add(next);
  };

  return {
    rows,
    tally,
    append(row) {
      const checked = checkOne(row, rules, context);
      const index = rows.push(checked) - 1;
      tally.add(checked);
      duplicates.add(index, checked);
    },
    finish() {
      // Settling changes rows, never the index, so its groups can be walked as they are.
      for (const group of duplicates.groups()) for (const index of group) settle(index);
    },
    replace(index, row) {
      const old = rows[index];
      if (!old) return [];
      const checked = checkOne(row, rules, context);
      tally.remove(old);
      rows[index] = checked;
      tally.add(checked);
      const formerGroup = duplicates.refile(index, checked);
      const sharing = duplicates.groupOf(index);
      if (formerGroup === null) {
        // Still in the same group: the others' warnings name this row by its sheet row and (a
        // refund's) add up its amount, so they change only if one of those did.
        if (sharing.length > 0 && (old.row !== checked.row || old.payee.amount !== checked.payee.amount)) {
          for (const other of sharing) settle(other);
          return sharing.slice();
        }
        // Its own warning went with the issues checkOne made afresh: put back as its group says.
        if (sharing.length > 0 || old.issues.some((i) => i.code === rules.duplicates.code)) settle(index);
        return [index];
      }
      if (formerGroup.length === 0 && sharing.length === 0 && !old.issues.some((i) => i.code === rules.duplicates.code)) return [index];
      const touched = [...new Set([index, ...formerGroup, ...sharing])];
      for (const other of touched) settle(other);
      return touched;
    },
  };
}

/**
 * Every row against the provider's rules, plus the cross-row duplicate check. A row is
 * 'warning' only while it has warnings the accountant has not acknowledged.
 */
export function checkRows(rows: readonly ReviewRow[], rules: ProviderRules, context: RuleContext): CheckedRow[] {
  const state = createReviewState(rules, context);
  for (const row of rows) state.append(row);
  state.finish();
  return [...state.rows];
}
