import type { SaxesTagPlain } from 'saxes';
import { maxColumns } from '../excel-cell.js';
import { maxRows, tooManyRows } from '../import-limits.js';
import type { RawCell } from '../raw-sheet.js';
import { columnAfter, columnOf as quietColumnOf, decodeAddress, moveFormula } from './cell-address.js';
import { cellElementReader } from './cell-element.js';
import { formulaCell, valueCell, type CellContext, type FormulaSource } from './cell-rules.js';
import {
  applyHyperlinks,
  applyMerges,
  cellKey,
  checkMergesDisjoint,
  columnFormats,
  countRows,
  hyperlinkedRefs,
  mergeRangeOf,
  keptSheet,
  linkedCell,
  noteTooWide,
  noteUnreadable,
  settleRows,
  type ColumnStyle,
  type EmptyCell,
  type KeptSheet,
  type MergeRange,
} from './sheet-layout.js';
import type { SheetPart, WorkbookPart } from './workbook-parts.js';
import { expectRoot, readXmlPart } from './xml-part.js';

export type SheetContext = {
  readonly part: WorkbookPart;
  /** cellXfs index → number format (null without a styles part), and whether exceljs reads that format as a date. */
  readonly formats: ReadonlyArray<string | undefined> | null;
  readonly dateStyles: readonly boolean[];
  readonly sharedStrings: ReadonlyArray<string | null>;
  readonly date1904: boolean;
};

export type SheetRead = { readonly rowCount: number; readonly kept: KeptSheet | null };

type SharedMaster = { readonly formula: string | undefined; readonly ref: string | undefined };

const bareCell: EmptyCell = { own: false, numFmt: undefined };

/**
 * Streams one worksheet's XML: every sheet is counted (rows with data, as exceljs's
 * actualRowCount), only a kept sheet's cells are turned into values. Cell by cell as the XML
 * arrives; only the values are held, never the XML or an object model of the sheet.
 */
export async function readSheetRows(context: SheetContext, sheet: SheetPart, keep: boolean): Promise<SheetRead> {
  const withValues = new Set<number>();
  const merges: MergeRange[] = [];
  const hyperlinks = new Map<string, string>();
  const columns: ColumnStyle[] = [];
  const kept: KeptSheet | null = keep ? keptSheet(sheet.name) : null;
  const masters = new Map<string | undefined, SharedMaster>();
  const contexts = new Map<number, CellContext>();
  const contextOf = (id: number): CellContext => {
    let cellContext = contexts.get(id);
    if (!cellContext) {
      const numFmt = id ? context.formats?.[id] : undefined;
      cellContext = { numFmt, isDate: id ? (context.dateStyles[id] ?? false) : false, date1904: context.date1904, sharedStrings: context.sharedStrings };
      contexts.set(id, cellContext);
    }
    return cellContext;
  };
  const emptiesByStyle = new Map<number, EmptyCell>();
  const ownEmpty = (id: number): EmptyCell => {
    let empty = emptiesByStyle.get(id);
    if (!empty) emptiesByStyle.set(id, (empty = { own: true, numFmt: id ? context.formats?.[id] : undefined }));
    return empty;
  };
  // exceljs looks a row's or a column's style up without checking that there are styles at all.
  const styleFormat = (id: number): string | undefined => {
    if (!context.formats?.length) throw new Error('a row or column has a style but the workbook has no cell formats');
    return context.formats[id];
  };
  let section = '';

  let rowNumber = 0;
  let rowIsIndex = false;
  let rowHasValue = false;
  let previousCol: number | undefined;
  let cells: RawCell[] = [];
  let rowAny = false;
  let rowEmpties: Array<EmptyCell | undefined> | null = null;
  // On a sheet only counted: the columns a row lists without values, kept for rows with nothing
  // else, since a hyperlink on such a cell makes its row count (a kept sheet has `empties`).
  let rowListed: number[] | null = null;
  const listedOnly = new Map<number, number[]>();
  let rowFormat: string | undefined;

  let inCell = false;
  const reader = cellElementReader();
  const cell = reader.cell;

  const columnOf = (): number => {
    const ref = cell.ref;
    if (ref !== undefined) {
      const at = decodeAddress(ref);
      if (!at) throw new Error(`Invalid Address: ${ref}`);
      return (previousCol = at.col);
    }
    // exceljs places a cell without a reference right after the previous one in its row.
    if (previousCol === undefined) throw new Error('a cell without a reference starts its row');
    return (previousCol = columnAfter(previousCol));
  };

  const formulaSource = (): FormulaSource => {
    const { formula: own, ref } = cell;
    if (cell.shareType !== 'shared' || cell.shareRef) return { hasFormula: Boolean(own), formula: () => own ?? '' };
    const master = masters.get(cell.shareId);
    const masterRef = master?.ref;
    return {
      hasFormula: Boolean(own) || Boolean(masterRef),
      formula: () => own || (masterRef ? moveFormula(master?.formula ?? '', masterRef, ref) : ''),
    };
  };

  const finishCell = (): void => {
    inCell = false;
    const { styleId, type, text } = cell;
    const isFormula = Boolean(cell.formula) || Boolean(cell.shareType);
    if (text === undefined && cell.runs === null && !isFormula) {
      // exceljs keeps a styled empty cell as an empty value; an unstyled one is not a cell at all.
      const col = styleId ? columnOf() : cell.ref !== undefined ? quietColumnOf(cell.ref) : null;
      if (col === null || !rowIsIndex) return;
      if (!kept) (rowListed ??= []).push(col);
      else if (col <= maxColumns) (rowEmpties ??= [])[col - 1] = styleId ? ownEmpty(styleId) : bareCell;
      return;
    }
    const col = columnOf();
    rowHasValue = true;
    if (!kept) return;
    // A shared formula's first cell is remembered wherever it is; the cells after it are read from it.
    if (isFormula && cell.shareType === 'shared' && cell.shareRef) masters.set(cell.shareId, { formula: cell.formula, ref: cell.ref });
    if (!rowIsIndex) return;
    if (col > maxColumns) {
      noteTooWide(kept, rowNumber, col);
      return;
    }
    try {
      const raw = isFormula ? formulaCell(type, text, contextOf(styleId), formulaSource()) : valueCell(type, text, cell.runs, contextOf(styleId));
      cells[col - 1] = raw;
      if (type === 'b') kept.booleans.add(cellKey(rowNumber - 1, col));
      if (raw !== null) rowAny = true;
      // Holes become null too: a value that reads as empty is remembered as a cell that exists.
      else (rowEmpties ??= [])[col - 1] = ownEmpty(styleId);
    } catch (error) {
      // rawCellOf throws these only for the sheet it reads, and only if no merge or hyperlink replaced the value.
      noteUnreadable(kept, rowNumber - 1, col, error);
      (rowEmpties ??= [])[col - 1] = ownEmpty(styleId);
    }
  };

  const startRow = (tag: SaxesTagPlain): void => {
    rowNumber = parseInt(tag.attributes.r ?? '', 10);
    if (Number.isNaN(rowNumber)) throw new Error('Invalid row number in model');
    // exceljs files a row under its number; one that is no array index is never read back.
    rowIsIndex = rowNumber >= 1 && rowNumber < 2 ** 32;
    rowHasValue = false;
    previousCol = undefined;
    cells = [];
    rowAny = false;
    rowEmpties = null;
    rowListed = null;
    const rowStyle = tag.attributes.s ? parseInt(tag.attributes.s, 10) : 0;
    rowFormat = rowStyle ? styleFormat(rowStyle) : undefined;
    // A second <row> with the same number replaces the first, cells and all.
    kept?.unreadable.delete(rowNumber - 1);
  };

  const finishRow = (): void => {
    if (!rowIsIndex) return;
    // Stopped here, not after the whole sheet is read: a sheet of millions of rows would take
    // minutes and gigabytes before a later check could refuse it.
    if (rowHasValue && rowNumber > maxRows) throw tooManyRows(context.part.budget.fileName);
    if (rowHasValue) withValues.add(rowNumber);
    else withValues.delete(rowNumber);
    if (!rowHasValue && rowListed) listedOnly.set(rowNumber, rowListed);
    else listedOnly.delete(rowNumber);
    if (!kept) return;
    const index = rowNumber - 1;
    if (cells.length > 0) {
      for (let i = 0; i < cells.length; i += 1) if (cells[i] === undefined) cells[i] = null;
      // A copy is exactly as long as the row: the array filled cell by cell has room for 17.
      kept.rows[index] = cells.slice();
      if (!rowAny) kept.pending.add(index);
    } else if (kept.rows[index] !== undefined) {
      // A second <row> with the same number replaces the first, in exceljs too.
      delete kept.rows[index];
    }
    if (rowEmpties) kept.empties.set(index, rowEmpties);
    else kept.empties.delete(index);
    if (rowFormat) kept.rowFormats.set(index, rowFormat);
    else kept.rowFormats.delete(index);
  };

  const startCell = (tag: SaxesTagPlain): void => {
    inCell = true;
    reader.start(tag);
    if (cell.styleId && context.formats?.length === 0) throw new Error('a cell has a style but the styles part has no cell formats');
  };

  // The sheet's handler counts depth itself: it runs for every element of the largest part.
  let depth = 0;
  await readXmlPart(context.part.bytes, sheet.entry, context.part.budget, {
    open: (tag) => {
      depth += 1;
      if (depth === 1) expectRoot(tag, depth, 'worksheet', sheet.entry.name);
      else if (depth === 2) section = tag.name;
      else if (section === 'sheetData') {
        if (depth === 3 && tag.name === 'row') startRow(tag);
        else if (depth === 4 && tag.name === 'c') startCell(tag);
        else if (depth > 4 && inCell) reader.open(tag, depth);
      } else if (depth === 3 && section === 'mergeCells' && tag.name === 'mergeCell') {
        const range = mergeRangeOf(tag.attributes.ref);
        if (range) merges.push(range);
      } else if (depth === 3 && section === 'hyperlinks' && tag.name === 'hyperlink') {
        const rId = tag.attributes['r:id'];
        if (rId !== undefined) hyperlinks.set(tag.attributes.ref ?? '', rId);
      } else if (depth === 3 && section === 'cols' && tag.name === 'col') {
        const style = tag.attributes.style ? parseInt(tag.attributes.style, 10) : 0;
        const numFmt = style ? styleFormat(style) : undefined;
        if (kept) columns.push({ min: parseInt(tag.attributes.min || '0', 10), max: parseInt(tag.attributes.max || '0', 10), numFmt });
      }
    },
    text: (piece) => {
      if (inCell) reader.text(piece);
    },
    close: ({ name }) => {
      if (depth === 2) section = '';
      else if (section === 'sheetData') {
        if (depth === 4 && name === 'c' && inCell) finishCell();
        else if (depth === 3 && name === 'row') finishRow();
        else if (depth > 4 && inCell) reader.close(name, depth);
      }
      depth -= 1;
    },
  });

  checkMergesDisjoint(merges);
  const linked = await hyperlinkedRefs(context.part, sheet, hyperlinks);
  for (const ref of kept ? [] : linked) {
    const at = linkedCell(ref);
    if (at && listedOnly.get(at.row)?.includes(at.col)) withValues.add(at.row);
  }
  if (kept) {
    applyHyperlinks(kept, linked, withValues);
    applyMerges(kept, merges, columnFormats(columns));
    settleRows(kept);
  }
  return { rowCount: countRows(withValues, merges), kept };
}
