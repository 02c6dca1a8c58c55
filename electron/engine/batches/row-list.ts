import type { RowFilter } from '../../../shared/batches/batch-contract.js';
import type { CheckedRow } from '../../../shared/review/check-rows.js';
import { matcherOf } from './row-view.js';
import type { StoredRow } from './draft-store.js';

type Imported = StoredRow['imported'];

/**
 * The rows a filter shows, as row indexes in sheet order. Every row shown is one index of the
 * list, so a page is a slice of it and the next problem a binary search, where walking 100,000
 * rows for each page asked for held the engine for milliseconds on every scroll.
 */
export type RowList = {
  readonly count: number;
  /** The row index at place `at` of the list. */
  at(at: number): number;
  /** The place in the list of the first row at or after row index `index` (`count` when none is). */
  placeOf(index: number): number;
};

export function rowListOf(filter: RowFilter, rows: readonly CheckedRow[], importedAt: (index: number) => Imported | undefined): RowList {
  // Every row, in order: its own list, with nothing to work out.
  if (filter === 'all') return { count: rows.length, at: (at) => at, placeOf: (index) => Math.min(index, rows.length) };
  const matches = matcherOf(filter, importedAt);
  const indexes: number[] = [];
  rows.forEach((row, index) => {
    if (matches(row, index)) indexes.push(index);
  });
  return {
    count: indexes.length,
    at: (at) => indexes[at] ?? -1,
    placeOf(index) {
      let low = 0;
      let high = indexes.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((indexes[middle] ?? Infinity) < index) low = middle + 1;
        else high = middle;
      }
      return low;
    },
  };
}

/**
 * The row indexes of one page of a list: `limit` from place `offset`; near a row index, the
 * `limit` at or after it (and not before `offset`), or the last `limit` before it.
 */
export function pageOf(list: RowList, offset: number, limit: number, near?: { readonly index: number; readonly direction: 'next' | 'previous' }): number[] {
  const before = near?.direction === 'previous' ? list.placeOf(near.index) : null;
  const first = before !== null ? Math.max(before - limit, 0) : near ? Math.max(list.placeOf(near.index), offset) : offset;
  const end = before ?? Math.min(first + limit, list.count);
  const indexes: number[] = [];
  for (let at = first; at < end; at += 1) indexes.push(list.at(at));
  return indexes;
}
