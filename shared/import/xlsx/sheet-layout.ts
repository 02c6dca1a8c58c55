import { numberCell, tooManyColumns, maxColumns } from '../excel-cell.js';
import { ImportFailure } from '../import-failure.js';
import type { RawCell } from '../raw-sheet.js';
import { decodeAddress, type CellAddress } from './cell-address.js';
import { readRelationships, type SheetPart, type WorkbookPart } from './workbook-parts.js';

/**
 * What only the end of a sheet's XML says, after its rows: merged ranges and hyperlinks. The
 * exceljs in-memory reader applies both to the cells (worksheet-xform.js reconcile,
 * doc/worksheet.js mergeCellsWithoutStyle), and `rawCellOf` then reads what they left, so the
 * rows kept while streaming are adjusted here the same way.
 */

/**
 * A cell the sheet lists that holds no value: a merge or a hyperlink can still give it one.
 * `own` when exceljs keeps it as a cell with its own style (it has a style, or a value that
 * reads as empty); an unstyled <c/> is no cell to exceljs, so a merge gives it the format of
 * its row or column.
 */
export type EmptyCell = { readonly numFmt: string | undefined; readonly own: boolean };

export type MergeRange = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

/** A <col> element: the columns it covers and the number format of its style. */
export type ColumnStyle = { readonly min: number; readonly max: number; readonly numFmt: string | undefined };

/** A sheet's rows as kept while streaming, before merges and hyperlinks are applied. */
export type KeptSheet = {
  readonly name: string;
  readonly rows: Array<RawCell[] | undefined>;
  /** Row index → its cells listed without a value, by column index (holes in `rows` are null, like these). */
  readonly empties: Map<number, Array<EmptyCell | undefined>>;
  /** Row index → the number format of the row's own style. */
  readonly rowFormats: Map<number, string>;
  /** Row indexes whose cells need holes filled, or which may hold no data. */
  readonly pending: Set<number>;
  /** The first cell past the column limit, in reading order (row, then column). */
  tooWide: { readonly row: number; readonly col: number } | null;
  /**
   * Cells `rawCellOf` would throw on (a date past what Date holds), row index → column → error
   * key, with one error kept per key. A merge or a hyperlink that replaces the value clears it.
   */
  readonly unreadable: Map<number, Map<number, string>>;
  readonly errors: Map<string, unknown>;
  /** Cells read as TRUE or FALSE from a boolean, by `cellKey`. */
  readonly booleans: Set<number>;
};

/** Beyond this many merged cells a sheet is refused: exceljs would build an object for each, and no payroll merges this many. */
const maxMergedCells = 1_000_000;

export function keptSheet(name: string): KeptSheet {
  return { name, rows: [], empties: new Map(), rowFormats: new Map(), pending: new Set(), tooWide: null, unreadable: new Map(), errors: new Map(), booleans: new Set() };
}

export function noteTooWide(sheet: KeptSheet, row: number, col: number): void {
  const first = sheet.tooWide;
  if (!first || row < first.row || (row === first.row && col < first.col)) sheet.tooWide = { row, col };
}

export function noteUnreadable(sheet: KeptSheet, index: number, col: number, error: unknown): void {
  const key = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (!sheet.errors.has(key)) sheet.errors.set(key, error);
  let row = sheet.unreadable.get(index);
  if (!row) sheet.unreadable.set(index, (row = new Map()));
  row.set(col, key);
}

/** What `rawRowOf` would have thrown first on this sheet, reading rows and cells in order; null when nothing. */
export function firstFailure(sheet: KeptSheet): unknown {
  let first: { row: number; col: number; error: unknown } | null = sheet.tooWide && { ...sheet.tooWide, error: tooManyColumns(sheet.name, sheet.tooWide.col) };
  for (const [index, cols] of sheet.unreadable) {
    for (const [col, key] of cols) {
      if (!first || index + 1 < first.row || (index + 1 === first.row && col < first.col)) first = { row: index + 1, col, error: sheet.errors.get(key) };
    }
  }
  return first ? first.error : null;
}

/** "A1:C2" → its corners; anything else merges nothing, as a range exceljs cannot decode merges only one cell. */
export function mergeRangeOf(ref: string | undefined): MergeRange | null {
  const corners = ref?.split(':');
  if (corners?.length !== 2) return null;
  const [from, to] = corners.map(decodeAddress);
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

/** exceljs refuses overlapping merges ("Cannot merge already merged cells"); a sweep by top row finds them. */
export function checkMergesDisjoint(ranges: readonly MergeRange[]): void {
  const byTop = [...ranges].sort((a, b) => a.top - b.top);
  let open: MergeRange[] = [];
  for (const range of byTop) {
    open = open.filter((other) => other.bottom >= range.top);
    if (open.some((other) => other.left <= range.right && range.left <= other.right)) throw new Error('Cannot merge already merged cells');
    open.push(range);
  }
}

/**
 * Rows with data, counted as exceljs's actualRowCount does: rows with a value, plus rows where
 * a merge puts a merged-over cell (which counts even when the range's first cell is empty).
 */
export function countRows(withValues: ReadonlySet<number>, merges: readonly MergeRange[]): number {
  const spans = merges
    .map((m): [number, number] => [Math.max(1, m.right > m.left ? m.top : m.top + 1), m.bottom])
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  const union: Array<[number, number]> = [];
  for (const [from, to] of spans) {
    const last = union[union.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else union.push([from, to]);
  }
  let count = withValues.size;
  for (const [from, to] of union) count += to - from + 1;
  if (union.length === 0) return count;
  for (const row of withValues) if (insideSpan(union, row)) count -= 1;
  return count;
}

function insideSpan(union: ReadonlyArray<readonly [number, number]>, row: number): boolean {
  let low = 0;
  let high = union.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = union[middle] ?? [0, -1];
    if (row < from) high = middle - 1;
    else if (row > to) low = middle + 1;
    else return true;
  }
  return false;
}

/** The number format of each column's <col> style, laid out as exceljs does (Column.fromModel): by start, the first to claim a column keeps it. */
export function columnFormats(columns: readonly ColumnStyle[]): (col: number) => string | undefined {
  const byStart = [...columns].sort((a, b) => a.min - b.min);
  return (col) => {
    let next = 1;
    for (const range of byStart) {
      if (col >= Math.max(next, range.min) && col <= range.max) return range.numFmt;
      next = Math.max(next, range.max + 1);
    }
    return undefined;
  };
}

/** Refs of the hyperlinks exceljs applies: those whose relationship has a target. A missing relationship stops exceljs's load. */
export async function hyperlinkedRefs(part: WorkbookPart, sheet: SheetPart, hyperlinks: ReadonlyMap<string, string>): Promise<string[]> {
  if (hyperlinks.size === 0) return [];
  const targets = await readRelationships(part, sheet.relsPath);
  const linked: string[] = [];
  for (const [ref, rId] of hyperlinks) {
    const target = targets.get(rId);
    if (target === undefined) throw new Error(`${sheet.entry.name}: hyperlink ${rId} has no relationship`);
    if (target) linked.push(ref);
  }
  return linked;
}

/**
 * A hyperlink replaces a cell's value by its text (cell-xform.js reconcile), and `rawCellOf`
 * reads only text from it: text stays, a number, date, error or empty cell becomes "".
 */
export function applyHyperlinks(sheet: KeptSheet, refs: Iterable<string>, withValues: Set<number>): void {
  for (const ref of refs) {
    const at = linkedCell(ref);
    if (!at || at.col > maxColumns) continue;
    const index = at.row - 1;
    const cell = sheet.rows[index]?.[at.col - 1];
    if ((cell === undefined || cell === null) && !sheet.empties.get(index)?.[at.col - 1]) continue;
    // TRUE and FALSE are text here but booleans to exceljs, whose hyperlink text they are not.
    const text = sheet.booleans.has(cellKey(index, at.col)) ? '' : typeof cell === 'string' ? cell : cell && cell.kind === 'formula-text' ? cell.text : '';
    setCell(sheet, index, at.col, text);
    withValues.add(at.row);
  }
}

/** The cell a hyperlink's ref names: exceljs matches it to the cell's own ref as text, so only a plain "B7" names one. */
export function linkedCell(ref: string): CellAddress | null {
  return /^[A-Z]+[0-9]+$/.test(ref) ? decodeAddress(ref) : null;
}

export function cellKey(index: number, col: number): number {
  return index * 16_384 + col;
}

/**
 * Each cell a merge covers takes the value of the range's first cell, read with its own number
 * format and no formula (it is exceljs's MergeValue). A cell the sheet did not list gets the
 * format of its row or column, as exceljs creates it.
 */
export function applyMerges(sheet: KeptSheet, merges: readonly MergeRange[], columnFormat: (col: number) => string | undefined): void {
  let merged = 0;
  for (const range of merges) {
    const master = sheet.rows[range.top - 1]?.[range.left - 1] ?? null;
    if (range.right > maxColumns) {
      // The first merged-over cell past the limit, in the order rawRowOf would meet it.
      const row = range.right > range.left ? range.top : range.top + 1;
      const col = Math.max(row === range.top ? range.left + 1 : range.left, maxColumns + 1);
      if (row <= range.bottom) noteTooWide(sheet, row, col);
    }
    for (let row = Math.max(range.top, 1); row <= range.bottom; row += 1) {
      for (let col = range.left; col <= Math.min(range.right, maxColumns); col += 1) {
        if (row === range.top && col === range.left) continue;
        merged += 1;
        if (merged > maxMergedCells) throw new ImportFailure('xlsx_too_large', `Sheet "${sheet.name}" merges more than ${maxMergedCells.toLocaleString('en-US')} cells, far more than any payroll sheet, so Paybatch will not open it. Unmerge the cells, or copy just the payroll rows into a new workbook, and import that.`, undefined, { sheet: sheet.name, max: maxMergedCells, variant: 'merged' });
        setCell(sheet, row - 1, col, mergedCopy(master, ownFormat(sheet, row - 1, col, columnFormat)));
      }
    }
  }
}

function mergedCopy(master: RawCell, numFmt: string | undefined): RawCell {
  if (master === null || typeof master === 'string') return master;
  if (master.kind === 'number') return numberCell(master.value, numFmt);
  if (master.kind === 'formula-text') return { kind: 'formula-text', text: master.text, formula: '' };
  return master;
}

/** The number format a merged-over cell is read with: its own style's, or its row's or column's when it was not listed. */
function ownFormat(sheet: KeptSheet, index: number, col: number, columnFormat: (col: number) => string | undefined): string | undefined {
  const cell = sheet.rows[index]?.[col - 1];
  // A cell with a value keeps its style; only a number carries its format this far.
  if (cell !== undefined && cell !== null) return typeof cell === 'object' && cell.kind === 'number' ? cell.numFmt : undefined;
  const empty = sheet.empties.get(index)?.[col - 1];
  if (empty?.own) return empty.numFmt;
  return sheet.rowFormats.get(index) || columnFormat(col);
}

function setCell(sheet: KeptSheet, index: number, col: number, cell: RawCell): void {
  let row = sheet.rows[index];
  if (!row) sheet.rows[index] = row = [];
  row[col - 1] = cell;
  sheet.pending.add(index);
  sheet.unreadable.get(index)?.delete(col);
}

/** Rows touched after streaming get their holes filled; a row left with no value is no row, as in `rawRowOf`. */
export function settleRows(sheet: KeptSheet): void {
  for (const index of sheet.pending) {
    const row = sheet.rows[index];
    if (!row) continue;
    let any = false;
    for (let i = 0; i < row.length; i += 1) {
      const cell = row[i];
      if (cell === undefined) row[i] = null;
      else if (cell !== null) any = true;
    }
    // A hole, as the exceljs reader leaves for a row with nothing in it.
    if (!any) delete sheet.rows[index];
  }
  trimRows(sheet.rows);
}

/** No holes after the last row, so the length is the last row's number, as the exceljs reader leaves it. */
function trimRows(rows: Array<RawCell[] | undefined>): void {
  let length = rows.length;
  while (length > 0 && rows[length - 1] === undefined) length -= 1;
  rows.length = length;
}
