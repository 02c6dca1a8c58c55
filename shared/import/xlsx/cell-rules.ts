import { numberCell } from '../excel-cell.js';
import { badSharedString, type RawCell } from '../raw-sheet.js';
import { detached } from './detached-text.js';

/**
 * What one <c> element becomes, by the rules the exceljs in-memory reader and `rawCellOf`
 * (excel-cell.ts) apply together: the xform in exceljs/lib/xlsx/xform/sheet/cell-xform.js
 * (parseClose, reconcile), the value classes in lib/doc/cell.js, then rawCellOf. Kept
 * rule for rule, quirks included, so the worker reads a file exactly as it did before; each
 * quirk is named where it is kept.
 */

export type CellContext = {
  readonly numFmt: string | undefined;
  readonly isDate: boolean;
  readonly date1904: boolean;
  readonly sharedStrings: ReadonlyArray<string | null>;
};

/** For a shared formula's other cells: whether a first cell was seen, and the formula as moved. */
export type FormulaSource = { readonly hasFormula: boolean; readonly formula: () => string };


/**
 * A <c> element with a value and no formula. `text` is the text of its <v> or <t> elements,
 * concatenated as exceljs does; `runs` the rich-text runs of an inline string, if any.
 */
export function valueCell(type: string | undefined, value: string | undefined, runs: readonly string[] | null, context: CellContext): RawCell {
  const text = value ?? '';
  switch (type) {
    case 's': {
      const shared = context.sharedStrings[parseInt(text, 10)];
      // exceljs keeps an <si> with neither <t> nor <r> as {}, which rawCellOf reads as empty.
      return shared === undefined ? badSharedString : shared;
    }
    case 'str':
      return detached(xmlDecode(text).normalize('NFC'));
    case 'inlineStr':
      return detached((runs ? runs.join('') : text).normalize('NFC'));
    case 'b':
      return parseInt(text, 10) !== 0 ? 'TRUE' : 'FALSE';
    case 'e':
      return { kind: 'error', text: detached(text) };
    default: {
      // Any other type, "d" (ISO date text) included, is read with parseFloat, as exceljs does:
      // "2026-10-05" becomes 2026.
      const value = parseFloat(text);
      return context.isDate ? { kind: 'date', iso: excelDateIso(value, context.date1904) } : numberCell(value, context.numFmt);
    }
  }
}

type FormulaResult = number | string | boolean | { readonly error: string } | { readonly iso: string } | undefined;

/** A <c> element with a formula: its cached result (the text of <v>), read as exceljs reads it. */
export function formulaCell(type: string | undefined, text: string | undefined, context: CellContext, source: FormulaSource): RawCell {
  let result: FormulaResult;
  if (text !== undefined) {
    if (type === 'str') result = xmlDecode(text);
    else if (type === 'b') result = parseInt(text, 10) !== 0;
    else if (type === 'e') result = { error: text };
    else result = parseFloat(text);
  }
  // The formula value exceljs hands out copies only truthy fields: with neither a formula nor
  // a first cell of its shared formula it reads as empty, and a result of 0 or FALSE as none.
  if (!source.hasFormula) return null;
  const formula = detached(source.formula());
  // Any cached result of a date-formatted cell becomes a date, text and errors too.
  if (result !== undefined && context.isDate) result = { iso: excelDateIso(typeof result === 'object' ? NaN : Number(result), context.date1904) };
  if (!result) return { kind: 'error', text: '#NO_CACHED_RESULT' };
  if (typeof result === 'number') return numberCell(result, context.numFmt, formula);
  if (typeof result === 'string') return { kind: 'formula-text', text: detached(result.normalize('NFC')), formula };
  if (typeof result === 'boolean') return { kind: 'formula-text', text: 'TRUE', formula };
  if ('iso' in result) return { kind: 'date', iso: result.iso };
  return { kind: 'error', text: detached(result.error) };
}

/**
 * An Excel serial day as an ISO date, with exceljs's arithmetic (utils.excelToDate). A serial
 * outside what a Date holds throws toISOString's RangeError, as it does in rawCellOf.
 */
function excelDateIso(serial: number, date1904: boolean): string {
  const milliseconds = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  return new Date(milliseconds).toISOString().slice(0, 10);
}

/** exceljs's test for a date format (utils.isDateFmt): a date or time letter outside [..] and "..". */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The built-in number formats exceljs knows by id (lib/xlsx/defaultnumformats.js, those with a code). */
export const builtInFormats: ReadonlyMap<number, string> = new Map([
  [0, 'General'], [1, '0'], [2, '0.00'], [3, '#,##0'], [4, '#,##0.00'], [9, '0%'], [10, '0.00%'], [11, '0.00E+00'], [12, '# ?/?'], [13, '# ??/??'],
  [14, 'mm-dd-yy'], [15, 'd-mmm-yy'], [16, 'd-mmm'], [17, 'mmm-yy'], [18, 'h:mm AM/PM'], [19, 'h:mm:ss AM/PM'], [20, 'h:mm'], [21, 'h:mm:ss'], [22, 'm/d/yy "h":mm'],
  [37, '#,##0 ;(#,##0)'], [38, '#,##0 ;[Red](#,##0)'], [39, '#,##0.00 ;(#,##0.00)'], [40, '#,##0.00 ;[Red](#,##0.00)'],
  [45, 'mm:ss'], [46, '[h]:mm:ss'], [47, 'mmss.0'], [48, '##0.0E+0'], [49, '@'],
]);

/**
 * exceljs decodes the five XML entities a second time in "str" values and sheet names
 * (utils.xmlDecode), after the XML parser already did: "&amp;lt;" ends up as "<".
 */
export function xmlDecode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([a-z]*);/g, (entity) => secondPassEntities[entity] ?? entity);
}

const secondPassEntities: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };

/** Excel's escape for characters XML cannot carry, "_x000D_", undone in shared strings and rich-text runs (TextXform). */
export function decodeCharacterEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
