import { rowStatuses, type RowStatus } from '../../../shared/events';
import type { SendState } from '../../../shared/send/send-contract';

/** What an accountant files: money paid, money not paid, money not settled yet, rows never sent. */
export const totalBuckets = ['paid', 'failed', 'pending', 'cancelled'] as const;
export type TotalBucket = (typeof totalBuckets)[number];

const settled: Readonly<Record<Exclude<TotalBucket, 'pending'>, readonly RowStatus[]>> = {
  paid: ['succeeded'],
  failed: ['failed', 'rejected'],
  cancelled: ['cancelled'],
};

/**
 * The statuses each total adds up. Pending is every status not final, derived rather than
 * listed, so a status added to the contract is counted somewhere (until final it is pending).
 */
export const bucketStatuses: Readonly<Record<TotalBucket, readonly RowStatus[]>> = {
  ...settled,
  pending: rowStatuses.filter((status) => !Object.values(settled).some((list) => list.includes(status))),
};

export type BucketTotal = { readonly rows: number; readonly amount: number };

/** Rows and money in each total, from the engine's counts and amounts per status (one answer, never a sum of pages). */
export function totalsOf(state: Pick<SendState, 'counts' | 'amounts'>): Readonly<Record<TotalBucket, BucketTotal>> {
  const sum = (bucket: TotalBucket): BucketTotal =>
    bucketStatuses[bucket].reduce((total, status) => ({ rows: total.rows + (state.counts[status] ?? 0), amount: total.amount + (state.amounts[status] ?? 0) }), { rows: 0, amount: 0 });
  return { paid: sum('paid'), failed: sum('failed'), pending: sum('pending'), cancelled: sum('cancelled') };
}
