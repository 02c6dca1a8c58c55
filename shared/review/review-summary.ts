import type { Currency } from '../import/model.js';
import type { CheckedRow, RowState } from './check-rows.js';

export type ReviewSummary = {
  readonly rows: number;
  readonly included: number;
  readonly valid: number;
  readonly errors: number;
  readonly warnings: number;
  readonly excluded: number;
  readonly currency: Currency;
  /** Sum of the included rows' amounts, in minor units. */
  readonly total: number;
  /** Why the batch cannot be approved yet, or null when it can. */
  readonly blocker: string | null;
};

export function summarize(rows: readonly CheckedRow[], currency: Currency): ReviewSummary {
  const states: Record<RowState, number> = { ok: 0, warning: 0, error: 0, excluded: 0 };
  let total = 0;
  for (const row of rows) {
    states[row.state] += 1;
    if (row.state !== 'excluded') total += row.payee.amount ?? 0;
  }
  return summaryOf(states, total, currency);
}

/** The summary from counts already kept (the Review screen keeps them as rows change). */
export function summaryOf(states: Readonly<Record<RowState, number>>, total: number, currency: Currency): ReviewSummary {
  const { ok: valid, warning: warnings, error: errors, excluded } = states;
  const rows = valid + warnings + errors + excluded;
  const included = rows - excluded;
  const blocker =
    included === 0
      ? 'Every row is excluded: there is nothing to pay.'
      : errors > 0
        ? `${errors.toLocaleString('en-US')} ${errors === 1 ? 'row has' : 'rows have'} errors. Fix or exclude ${errors === 1 ? 'it' : 'them'} first.`
        : warnings > 0
          ? `${warnings.toLocaleString('en-US')} ${warnings === 1 ? 'row has a warning' : 'rows have warnings'} not yet acknowledged.`
          : null;
  return { rows, included, valid, errors, warnings, excluded, currency, total, blocker };
}
