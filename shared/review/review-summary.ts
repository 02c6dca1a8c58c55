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
  /** Why the batch cannot be approved yet, in English, or null when it can; `blockerCheck` is the same as code and params. */
  readonly blocker: string | null;
  /**
   * The blocker for `check.<code>` in the reader's language, or null when nothing blocks.
   * Optional only until the batch contract's tally carries it (a tally read back through it
   * has none yet).
   */
  readonly blockerCheck?: BlockerCheck | null;
};

export const blockerCodes = ['blocker_all_excluded', 'blocker_errors', 'blocker_warnings'] as const;
export type BlockerCode = (typeof blockerCodes)[number];

/** `count`: the rows with errors, or with warnings not yet acknowledged (0 when every row is excluded). */
export type BlockerCheck = { readonly code: BlockerCode; readonly params: { readonly count: number } };

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
  const blockerCheck = blockerOf(included, errors, warnings);
  return { rows, included, valid, errors, warnings, excluded, currency, total, blocker: blockerCheck && blockerText(blockerCheck), blockerCheck };
}

function blockerOf(included: number, errors: number, warnings: number): BlockerCheck | null {
  if (included === 0) return { code: 'blocker_all_excluded', params: { count: 0 } };
  if (errors > 0) return { code: 'blocker_errors', params: { count: errors } };
  if (warnings > 0) return { code: 'blocker_warnings', params: { count: warnings } };
  return null;
}

/** The blocker in English, as the engine's refusal and the log say it. */
function blockerText({ code, params: { count } }: BlockerCheck): string {
  const rows = count.toLocaleString('en-US');
  switch (code) {
    case 'blocker_all_excluded':
      return 'Every row is excluded: there is nothing to pay.';
    case 'blocker_errors':
      return `${rows} ${count === 1 ? 'row has' : 'rows have'} errors. Fix or exclude ${count === 1 ? 'it' : 'them'} first.`;
    case 'blocker_warnings':
      return `${rows} ${count === 1 ? 'row has a warning' : 'rows have warnings'} not yet acknowledged.`;
  }
}
