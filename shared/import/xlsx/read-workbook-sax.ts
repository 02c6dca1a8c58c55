import type { RawRow } from '../raw-sheet.js';
import { chooseSheet, damaged, type SheetSummary, type WorkbookReader } from '../workbook-read.js';
import { inspectWorkbookZip, zipLimits, type ZipLimits } from '../zip-guard.js';
import { isDateFormat } from './cell-rules.js';
import { firstFailure, type KeptSheet } from './sheet-layout.js';
import { readSheetRows, type SheetContext } from './sheet-rows.js';
import { readCellFormats, readSharedStrings, readWorkbookPlan, type WorkbookPart } from './workbook-parts.js';
import { readZipEntries } from './zip-entries.js';

/**
 * A workbook reader that holds the file's bytes and the values of one sheet, nothing more:
 * each part is inflated piece by piece out of the zip and parsed with SAX as it comes, so a
 * 100,000-row sheet never exists as XML text or as an exceljs model. It gives what the exceljs
 * in-memory reader gives, cell for cell (see cell-rules.ts and sheet-layout.ts), and counts
 * the bytes it really inflates against `limits`, whatever sizes the zip declares.
 */
export function workbookReaderWithin(limits: ZipLimits): WorkbookReader {
  return async (bytes, fileName, wantedSheet) => {
    inspectWorkbookZip(bytes, fileName);
    let read: { sheets: SheetSummary[]; kept: KeptSheet | null };
    try {
      read = await readAllSheets(bytes, fileName, wantedSheet, limits);
    } catch (error) {
      throw damaged(fileName, error);
    }
    const chosen = chooseSheet(read.sheets, fileName, wantedSheet);
    const kept = read.kept?.name === chosen.name ? read.kept : null;
    // A failure met while reading the chosen sheet's cells, thrown as rawRowOf would throw it.
    const failure = kept ? firstFailure(kept) : null;
    if (failure) throw failure;
    const rows: Array<RawRow | undefined> = kept ? kept.rows : [];
    return { sheets: read.sheets, sheet: { name: chosen.name, rows } };
  };
}

export const readWorkbookSax: WorkbookReader = workbookReaderWithin(zipLimits);

/**
 * Every sheet is read, as exceljs reads them all, and counted; the cells are kept only for the
 * sheet asked for or, without one, the first sheet (in the workbook's order) that has data.
 */
async function readAllSheets(bytes: Uint8Array, fileName: string, wantedSheet: string | undefined, limits: ZipLimits): Promise<{ sheets: SheetSummary[]; kept: KeptSheet | null }> {
  const part: WorkbookPart = { bytes, entries: readZipEntries(bytes), budget: { fileName, limits, inflated: 0, startedAt: Date.now() } };
  const plan = await readWorkbookPlan(part);
  const formats = await readCellFormats(part);
  const context: SheetContext = { part, formats, dateStyles: formats?.map(isDateFormat) ?? [], sharedStrings: await readSharedStrings(part), date1904: plan.date1904 };
  const wantedIndex = wantedSheet === undefined ? -1 : indexOfWanted(plan.sheets, fileName, wantedSheet);
  const sheets: SheetSummary[] = [];
  let kept: KeptSheet | null = null;
  for (const [index, sheet] of plan.sheets.entries()) {
    const keep = wantedSheet === undefined ? kept === null : index === wantedIndex;
    const read = await readSheetRows(context, sheet, keep);
    sheets.push({ name: sheet.name, rows: read.rowCount });
    if (read.kept && (wantedSheet !== undefined || read.rowCount > 0)) kept = read.kept;
  }
  return { sheets, kept };
}

/** The sheet `chooseSheet` will pick by name; -1 leaves the refusal to it, after every sheet is read. */
function indexOfWanted(sheets: ReadonlyArray<{ name: string }>, fileName: string, wanted: string): number {
  const named = sheets.map((sheet) => ({ name: sheet.name, rows: 0 }));
  try {
    return named.indexOf(chooseSheet(named, fileName, wanted));
  } catch {
    return -1;
  }
}
