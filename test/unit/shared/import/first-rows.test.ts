import { describe, expect, it } from 'vitest';
import { firstRows } from '../../../../shared/import/detect-header-row.js';

describe('the first rows shown for picking the header', () => {
  it('numbers rows as Excel does, skipping blank ones, and cuts long cells', () => {
    const long = `Bảng lương ${'x'.repeat(100)}`;
    const rows = [[long, null], undefined, ['', null], ['Cột A', { kind: 'number', value: 15 } as const], ['An', '1']];
    expect(firstRows(rows, 2)).toEqual([
      { row: 1, cells: [`${long.slice(0, 39)}…`, ''] },
      { row: 4, cells: ['Cột A', '15'] },
    ]);
  });

  it('shows at most `width` cells of a row', () => {
    expect(firstRows([Array.from({ length: 50 }, (_, i) => `c${i}`)], 5, 3)).toEqual([{ row: 1, cells: ['c0', 'c1', 'c2'] }]);
  });
});
