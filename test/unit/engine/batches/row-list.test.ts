import { describe, expect, it } from 'vitest';
import { pageOf, rowListOf } from '../../../../electron/engine/batches/row-list.js';
import type { CheckedRow } from '../../../../shared/review/check-rows.js';

// Only what the filters read of a row: its state, its issues, whether it is excluded.
const rowOf = (state: CheckedRow['state']): CheckedRow => ({ state, excluded: state === 'excluded', issues: state === 'ok' || state === 'excluded' ? [] : [{ code: state === 'error' ? 'bank_unknown' : 'name_short', severity: state, field: null, column: null, message: '' }] }) as unknown as CheckedRow;
//                 0      1        2          3     4        5           6
const rows = ['ok', 'error', 'warning', 'ok', 'error', 'excluded', 'error'].map((s) => rowOf(s as CheckedRow['state']));
const none = () => undefined;

describe('the rows a filter shows', () => {
  it('pages every row by place, and the last page short', () => {
    const all = rowListOf('all', rows, none);
    expect(all.count).toBe(7);
    expect(pageOf(all, 2, 3)).toEqual([2, 3, 4]);
    expect(pageOf(all, 5, 10)).toEqual([5, 6]);
    expect(pageOf(all, 9, 10)).toEqual([]);
  });

  it('pages the rows a filter matches by their place among them', () => {
    const errors = rowListOf('errors', rows, none);
    expect(errors.count).toBe(3);
    expect(pageOf(errors, 0, 2)).toEqual([1, 4]);
    expect(pageOf(errors, 2, 2)).toEqual([6]);
    expect(pageOf(rowListOf('problems', rows, none), 0, 10)).toEqual([1, 2, 4, 6]);
    expect(pageOf(rowListOf({ code: 'bank_unknown' }, rows, none), 0, 10)).toEqual([1, 4, 6]);
  });

  it('finds the next matches at or after a row, and the last ones before it', () => {
    const problems = rowListOf('problems', rows, none);
    expect(pageOf(problems, 0, 1, { index: 3, direction: 'next' })).toEqual([4]);
    expect(pageOf(problems, 0, 1, { index: 4, direction: 'next' })).toEqual([4]);
    expect(pageOf(problems, 0, 1, { index: 7, direction: 'next' })).toEqual([]);
    expect(pageOf(problems, 0, 1, { index: 4, direction: 'previous' })).toEqual([2]);
    expect(pageOf(problems, 0, 2, { index: 4, direction: 'previous' })).toEqual([1, 2]);
    expect(pageOf(problems, 0, 1, { index: 1, direction: 'previous' })).toEqual([]);
    expect(pageOf(rowListOf('all', rows, none), 0, 1, { index: 3, direction: 'previous' })).toEqual([2]);
    expect(pageOf(rowListOf('all', rows, none), 0, 2, { index: 10, direction: 'next' })).toEqual([]);
  });
});
