import { rowStatuses, type RowStatus } from '../events.js';
import { amountDone, type ReportRow } from './report-columns.js';

/** The Summary's figures, counted from the rows the report holds, so the two sheets agree. */
export type ReportTally = {
  readonly rows: number;
  readonly total: number;
  /** Paid (or refunded): the amounts of the rows that succeeded. */
  readonly done: number;
  readonly fees: number;
  /** Each status the rows are in, in the order a row passes through them. */
  readonly byStatus: ReadonlyArray<{ readonly status: RowStatus; readonly rows: number; readonly amount: number }>;
};

/** Counts rows as they are written: `add` each, `result` at the end. */
export function reportTally() {
  const counts = new Map<RowStatus, { rows: number; amount: number }>();
  let rows = 0;
  let total = 0;
  let done = 0;
  let fees = 0;
  return {
    add(row: Pick<ReportRow, 'status' | 'amount' | 'fee'>): void {
      rows += 1;
      total += row.amount;
      done += amountDone(row) ?? 0;
      fees += row.fee ?? 0;
      const status = counts.get(row.status) ?? { rows: 0, amount: 0 };
      counts.set(row.status, { rows: status.rows + 1, amount: status.amount + row.amount });
    },
    result(): ReportTally {
      const byStatus = rowStatuses.flatMap((status) => {
        const count = counts.get(status);
        return count ? [{ status, ...count }] : [];
      });
      return { rows, total, done, fees, byStatus };
    },
  };
}
