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

/** null is an empty cell. */
export type RawCell = string | NumberCell | FormulaTextCell | ErrorCell | DateCell | null;

export type RawRow = {
  /** What the user sees: Excel's row number, or the CSV line the record starts on. */
  readonly number: number;
  readonly cells: readonly RawCell[];
};

export type RawSheet = {
  readonly name: string;
  readonly rows: readonly RawRow[];
};

export function cellIsEmpty(cell: RawCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
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
