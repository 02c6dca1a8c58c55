import { Writable } from 'node:stream';
import { formatMinorNumber } from '../../../shared/import/format-amount.js';
import { payeeFields, type ColumnMapping, type Currency, type Payee, type PayeeField } from '../../../shared/import/model.js';
import type { CheckedRow } from '../../../shared/review/check-rows.js';

export type ProblemsWorkbookInput = {
  /** The source file's name: the sheet is named after it. */
  readonly fileName: string;
  readonly currency: Currency;
  /** Payee field → the column header as written in the source sheet. */
  readonly mapping: ColumnMapping;
  /** The rows with problems, in sheet order. */
  readonly rows: Iterable<CheckedRow>;
};

/** A row written back in its sheet's columns, with a note on why (problems, or why it was not paid). */
export type SheetRowBack = { readonly row: number; readonly payee: Payee; readonly note: string };

export const sheetRowHeader = 'Sheet row';
export const problemsHeader = 'Problems';

/** Excel refuses a cell longer than this; only the Problems text could ever reach it. */
const maxExcelCellChars = 32_767;

/**
 * Rows written between pauses: 100,000 rows take seconds, and the engine keeps answering other
 * requests meanwhile; each pause also lets the zip writer compress what the sheet has produced.
 */
const rowsPerSlice = 2_000;

/** Widths in characters, wide enough for a typical value of each field without a scan of the rows. */
const fieldWidths: Readonly<Record<PayeeField, number>> = {
  name: 28,
  accountNo: 20,
  accountType: 14,
  bank: 18,
  amount: 16,
  phone: 15,
  email: 28,
  description: 32,
  reference: 18,
  partnerUserId: 16,
  transactionId: 20,
  refundFee: 14,
};

/**
 * The rows with their problems as an .xlsx the accountant can fix in Excel and import again:
 * the mapped columns under their own headers (so header detection maps them as before), then
 * the sheet row and the problems, which no payee field's header names. Every cell is a plain
 * value, never a formula; texts stay texts, so account numbers keep their leading zeros.
 * With no rows, the sheet has its header row only.
 */
export async function writeProblemsWorkbook(input: ProblemsWorkbookInput): Promise<Uint8Array> {
  return writeRowsBack({ ...input, noteHeader: problemsHeader, rows: problemRows(input.rows) });
}

function* problemRows(rows: Iterable<CheckedRow>): Generator<SheetRowBack> {
  for (const row of rows) yield { row: row.row, payee: row.payee, note: problemsOf(row) };
}

/** The headers of a sheet of rows written back: the mapped columns, then the sheet row and the note. */
export function rowsBackHeaders(mapping: ColumnMapping, noteHeader: string): { fields: PayeeField[]; headers: string[] } {
  const fields = payeeFields.filter((field) => mapping[field] !== undefined);
  return { fields, headers: [...fields.map((field) => mapping[field] ?? field), sheetRowHeader, noteHeader] };
}

/**
 * Rows written back as an .xlsx in their sheet's own columns, which imports again as it is:
 * the problems workbook, and a sent batch's unpaid rows.
 */
export async function writeRowsBack(input: Omit<ProblemsWorkbookInput, 'rows'> & { readonly noteHeader: string; readonly rows: Iterable<SheetRowBack> }): Promise<Uint8Array> {
  // Loaded here, not at the top: the engine starts without paying for exceljs until a download.
  const { default: ExcelJS } = await import('exceljs');
  const { fields, headers } = rowsBackHeaders(input.mapping, input.noteHeader);

  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Streamed with inline strings: no workbook of cell objects and no shared-string table is
  // held, so memory follows the compressed file rather than the row count.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Paybatch';
  const sheet = workbook.addWorksheet(sheetNameFor(input.fileName), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = [
    ...fields.map((field, index) => ({
      width: Math.max(fieldWidths[field], (headers[index]?.length ?? 0) + 4),
      // Amounts are text (so they re-import exactly) but read like numbers, aligned right.
      ...(field === 'amount' ? { style: { alignment: { horizontal: 'right' as const } } } : {}),
    })),
    { width: 10 },
    { width: 90, style: { alignment: { wrapText: true, vertical: 'top' as const } } },
  ];

  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.commit();

  let written = 0;
  for (const row of input.rows) {
    sheet.addRow([...fields.map((field) => valueOf(row.payee, field, input.currency)), row.row, row.note]).commit();
    written += 1;
    if (written % rowsPerSlice === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: written + 1, column: headers.length } };
  sheet.commit();
  await workbook.commit();
  const file = Buffer.concat(chunks);
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}

/** The value as the accountant now has it, as text the importer reads back exactly. */
export function valueOf(payee: Payee, field: PayeeField, currency: Currency): string | null {
  if (field === 'amount' || field === 'refundFee') {
    const minor = payee[field];
    // Ungrouped: "1234.50" reads the same whatever convention the column is later given.
    return minor === null ? null : formatMinorNumber(minor, currency).replaceAll(',', '');
  }
  return payee[field];
}

/** Every message, errors before warnings, one per line. */
function problemsOf(row: CheckedRow): string {
  const ordered = [...row.issues.filter((i) => i.severity === 'error'), ...row.issues.filter((i) => i.severity !== 'error')];
  const text = ordered.map((i) => i.message).join('\n');
  if (text.length <= maxExcelCellChars) return text;
  const cut = maxExcelCellChars - 1;
  return `${text.slice(0, isHighSurrogate(text.charCodeAt(cut - 1)) ? cut - 1 : cut)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

const forbiddenInSheetName = /[[\]:*?/\\]/;

/** The file's name without its extension, as Excel allows a sheet name (31 characters, no []:*?/\). */
export function sheetNameFor(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  let name = '';
  // By code point, so a cut at 31 never leaves half a surrogate pair.
  for (const char of base) {
    if (name.length + char.length > 31) break;
    name += forbiddenInSheetName.test(char) || char < ' ' ? ' ' : char;
  }
  name = name.replace(/^['\s]+|['\s]+$/g, '');
  return name === '' || name.toLowerCase() === 'history' ? 'Problems' : name;
}
