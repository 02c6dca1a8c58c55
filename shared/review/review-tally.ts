import type { PayeeField } from '../import/model.js';
import type { CheckedRow, RowState } from './check-rows.js';
import type { FixKind } from './review-types.js';
import { createValueWidths, type ValueWidths } from './value-widths.js';

export type BulkFix = { readonly field: PayeeField; readonly kind: FixKind; readonly count: number };

/** A problem found on rows that are neither excluded nor in order: what bulk exclusion offers. */
export type ProblemCount = { readonly code: string; readonly severity: 'error' | 'warning'; readonly count: number };

/**
 * The running counts behind the Review screen (states, total, fixes and warnings that apply
 * to many rows), kept by adding and taking away one row at a time: an edit costs the rows it
 * touched, never a walk over every row.
 */
export type ReviewTally = {
  readonly states: Readonly<Record<RowState, number>>;
  /** Sum of the included rows' amounts, in minor units. */
  readonly total: number;
  /** Safe fixes offered on included rows, by field and kind, in the order first seen. */
  readonly fixes: readonly BulkFix[];
  /** Warnings not yet acknowledged on included rows: code → rows. */
  readonly warnings: ReadonlyArray<readonly [string, number]>;
  /** Each problem on rows neither excluded nor in order, by how often it is found, most first (a new list each read). */
  readonly problems: ProblemCount[];
  /** How long every row's values run (excluded rows too: they are shown). */
  readonly widths: ValueWidths;
  add(row: CheckedRow): void;
  remove(row: CheckedRow): void;
};

export function createReviewTally(): ReviewTally {
  const states: Record<RowState, number> = { ok: 0, warning: 0, error: 0, excluded: 0 };
  // Looked up by field, then kind: a key joined from the two was a string made for every row
  // that offers a fix, each time it is counted in or out (twice a row in a bulk fix).
  const fixes = new Map<PayeeField, Map<FixKind, { field: PayeeField; kind: FixKind; count: number }>>();
  const fixesInOrder: Array<{ field: PayeeField; kind: FixKind; count: number }> = [];
  const warnings = new Map<string, number>();
  // In the order first found, as the fixes: rows checked in sheet order list them as a walk would.
  const problems = new Map<string, { code: string; severity: 'error' | 'warning'; count: number }>();
  const widths = createValueWidths();
  let total = 0;

  const fixOf = (field: PayeeField, kind: FixKind) => {
    let byKind = fixes.get(field);
    if (byKind === undefined) {
      byKind = new Map();
      fixes.set(field, byKind);
    }
    let entry = byKind.get(kind);
    if (entry === undefined) {
      entry = { field, kind, count: 0 };
      byKind.set(kind, entry);
      fixesInOrder.push(entry);
    }
    return entry;
  };

  const problemOf = (code: string, severity: 'error' | 'warning') => {
    let entry = problems.get(code);
    if (entry === undefined) problems.set(code, (entry = { code, severity, count: 0 }));
    return entry;
  };

  const count = (row: CheckedRow, sign: 1 | -1): void => {
    states[row.state] += sign;
    widths[sign === 1 ? 'add' : 'remove'](row.payee);
    if (row.state === 'excluded') return;
    total += sign * (row.payee.amount ?? 0);
    const withProblems = row.state !== 'ok';
    for (const issue of row.issues) {
      if (withProblems) problemOf(issue.code, issue.severity).count += sign;
      if (issue.fix && issue.field) fixOf(issue.field, issue.fix.kind).count += sign;
      if (issue.severity === 'warning' && !row.acknowledged.includes(issue.code)) warnings.set(issue.code, (warnings.get(issue.code) ?? 0) + sign);
    }
  };

  return {
    states,
    get total() {
      return total;
    },
    get fixes() {
      return fixesInOrder.filter((f) => f.count > 0).map((f) => ({ ...f }));
    },
    get warnings() {
      return [...warnings].filter(([, n]) => n > 0);
    },
    get problems() {
      return [...problems.values()].filter((p) => p.count > 0).map((p) => ({ ...p })).sort((a, b) => b.count - a.count);
    },
    widths,
    add: (row) => count(row, 1),
    remove: (row) => count(row, -1),
  };
}
