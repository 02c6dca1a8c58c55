/**
 * Cell references read the way exceljs reads them (lib/utils/col-cache.js, shared-formula.js),
 * so the same cell lands in the same column and a shared formula is translated to the same text.
 */

/** Excel's last column, XFD. */
const excelMaxColumn = 16_384;

export type CellAddress = { readonly col: number; readonly row: number };

/**
 * "B7" → { col: 2, row: 7 }. Like exceljs: capital letters before the first digit make the
 * column, digits the row, a '$' or anything else before both is skipped. Null when either part
 * is missing; the error exceljs throws past XFD, whose words `damaged()` recognises.
 */
export function decodeAddress(ref: string): CellAddress | null {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  let firstDigit = ref.length;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (!hasRow && code >= 65 && code <= 90) {
      hasCol = true;
      col = col * 26 + code - 64;
    } else if (code >= 48 && code <= 57) {
      if (!hasRow) firstDigit = i;
      hasRow = true;
      row = row * 10 + code - 48;
    } else if (hasRow && hasCol && code !== 36) {
      break;
    }
  }
  // The letters are spelled out only for the error: every cell of a sheet comes through here.
  if (hasCol && col > excelMaxColumn) throw new Error(`Out of bounds. Invalid column letter: ${ref.slice(0, firstDigit).replace(/[^A-Z]/g, '')}`);
  return hasCol && hasRow ? { col, row } : null;
}

/** The column after `col`, for a cell without a reference; past XFD, exceljs's error. */
export function columnAfter(col: number): number {
  columnLetters(col + 1);
  return col + 1;
}

/** A reference's column, or null when it has none or is past XFD, for cells exceljs never decodes. */
export function columnOf(ref: string): number | null {
  try {
    return decodeAddress(ref)?.col ?? null;
  } catch {
    return null;
  }
}

function columnLetters(col: number): string {
  if (!(col >= 1 && col <= excelMaxColumn)) throw new Error(`${col} is out of bounds. Excel supports columns from 1 to ${excelMaxColumn}`);
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnNumber(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i += 1) col = col * 26 + letters.charCodeAt(i) - 64;
  return col;
}

const referenceCandidate = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const cellReference = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula's text as seen from another cell: relative references move by the distance
 * between the cells, absolute ones ($) stay, function names and names past XFD are left alone.
 */
function slideFormula(formula: string, from: CellAddress, to: CellAddress): string {
  return formula.replace(referenceCandidate, (match: string, sheet: string | undefined, _sheetName: string | undefined, part: string, call: string | undefined) => {
    if (call) return match;
    const ref = cellReference.exec(part);
    if (!ref) return match;
    const [, colDollar = '', colText = '', rowDollar = '', rowText = ''] = ref;
    const letters = colText.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    const col = columnNumber(letters) + (colDollar ? 0 : to.col - from.col);
    const row = parseInt(rowText, 10) + (rowDollar ? 0 : to.row - from.row);
    return `${sheet ?? ''}${colDollar}${columnLetters(col)}${rowDollar}${row}`;
  });
}

/** A shared formula as the cell at `toRef` reads it, the formula being written for `fromRef`. */
export function moveFormula(formula: string, fromRef: string, toRef: string | undefined): string {
  // exceljs cannot place a cell without a reference either, and fails reading it.
  if (toRef === undefined) throw new TypeError('a cell sharing a formula has no reference');
  const from = decodeAddress(fromRef);
  const to = decodeAddress(toRef);
  return from && to ? slideFormula(formula, from, to) : formula;
}
