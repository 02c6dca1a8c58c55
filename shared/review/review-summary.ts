import type { Currency } from '../import/model.js';
import type { CheckedRow } from './check-rows.js';

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
  let valid = 0;
  let errors = 0;
  let warnings = 0;
  let excluded = 0;
  let total = 0;
  for (const row of rows) {
    if (row.state === 'excluded') {
      excluded += 1;
      continue;
    }
    total += row.payee.amount ?? 0;
    if (row.state === 'error') errors += 1;
    else if (row.state === 'warning') warnings += 1;
    else valid += 1;
  }
  const included = rows.length - excluded;
  const blocker =
    included === 0
      ? 'Every row is excluded: there is nothing to pay.'
      : errors > 0
        ? `${errors.toLocaleString('en-US')} ${errors === 1 ? 'row has' : 'rows have'} errors. Fix or exclude ${errors === 1 ? 'it' : 'them'} first.`
        : warnings > 0
          ? `${warnings.toLocaleString('en-US')} ${warnings === 1 ? 'row has a warning' : 'rows have warnings'} not yet acknowledged.`
          : null;
  return { rows: rows.length, included, valid, errors, warnings, excluded, currency, total, blocker };
}
