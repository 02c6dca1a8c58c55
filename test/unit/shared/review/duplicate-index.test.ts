import { describe, expect, it } from 'vitest';
import { createDuplicateIndex } from '../../../../shared/review/duplicate-index.js';
import type { Payee } from '../../../../shared/import/model.js';
import { goodPayee } from '../../../support/payees.js';

// Keyed by the account alone: rows with the same account are the same payment here.
const index = () => createDuplicateIndex({ key: (payee: Payee) => payee.accountNo });
const row = (accountNo: string | null, excluded = false) => ({ payee: goodPayee('appotapay', { accountNo }), wire: { bankCode: null, accountType: null }, excluded });

describe('createDuplicateIndex', () => {
  it('gives each row its group, as rows sharing a key come and go', () => {
    const duplicates = index();
    ['A', 'B', 'A', null, 'A', 'C'].forEach((account, i) => duplicates.add(i, row(account)));
    duplicates.add(6, row('B', true));
    // A first duplicate far down the rows, past thousands without one.
    duplicates.add(60_000, row('C'));
    expect([0, 1, 2, 3, 4, 5, 6, 60_000].map((i) => duplicates.groupOf(i))).toEqual([[0, 2, 4], [], [0, 2, 4], [], [0, 2, 4], [5, 60_000], [], [5, 60_000]]);
    expect(duplicates.remove(2)).toEqual([0, 4]);
    expect([0, 2, 4].map((i) => duplicates.groupOf(i))).toEqual([[0, 4], [], [0, 4]]);
    expect(duplicates.remove(0)).toEqual([4]);
    expect([0, 4].map((i) => duplicates.groupOf(i))).toEqual([[], []]);
    // Back in, before the row still there: in row order.
    duplicates.add(2, row('A'));
    expect([2, 4].map((i) => duplicates.groupOf(i))).toEqual([[2, 4], [2, 4]]);
    duplicates.add(1, row('A'));
    expect([1, 2, 4].map((i) => duplicates.groupOf(i))).toEqual([[1, 2, 4], [1, 2, 4], [1, 2, 4]]);
    expect([...duplicates.groups()]).toEqual([[1, 2, 4], [5, 60_000]]);
    expect(duplicates.remove(60_000)).toEqual([5]);
    expect(duplicates.groupOf(5)).toEqual([]);
  });
});
