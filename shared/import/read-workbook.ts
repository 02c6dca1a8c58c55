import ExcelJS from 'exceljs';
import { rawRowOf } from './excel-cell.js';
import type { RawRow } from './raw-sheet.js';
import { chooseSheet, damaged, type WorkbookReader } from './workbook-read.js';
import { inspectWorkbookZip } from './zip-guard.js';

/**
 * The whole workbook in memory with exceljs: holds every sheet as exceljs objects (~520 MB for
 * 100,000 rows), so Paybatch itself reads with the SAX reader (xlsx/); this is the reference the
 * tests check that reader against, and exceljs a development dependency only.
 */
export const readWorkbookInMemory: WorkbookReader = async (bytes, fileName, wantedSheet) => {
  inspectWorkbookZip(bytes, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw damaged(fileName, error);
  }
  const sheets = workbook.worksheets.map((ws) => ({ name: ws.name, rows: ws.actualRowCount }));
  const chosen = chooseSheet(sheets, fileName, wantedSheet);
  const worksheet = workbook.getWorksheet(chosen.name);
  const rows: Array<RawRow | undefined> = [];
  worksheet?.eachRow({ includeEmpty: false }, (row) => {
    const raw = rawRowOf(row, chosen.name);
    if (raw) rows[row.number - 1] = raw;
  });
  return { sheets, sheet: { name: chosen.name, rows } };
};
