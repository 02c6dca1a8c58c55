import { describe, expect, it } from 'vitest';
import { columnOf, decodeAddress } from '../../../../../shared/import/xlsx/cell-address.js';

describe('decodeAddress', () => {
  it('reads the column from the capitals before the first digit and the row from the digits, skipping $', () => {
    expect(decodeAddress('B7')).toEqual({ col: 2, row: 7 });
    expect(decodeAddress('$AB$12')).toEqual({ col: 28, row: 12 });
    expect(decodeAddress('XFD1048576')).toEqual({ col: 16_384, row: 1_048_576 });
  });

  it('is null without a column or a row', () => {
    expect(decodeAddress('12')).toBeNull();
    expect(decodeAddress('AB')).toBeNull();
  });

  it('names the letters of a column past XFD, as exceljs does', () => {
    expect(() => decodeAddress('XFE1')).toThrow('Out of bounds. Invalid column letter: XFE');
    expect(() => decodeAddress('$XFE$1')).toThrow('Out of bounds. Invalid column letter: XFE');
    expect(columnOf('XFE1')).toBeNull();
  });
});
