import { z } from 'zod';
import { batchIdSchema } from '../batches/batch-contract.js';
import { languages } from '../i18n/languages.js';

/** The result report's formats (issue #15: what happened to every row, as accountants file it). */
export const reportFormats = ['xlsx', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export const reportMethods = {
  /**
   * A batch's result report as a file: the window saves or downloads it, the CLI writes it.
   * `language`: the words of the report (headers, statuses, errors, Summary); left out, the
   * language of the computer the engine runs on. `fileName` is a suggestion (the source file's
   * name, then the batch); `rows` how many rows the report holds.
   */
  'report.export': {
    input: z.object({ batchId: batchIdSchema, format: z.enum(reportFormats), language: z.enum(languages).optional() }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int().nonnegative() }),
  },
} as const;
