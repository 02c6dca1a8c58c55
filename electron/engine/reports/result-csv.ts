import { formatMinorNumber } from '../../../shared/import/format-amount.js';
import type { Currency } from '../../../shared/import/model.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import { csvRecord, safeCellText } from '../../../shared/reports/cell-guard.js';
import { reportColumns, type ReportBatch, type ReportCell, type ReportRow } from '../../../shared/reports/report-columns.js';
import { localTimeText } from '../../../shared/reports/report-times.js';

export type ResultCsvInput = { readonly batch: ReportBatch; readonly rows: AsyncIterable<ReportRow>; readonly tr: Translator };

/** UTF-8's byte order mark: Excel reads a CSV as UTF-8 (Vietnamese and Thai intact) only with it. */
const bom = '\uFEFF';

/**
 * The result report as CSV: the Results sheet's columns and rows, UTF-8 with a BOM, each field
 * quoted as RFC 4180 says, lines ended by CRLF. Texts are neutralized so none runs as a formula;
 * amounts are plain numbers (`-1234.50`, no grouping), which spreadsheet programs read as numbers.
 */
export async function writeResultCsv(input: ResultCsvInput): Promise<{ bytes: Uint8Array; rows: number }> {
  const columns = reportColumns(input.batch, input.tr);
  const chunks: Buffer[] = [Buffer.from(bom + csvRecord(columns.map((c) => safeCellText(c.header))), 'utf8')];
  let lines: string[] = [];
  let rows = 0;
  for await (const row of input.rows) {
    lines.push(csvRecord(columns.map((column) => csvText(column.cell(row), input.batch.currency))));
    rows += 1;
    if (lines.length === 2_000) {
      chunks.push(Buffer.from(lines.join(''), 'utf8'));
      lines = [];
    }
  }
  chunks.push(Buffer.from(lines.join(''), 'utf8'));
  const file = Buffer.concat(chunks);
  return { bytes: new Uint8Array(file.buffer, file.byteOffset, file.byteLength), rows };
}

/** One cell as CSV text: texts guarded, amounts exact and ungrouped, times as the local clock read. */
export function csvText(cell: ReportCell, currency: Currency): string {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
    case 'status':
      return safeCellText(cell.text);
    case 'money':
      return formatMinorNumber(cell.minor, currency).replaceAll(',', '');
    case 'count':
      return String(cell.value);
    case 'time':
      return safeCellText(localTimeText(cell.iso));
  }
}
