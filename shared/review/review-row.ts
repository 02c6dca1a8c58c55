import type { ImportedRow, Payee, PayeeField, RowIssue } from '../import/model.js';

/** A payee under review: what the accountant sees and may change, row by row. */
export type ReviewRow = {
  /** The sheet row it came from (Excel row or CSV line). */
  readonly row: number;
  readonly payee: Payee;
  readonly sources: Partial<Record<PayeeField, string>>;
  /** Problems found reading what was written (at import, or when a cell was edited). */
  readonly entryIssues: readonly RowIssue[];
  /** Left out of the batch by the accountant; still listed, never dropped. */
  readonly excluded: boolean;
  /** Warning codes the accountant has acknowledged for this row. */
  readonly acknowledged: readonly string[];
};

// Shared by every row not yet acknowledged: acknowledging makes a new array, never changes this one.
const noneAcknowledged: readonly string[] = Object.freeze([]);

/** An imported row as it enters review: included, nothing acknowledged yet. */
export function reviewRowOf(imported: ImportedRow): ReviewRow {
  return { row: imported.row, payee: imported.payee, sources: imported.sources, entryIssues: imported.issues, excluded: false, acknowledged: noneAcknowledged };
}
