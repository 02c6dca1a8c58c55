/**
 * A sheet as read, before any meaning is given to it. CSV cells are plain strings; Excel cells
 * that are not plain text keep what the pipeline needs to read them faithfully.
 */
export type NumberCell = {
  readonly kind: 'number';
  readonly value: number;
  /** Excel's number format, when the cell has one other than General. */
  readonly numFmt?: string;
  readonly formula?: string;
};
export type FormulaTextCell = { readonly kind: 'formula-text'; readonly text: string; readonly formula: string };
export type ErrorCell = { readonly kind: 'error'; readonly text: string };
export type DateCell = { readonly kind: 'date'; readonly iso: string };

/** A cell whose index points past the shared strings: exceljs crashes on it; here the cell says so, and the import names it. */
export const badSharedString: ErrorCell = Object.freeze({ kind: 'error', text: '#BAD_SHARED_STRING' });

/** null is an empty cell. */
export type RawCell = string | NumberCell | FormulaTextCell | ErrorCell | DateCell | null;

/** One row's cells, left to right. */
export type RawRow = readonly RawCell[];

/**
 * `rows[i]` is the row the user sees as number i + 1 (Excel's row number, or the CSV line a
 * record starts on); a hole or a blank row holds no data. Position carries the number, so a
 * 100,000-row sheet needs no wrapper object per row, and CSV rows are the parser's own arrays.
 */
export type RawSheet = {
  readonly name: string;
  readonly rows: ReadonlyArray<RawRow | undefined>;
};

export function isBlankRow(row: RawRow | undefined): row is undefined {
  if (row === undefined) return true;
  for (const cell of row) if (!cellIsEmpty(cell)) return false;
  return true;
}

export function countDataRows(rows: RawSheet['rows'], from = 0): number {
  let count = 0;
  for (let i = from; i < rows.length; i += 1) if (!isBlankRow(rows[i])) count += 1;
  return count;
}

export function hasDataRows(rows: RawSheet['rows'], from = 0): boolean {
  for (let i = from; i < rows.length; i += 1) if (!isBlankRow(rows[i])) return true;
  return false;
}

export function cellIsEmpty(cell: RawCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== 'string') return false;
  // Most cells start with a visible character; only the others need the full trim.
  return cell.length === 0 || (cell.charCodeAt(0) <= 32 && cell.trim() === '');
}

/** The text a cell shows, as best we know it without Excel's renderer. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  switch (cell.kind) {
    case 'number':
      return numberText(cell.value, cell.numFmt);
    case 'formula-text':
    case 'error':
      return cell.text;
    case 'date':
      return cell.iso;
  }
}

/**
 * A number as the cell shows it. Only the formats that matter for identifiers are honoured: a
 * format of zeros ("0000000000") pads with leading zeros, which is how a sheet keeps the zeros
 * of an account number stored as a number.
 */
export function numberText(value: number, numFmt?: string): string {
  const plain = Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
  if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) return plain.padStart(numFmt.length, '0');
  return plain;
}
