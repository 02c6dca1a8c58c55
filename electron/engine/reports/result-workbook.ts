import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { formatMinorNumber } from '../../../shared/import/format-amount.js';
import type { Currency } from '../../../shared/import/model.js';
import { rowStatuses, type RowStatus } from '../../../shared/events.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import { safeCellText } from '../../../shared/reports/cell-guard.js';
import { reportColumns, type ReportBatch, type ReportCell, type ReportColumn, type ReportRow } from '../../../shared/reports/report-columns.js';
import { reportTally } from '../../../shared/reports/report-tally.js';
import { excelSerialOf } from '../../../shared/reports/report-times.js';
import { writeSummarySheet } from './result-summary.js';
import { headerFill, moneyFormat, statusColours, timeFormat, unitsOf } from './result-styles.js';

export type ResultWorkbookInput = {
  readonly batch: ReportBatch;
  readonly rows: AsyncIterable<ReportRow>;
  readonly tr: Translator;
  /** When the report is made, as its Summary says. */
  readonly now: Date;
};

/** Rows written between pauses, so the engine keeps answering while a large report is made. */
const rowsPerSlice = 2_000;
/** Rows looked at for the columns' widths, before the first is written. */
const widthSample = 500;

/**
 * A batch's result report as an .xlsx: a Results sheet (the sheet's own columns, then what
 * happened to each row; status cells coloured; header row frozen, filters on) and a Summary
 * sheet. Streamed with the texts in their cells (no shared-string table to hold until the end,
 * which doubled the time and memory of 100,000 rows), so memory follows the compressed file.
 * Texts are neutralized so no cell can run as a formula; amounts, fees and times are numbers.
 */
export async function writeResultWorkbook(input: ResultWorkbookInput): Promise<{ bytes: Uint8Array; rows: number }> {
  // Loaded here, not at the top: the engine starts without paying for exceljs until a report.
  const { default: Excel } = await import('exceljs');
  const { batch, tr } = input;
  const columns = reportColumns(batch, tr);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Paybatch';

  const iterator = input.rows[Symbol.asyncIterator]();
  const sample: ReportRow[] = [];
  while (sample.length < widthSample) {
    const next = await iterator.next();
    if (next.done) break;
    sample.push(next.value);
  }

  const sheet = workbook.addWorksheet(tr.t('report.sheet.results'), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  sheet.columns = columns.map((column) => ({ width: widthOf(column, sample, batch.currency), style: styleOf(column, batch.currency) }));
  const header = sheet.addRow(columns.map((c) => safeCellText(c.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: headerFill } };
  });
  header.commit();

  // One style object per column and per status, shared by every cell that has it: exceljs
  // files a style it has seen before by the object, without working it out again.
  const columnStyles = columns.map((column) => styleOf(column, batch.currency));
  const statusStyles = statusStyleObjects();
  const tally = reportTally();
  let written = 0;
  const write = (row: ReportRow): void => {
    const cells = columns.map((column) => column.cell(row));
    const added = sheet.addRow(cells.map((cell) => valueOf(cell, batch.currency)));
    cells.forEach((cell, index) => {
      added.getCell(index + 1).style = (cell?.kind === 'status' ? statusStyles.get(cell.status) : columnStyles[index]) ?? {};
    });
    added.commit();
    tally.add(row);
    written += 1;
  };
  for (const row of sample) write(row);
  // A finished generator answers `done` again when asked: a short batch ends here at once.
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    write(next.value);
    if (written % rowsPerSlice === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: written + 1, column: columns.length } };
  sheet.commit();

  writeSummarySheet(workbook, { batch, tr, now: input.now, tally: tally.result() });
  await workbook.commit();
  const file = Buffer.concat(chunks);
  return { bytes: new Uint8Array(file.buffer, file.byteOffset, file.byteLength), rows: written };
}

/** A cell's value as exceljs writes it: texts guarded, amounts in the currency's units, times as Excel's serials. */
function valueOf(cell: ReportCell, currency: Currency): string | number | null {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'text':
    case 'status':
      return safeCellText(cell.text);
    case 'money':
      return unitsOf(cell.minor, currency);
    case 'count':
      return cell.value;
    case 'time':
      return excelSerialOf(cell.iso) ?? safeCellText(cell.iso);
  }
}

function statusStyleObjects(): ReadonlyMap<RowStatus, Partial<ExcelJS.Style>> {
  return new Map(
    rowStatuses.map((status) => {
      const colours = statusColours[status];
      return [status, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } }, font: { color: { argb: colours.font } } }] as const;
    }),
  );
}

function styleOf(column: ReportColumn, currency: Currency): Partial<ExcelJS.Style> {
  if (column.kind === 'money') return { numFmt: moneyFormat(currency) };
  if (column.kind === 'time') return { numFmt: timeFormat };
  if (column.kind === 'count') return { numFmt: '0' };
  return {};
}

/** Wide enough for the header and for the longest value of the first rows, within reason. */
function widthOf(column: ReportColumn, sample: readonly ReportRow[], currency: Currency): number {
  let widest = Math.min(column.header.length, 24);
  for (const row of sample) widest = Math.max(widest, shownLength(column.cell(row), currency));
  return Math.min(60, Math.max(8, widest + 2));
}

function shownLength(cell: ReportCell, currency: Currency): number {
  if (cell === null) return 0;
  switch (cell.kind) {
    case 'text':
    case 'status':
      return cell.text.length;
    case 'money':
      return formatMinorNumber(cell.minor, currency).length;
    case 'count':
      return String(cell.value).length;
    case 'time':
      return timeFormat.length;
  }
}
