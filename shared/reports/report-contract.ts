import { z } from 'zod';
import { batchIdSchema } from '../batches/batch-contract.js';

/** The result report's formats (issue #15: what happened to every row, as accountants file it). */
export const reportFormats = ['xlsx', 'csv'] as const;

export const reportMethods = {
  /** A batch's result report as a file: the window saves or downloads it, the CLI writes it. */
  'report.export': {
    input: z.object({ batchId: batchIdSchema, format: z.enum(reportFormats) }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
} as const;
