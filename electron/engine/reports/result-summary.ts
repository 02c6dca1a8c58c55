import type ExcelJS from 'exceljs';
import type { Translator } from '../../../shared/i18n/translator.js';
import { safeCellText } from '../../../shared/reports/cell-guard.js';
import { statusWord, type ReportBatch } from '../../../shared/reports/report-columns.js';
import type { ReportTally } from '../../../shared/reports/report-tally.js';
import { excelSerialOf, timeZoneLabel } from '../../../shared/reports/report-times.js';
import { providerRules } from '../../../shared/providers/provider-rules.js';
import { headerFill, moneyFormat, statusColours, timeFormat, unitsOf } from './result-styles.js';

export type SummaryInput = { readonly batch: ReportBatch; readonly tr: Translator; readonly now: Date; readonly tally: ReportTally };

type Value = { readonly text: string } | { readonly money: number } | { readonly time: string | null } | { readonly count: number };

/**
 * The Summary sheet: what the batch is (id, provider, operation, environment, status, the
 * source file and its SHA-256, the approved content's, when it was approved, sent and
 * finished, when the report was made and in which time zone), its figures, then the rows and
 * amounts in each status with the total. Counted from the rows the Results sheet holds.
 */
export function writeSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, input: SummaryInput): void {
  const { batch, tr, tally } = input;
  const sheet = workbook.addWorksheet(tr.t('report.sheet.summary'));
  sheet.columns = [{ width: 30 }, { width: 68 }, { width: 20 }];
  const money = moneyFormat(batch.currency);

  const title = sheet.addRow([safeCellText(tr.t('report.summary.title', { operation: batch.operation }))]);
  title.font = { bold: true, size: 14 };
  title.commit();
  sheet.addRow([]).commit();

  const facts: ReadonlyArray<readonly [string, Value]> = [
    [tr.t('report.summary.batch'), { text: batch.batchId }],
    [tr.t('report.summary.provider'), { text: providerRules[batch.provider].name }],
    [tr.t('report.summary.operation'), { text: tr.t('report.summary.operationName', { operation: batch.operation }) }],
    [tr.t('report.summary.environment'), { text: batch.environment ? (tr.maybe(`settings.env.${batch.environment}`) ?? batch.environment) : tr.t('report.summary.notSent') }],
    [tr.t('report.summary.batchStatus'), { text: tr.maybe(`batchStatus.${batch.status}`) ?? batch.status }],
    [tr.t('report.summary.currency'), { text: batch.currency }],
    [tr.t('report.summary.file'), { text: batch.fileName }],
    [tr.t('report.summary.fileHash'), { text: batch.fileHash ?? '' }],
    [tr.t('report.summary.contentHash'), { text: batch.contentHash ?? '' }],
    [tr.t('report.summary.approvedAt'), { time: batch.approvedAt }],
    [tr.t('report.summary.sendStartedAt'), { time: batch.sendStartedAt }],
    [tr.t('report.summary.finishedAt'), { time: batch.finishedAt }],
    [tr.t('report.summary.exportedAt'), { time: input.now.toISOString() }],
    [tr.t('report.summary.timeZone'), { text: timeZoneLabel(input.now) }],
    [tr.t('report.summary.rows'), { count: tally.rows }],
    [tr.t('report.summary.total'), { money: tally.total }],
    [tr.t('report.column.amountDone', { operation: batch.operation }), { money: tally.done }],
    [tr.t('report.summary.fees'), { money: tally.fees }],
  ];
  for (const [label, value] of facts) {
    const row = sheet.addRow([safeCellText(label), cellOf(value, batch.currency)]);
    row.getCell(1).font = { bold: true };
    const format = 'money' in value ? money : 'time' in value ? timeFormat : null;
    if (format) {
      row.getCell(2).numFmt = format;
      row.getCell(2).alignment = { horizontal: 'left' };
    }
    row.commit();
  }
  sheet.addRow([]).commit();

  const head = sheet.addRow([tr.t('report.summary.status'), tr.t('report.summary.count'), tr.t('report.summary.amount')].map(safeCellText));
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: headerFill } };
  });
  head.commit();
  for (const line of tally.byStatus) {
    const row = sheet.addRow([safeCellText(statusWord(tr, line.status)), line.rows, unitsOf(line.amount, batch.currency)]);
    const colours = statusColours[line.status];
    row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
    row.getCell(1).font = { color: { argb: colours.font } };
    row.getCell(3).numFmt = money;
    row.commit();
  }
  const total = sheet.addRow([safeCellText(tr.t('report.summary.allRows')), tally.rows, unitsOf(tally.total, batch.currency)]);
  total.font = { bold: true };
  total.getCell(3).numFmt = money;
  total.commit();
  sheet.commit();
}

function cellOf(value: Value, currency: ReportBatch['currency']): string | number | null {
  if ('text' in value) return safeCellText(value.text);
  if ('money' in value) return unitsOf(value.money, currency);
  if ('count' in value) return value.count;
  return value.time === null ? null : excelSerialOf(value.time);
}
