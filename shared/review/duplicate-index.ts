import type { Payee } from '../import/model.js';
import type { DuplicateRule } from './duplicate-rule.js';
import type { WireFacts } from './review-types.js';

/**
 * Which rows are the same payment by the provider's duplicate rule (duplicate-rule.ts). Kept as an index that a single edit updates in time
 * proportional to the rows sharing its key, so a 100,000-row review never re-scans every row
 * because one cell changed.
 */
export type DuplicateIndex = {
  /** Files row `index` under its key (nothing for an excluded row or one without a key). */
  add(index: number, row: DuplicateCandidate): void;
  /** Takes row `index` out; returns the rows that shared its key (their warning changes). */
  remove(index: number): readonly number[];
  /**
   * Files row `index` again as `row` now is: null when its key is the one it had (it stays in
   * its group, untouched), else the rows that shared its former key, as `remove` says them.
   */
  refile(index: number, row: DuplicateCandidate): readonly number[] | null;
  /** The row indexes sharing `index`'s key, itself included, in row order; empty when alone. */
  groupOf(index: number): readonly number[];
  /** Every group of two or more rows. */
  groups(): Iterable<readonly number[]>;
};

export type DuplicateCandidate = { readonly payee: Payee; readonly wire: WireFacts; readonly excluded: boolean };

const none: readonly number[] = [];

export function createDuplicateIndex(rule: Pick<DuplicateRule, 'key'>): DuplicateIndex {
  const keys: Array<string | undefined> = [];
  // Most keys belong to one row: its index is kept as a number, and an array is made only for
  // a key two rows share, so 100,000 distinct payees add no array each.
  const members = new Map<string, number | number[]>();
  // Each row of a shared key points at its group: groupOf, asked of every row as a report is
  // written, then reads one array slot instead of finding the key in a map of 100,000 keys
  // (a tenth of checking a payroll's rows, most of it waiting on memory).
  const groupAt: Array<number[] | undefined> = [];
  const keyOf = (row: DuplicateCandidate): string | undefined => (row.excluded ? undefined : (rule.key(row.payee, row.wire) ?? undefined));
  const file = (index: number, key: string | undefined): void => {
    // Grown a slot at a time, so that the array stays a plain list: a write far past its end
    // (a first duplicate at row 50,000) would turn it into a dictionary.
    while (groupAt.length <= index) groupAt.push(undefined);
    if (key === undefined) return;
    keys[index] = key;
    const group = members.get(key);
    if (group === undefined) members.set(key, index);
    else if (typeof group === 'number') {
      const shared = group < index ? [group, index] : [index, group];
      members.set(key, shared);
      groupAt[group] = shared;
      groupAt[index] = shared;
    } else {
      insertSorted(group, index);
      groupAt[index] = group;
    }
  };
  const self: DuplicateIndex = {
    add(at, row) {
      file(at, keyOf(row));
    },
    refile(at, row) {
      const key = keyOf(row);
      // A bulk fix of names moves no row's key: taking each of 100,000 rows out of the map of
      // keys and putting it back was a sixth of applying it.
      if (key === keys[at] && at < groupAt.length) return null;
      const former = self.remove(at);
      file(at, key);
      return former;
    },
    remove(index) {
      const key = keys[index];
      if (key === undefined) return none;
      keys[index] = undefined;
      groupAt[index] = undefined;
      const group = members.get(key);
      if (typeof group !== 'object') {
        members.delete(key);
        return none;
      }
      const at = group.indexOf(index);
      if (at >= 0) group.splice(at, 1);
      const [only] = group;
      if (group.length === 1 && only !== undefined) {
        members.set(key, only);
        groupAt[only] = undefined;
      }
      return group.slice();
    },
    groupOf(index) {
      const group = groupAt[index];
      return group !== undefined && group.length > 1 ? group : none;
    },
    *groups() {
      for (const group of members.values()) if (typeof group === 'object' && group.length > 1) yield group;
    },
  };
  return self;
}

/** Rows are mostly added in order, so this is usually a push. */
function insertSorted(group: number[], index: number): void {
  let at = group.length;
  while (at > 0 && (group[at - 1] ?? 0) > index) at -= 1;
  group.splice(at, 0, index);
}
