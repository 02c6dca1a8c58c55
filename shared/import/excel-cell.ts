import type { Cell, Row } from 'exceljs';
import { ImportFailure } from './import-failure.js';
import type { RawCell, RawRow } from './raw-sheet.js';

/** More columns than any payroll has; a sheet wider than this is refused, not read. */
export const maxColumns = 500;

/**
 * One exceljs cell as the pipeline needs it. Formula cells give their cached result (what
 * Excel last showed) and keep the formula, so a SUM in a totals row can be recognised.
 */
export function rawCellOf(cell: Cell): RawCell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  // NFC once here, as the CSV reader does for the whole text, so later steps need not.
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') return numberCell(value, cell.numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return { kind: 'date', iso: value.toISOString().slice(0, 10) };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) return value.richText.map((part) => part.text).join('').normalize('NFC');
  // exceljs types a hyperlink's text as a string, but a styled link arrives as rich text.
  if ('hyperlink' in value) return textOf(value.text as unknown).normalize('NFC');
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = cell.formula ?? '';
    const result = value.result;
    if (typeof result === 'number') return numberCell(result, cell.numFmt, formula);
    if (typeof result === 'string') return { kind: 'formula-text', text: result.normalize('NFC'), formula };
    if (typeof result === 'boolean') return { kind: 'formula-text', text: result ? 'TRUE' : 'FALSE', formula };
    if (result instanceof Date) return { kind: 'date', iso: result.toISOString().slice(0, 10) };
    if (result && typeof result === 'object' && 'error' in result) return { kind: 'error', text: String(result.error) };
    return { kind: 'error', text: '#NO_CACHED_RESULT' };
  }
  return null;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((part: unknown) => (part && typeof part === 'object' && 'text' in part ? String(part.text) : '')).join('');
  }
  return '';
}

export function numberCell(value: number, numFmt: string | undefined, formula?: string): RawCell {
  const format = numFmt && numFmt !== 'General' ? numFmt : undefined;
  return { kind: 'number', value, ...(format ? { numFmt: format } : {}), ...(formula ? { formula } : {}) };
}

/** An exceljs row's cells, or null when every cell is empty. Its number is `row.number`. */
export function rawRowOf(row: Row, sheetName: string): RawRow | null {
  const cells: RawCell[] = [];
  let any = false;
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    if (column > maxColumns) throw tooManyColumns(sheetName, column);
    const raw = rawCellOf(cell);
    if (raw !== null) any = true;
    cells[column - 1] = raw;
  });
  if (!any) return null;
  for (let i = 0; i < cells.length; i += 1) if (cells[i] === undefined) cells[i] = null;
  return cells;
}

export function tooManyColumns(sheetName: string, column: number): ImportFailure {
  return new ImportFailure(
    'too_many_columns',
    `Sheet "${sheetName}" has data in column ${column} and beyond; Paybatch reads at most ${maxColumns} columns. Delete the unused columns, or copy the payroll into a new sheet, and import again.`,
    undefined,
    { sheet: sheetName, column, max: maxColumns, variant: 'sheet' },
  );
}
