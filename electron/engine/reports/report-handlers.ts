import { languageOfFirst, type Language } from '../../../shared/i18n/languages.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import type { ReportFormat } from '../../../shared/reports/report-contract.js';
import { fitFileName } from '../../../shared/reports/file-name.js';
import type { ReportBatch } from '../../../shared/reports/report-columns.js';
import type { MethodHandlers } from '../engine.js';
import type { Db } from '../store/database.js';
import { reportBatch, reportRows } from './report-source.js';

/** The result report feature (issue #15 item 2): a batch's rows and what happened to each, as .xlsx or .csv. */
export function reportHandlers(db: Db): Pick<MethodHandlers, 'report.export'> {
  return {
    'report.export': async ({ batchId, format, language }) => {
      const batch = reportBatch(db, batchId);
      // Loaded with the first report, not when the engine starts.
      const { translator } = await import('../../../shared/i18n/translator.js');
      const tr = translator(language ?? hostLanguage());
      const rows = reportRows(db, batchId);
      const made =
        format === 'xlsx'
          ? await (await import('./result-workbook.js')).writeResultWorkbook({ batch, rows, tr, now: new Date() })
          : await (await import('./result-csv.js')).writeResultCsv({ batch, rows, tr });
      return { fileName: reportFileName(batch, format, tr), base64: Buffer.from(made.bytes).toString('base64'), rows: made.rows };
    },
  };
}

/**
 * The language of the computer the engine runs on, for a caller that does not say which it
 * reads (the window and the CLI say): the locale variables a terminal program reads, then the
 * system's own locale.
 */
export function hostLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  return languageOfFirst([env['LC_ALL'], env['LC_MESSAGES'], env['LANG'], Intl.DateTimeFormat().resolvedOptions().locale]);
}

/** The name the report is offered under: the source file's name without its extension, "result", the batch's first 8 characters. */
export function reportFileName(batch: Pick<ReportBatch, 'fileName' | 'batchId'>, format: ReportFormat, tr: Translator): string {
  const base = (batch.fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  return fitFileName(tr.t('report.fileName', { file: base, batch: batch.batchId.slice(0, 8) }), format);
}
