import { maxColumns } from './excel-cell.js';
import { ImportFailure } from './import-failure.js';
import type { RawSheet } from './raw-sheet.js';

/**
 * What every workbook reader gives back, and the choices they share. Kept apart from any
 * reader, so the worker's own reader does not pull exceljs into its bundle.
 */
export type SheetSummary = { readonly name: string; readonly rows: number };
export type WorkbookRead = { readonly sheets: SheetSummary[]; readonly sheet: RawSheet };

/** Reads one sheet of a workbook (the SAX reader in the worker and the CLI; exceljs in tests). */
export type WorkbookReader = (bytes: Uint8Array, fileName: string, wantedSheet?: string) => Promise<WorkbookRead>;

/** The sheet asked for, or the first one with data; a clear message when neither exists. */
export function chooseSheet(sheets: readonly SheetSummary[], fileName: string, wanted?: string): SheetSummary {
  if (wanted !== undefined) {
    const found = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
    if (!found) {
      throw new ImportFailure('sheet_not_found', `${fileName} has no sheet named "${wanted}". Its sheets are: ${sheets.map((s) => `"${s.name}"`).join(', ')}.`, undefined, {
        file: fileName,
        sheet: wanted,
        variant: 'xlsx',
        sheets: sheets.map((s) => `"${s.name}"`).join(', '),
      });
    }
    return found;
  }
  const first = sheets.find((s) => s.rows > 0);
  if (!first) throw new ImportFailure('no_data', `${fileName} has no data in any of its sheets. Check that you chose the right file.`, undefined, { file: fileName, variant: 'sheets' });
  return first;
}

export function damaged(fileName: string, error: unknown): ImportFailure {
  if (error instanceof ImportFailure) return error;
  // exceljs stops at Excel's own limit (16,384 columns, XFD) with "out of bounds".
  if (error instanceof Error && /out of bounds(\. Excel supports columns|\. Invalid column letter)/i.test(error.message)) {
    return new ImportFailure('too_many_columns', `${fileName} has data beyond Excel's last column (XFD); Paybatch reads at most ${maxColumns} columns. Copy the payroll columns into a new sheet and import that.`, error.message, { file: fileName, max: maxColumns, variant: 'xfd' });
  }
  return new ImportFailure(
    'xlsx_damaged',
    `${fileName} could not be read as an Excel workbook: it is damaged or incomplete. Open it in Excel, save it again as .xlsx, and import that copy.`,
    String(error),
    { file: fileName, variant: 'read' },
  );
}
