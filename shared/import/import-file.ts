import { buildPayees } from './build-payees.js';
import { decodeText, type TextEncoding } from './decode-text.js';
import { detectHeaderRow } from './detect-header-row.js';
import { sniffFileKind } from './file-kind.js';
import { ImportFailure } from './import-failure.js';
import { fileTooLarge, maxFileBytes, maxRows, tooManyRows } from './import-limits.js';
import { applyMapping, autoMapColumns, headerSignature, mappingByHeader, type ColumnIndexMapping } from './map-columns.js';
import type { AmountFormat, ColumnMapping, Currency, ExcludedRow, ImportedRow, PayeeField } from './model.js';
import { cellText, countDataRows, hasDataRows, isBlankRow, type RawSheet } from './raw-sheet.js';
import { readCsv, type CsvDelimiter } from './read-csv.js';
import type { SheetSummary, WorkbookReader } from './workbook-read.js';
import { cleanText } from './text-normalize.js';
import type { Operation } from '../providers/operations.js';

export type ImportOptions = {
  readonly currency?: Currency;
  /** A payroll (payouts, the default) or a refund sheet: which columns are looked for. */
  readonly operation?: Operation;
  readonly amountFormat?: AmountFormat;
  readonly encoding?: TextEncoding;
  readonly sheet?: string;
  /** Field → header text; fields left out are not imported. Replaces the automatic mapping. */
  readonly mapping?: ColumnMapping;
  /** The header's row number as the user sees it, when detection picked the wrong one. */
  readonly headerRow?: number;
};

export type ColumnInfo = { readonly index: number; readonly header: string; readonly field: PayeeField | null; readonly samples: string[] };

export type ImportResult = {
  readonly file: string;
  readonly kind: 'csv' | 'xlsx';
  readonly sheet: string;
  readonly sheets: SheetSummary[];
  readonly headerRow: number;
  readonly headerSignature: string;
  readonly encoding: TextEncoding | null;
  readonly delimiter: CsvDelimiter | null;
  readonly currency: Currency;
  readonly amountFormat: AmountFormat;
  readonly mapping: ColumnMapping;
  readonly columns: ColumnInfo[];
  /** Mapped headers that this sheet does not have (from a saved or imported mapping). */
  readonly missingColumns: Array<{ field: PayeeField; header: string }>;
  readonly excludedRows: ExcludedRow[];
  readonly rows: ImportedRow[];
};


export type ImportProgress = { readonly phase: 'reading' | 'checking'; readonly done: number; readonly total: number };

/** A file read into rows, before any mapping: kept by the worker so a new mapping is quick. */
export type SheetRead = { readonly sheet: RawSheet; readonly facts: FileFacts };

type FileFacts = Pick<ImportResult, 'file' | 'kind' | 'sheets' | 'encoding' | 'delimiter'>;

/**
 * A payroll file (bytes) → canonical payees. Pure: the caller supplies how workbooks are
 * read (in memory in the browser worker, streamed in Node).
 */
export async function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions, readWorkbook: WorkbookReader, onProgress?: (progress: ImportProgress) => void): Promise<ImportResult> {
  return processSheet(await readSheet(bytes, fileName, options, readWorkbook), options, onProgress);
}

/** Bytes → rows: file type, encoding, delimiter or sheet. Everything that needs the bytes. */
export async function readSheet(bytes: Uint8Array, fileName: string, options: Pick<ImportOptions, 'encoding' | 'sheet'>, readWorkbook: WorkbookReader): Promise<SheetRead> {
  if (bytes.length > maxFileBytes) throw fileTooLarge(fileName, bytes.length);
  const kind = sniffFileKind(bytes);
  if (kind === 'empty') throw new ImportFailure('empty', `${fileName} is empty (0 bytes). Check that you chose the right file and that it finished saving.`, undefined, { file: fileName });
  if (kind === 'xls') {
    throw new ImportFailure('xls_legacy', `${fileName} is an old Excel 97–2003 (.xls) workbook, which Paybatch does not read. Open it in Excel, choose File → Save As → Excel Workbook (.xlsx), and import the .xlsx.`, undefined, { file: fileName });
  }
  if (/\.xlsx$/i.test(fileName) && kind !== 'xlsx') {
    throw new ImportFailure('xlsx_not_zip', `${fileName} is named like an Excel workbook but is not one (its contents are not an .xlsx archive). Open it in Excel and save it again as .xlsx, or export the payroll as CSV.`, undefined, { file: fileName });
  }
  // UTF-16 without a byte-order mark looks like binary data until the user names it.
  if (kind === 'binary' && options.encoding === undefined) throw new ImportFailure('not_a_sheet', `${fileName} is not a spreadsheet: it is neither CSV/text nor an Excel .xlsx workbook. Choose the payroll file (.xlsx, .csv or .txt).`, undefined, { file: fileName });

  if (kind === 'xlsx') {
    const read = await readWorkbook(bytes, fileName, options.sheet);
    return { sheet: read.sheet, facts: { file: fileName, kind, sheets: read.sheets, encoding: null, delimiter: null } };
  }
  if (options.sheet !== undefined && options.sheet !== fileName) {
    throw new ImportFailure('sheet_not_found', `${fileName} is a CSV/text file, which has no sheet named "${options.sheet}": it has one sheet only. Leave out the sheet choice.`, undefined, { file: fileName, sheet: options.sheet, variant: 'csv', sheets: '' });
  }
  const decoded = decodeText(bytes, options.encoding);
  const { sheet, delimiter } = readCsv(decoded.text, fileName);
  return { sheet, facts: { file: fileName, kind: 'csv', sheets: [{ name: fileName, rows: countDataRows(sheet.rows) }], encoding: decoded.encoding, delimiter } };
}

/** Rows → payees: header, mapping, currency, amounts. Re-run alone when only those change. */
export function processSheet({ sheet, facts }: SheetRead, options: ImportOptions, onProgress?: (progress: ImportProgress) => void): ImportResult {
  if (!hasDataRows(sheet.rows)) throw new ImportFailure('no_data', `${facts.file} has no data: every row is empty.`, undefined, { file: facts.file, variant: 'rows' });
  if (sheet.rows.length > maxRows) throw tooManyRows(facts.file);
  const headerIndex = findHeader(sheet, facts.file, options.headerRow);
  const headerRow = sheet.rows[headerIndex];
  if (!headerRow) throw new ImportFailure('no_header', `${facts.file}: the header row could not be found.`, undefined, { file: facts.file, variant: 'missing' });
  const headers = headerRow.map((cell, index) => cleanText(cellText(cell)) || `Column ${index + 1}`);
  const start = headerIndex + 1;
  if (!hasDataRows(sheet.rows, start)) {
    throw new ImportFailure('no_data_rows', `${facts.file} has a header row (row ${headerIndex + 1}) but no payee rows below it. Add the payees, or choose the file that has them.`, undefined, { file: facts.file, headerRow: headerIndex + 1 });
  }
  let mapping: ColumnIndexMapping;
  let missingColumns: ImportResult['missingColumns'] = [];
  if (options.mapping) {
    const applied = applyMapping(headers, options.mapping);
    mapping = applied.mapping;
    missingColumns = applied.missing;
  } else {
    mapping = autoMapColumns(headers, options.operation);
  }
  const currency = options.currency ?? guessCurrency(headers, sheet);
  const total = sheet.rows.length - start;
  const built = buildPayees(sheet.rows, start, { headers, mapping, currency, amountFormat: options.amountFormat ?? 'auto' }, onProgress && ((done) => onProgress({ phase: 'checking', done, total })));
  const fieldAt = new Map(Object.entries(mapping).map(([field, index]) => [index, field as PayeeField]));
  return {
    ...facts,
    sheet: sheet.name,
    headerRow: headerIndex + 1,
    headerSignature: headerSignature(headers),
    currency,
    amountFormat: built.amountFormat,
    mapping: mappingByHeader(headers, mapping),
    columns: headers.map((header, index) => ({ index, header, field: fieldAt.get(index) ?? null, samples: samplesOf(sheet.rows, start, index) })),
    missingColumns,
    excludedRows: built.excludedRows,
    rows: built.rows,
  };
}

function findHeader(sheet: RawSheet, file: string, wanted: number | undefined): number {
  if (wanted !== undefined) {
    const index = wanted - 1;
    if (isBlankRow(sheet.rows[index])) throw new ImportFailure('no_header', `${file}: row ${wanted} is empty or does not exist, so it cannot be the header row.`, undefined, { file, wanted, variant: 'blank' });
    return index;
  }
  const detected = detectHeaderRow(sheet.rows);
  if (detected === null) {
    // Worded for the CLI; the window opens its row picker instead of showing this (import.worker.ts).
    throw new ImportFailure(
      'no_header',
      `${file}: Paybatch could not find the header row (a row naming columns such as "Họ và tên", "Số tài khoản", "Số tiền"). Give its row number with --header-row N.`,
      undefined,
      { file, variant: 'not_found' },
    );
  }
  return detected;
}

/** THB when the sheet is written in Thai or its amounts say baht; VND otherwise. */
function guessCurrency(headers: readonly string[], sheet: RawSheet): Currency {
  if (headers.some((h) => /[\u0e00-\u0e7f]/.test(h) || /\b(thb|baht)\b/i.test(h))) return 'THB';
  const sample = sheet.rows.slice(0, 200).flatMap((row) => (row ?? []).map((cell) => cellText(cell)));
  return sample.some((text) => /฿|บาท|\bTHB\b/i.test(text)) ? 'THB' : 'VND';
}

function samplesOf(rows: RawSheet['rows'], start: number, index: number): string[] {
  const samples: string[] = [];
  for (let i = start; i < rows.length; i += 1) {
    const text = cleanText(cellText(rows[i]?.[index]));
    if (text !== '') samples.push(text);
    if (samples.length === 3) break;
  }
  return samples;
}
