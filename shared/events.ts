import { z } from 'zod';

/**
 * Events flow from the engine to the renderer only. Each carries its own `type` so one stream
 * can multiplex them; the renderer ignores types it does not know yet.
 */
export const rowStatuses = [
  'ready',
  'sending',
  'accepted',
  'succeeded',
  'failed',
  'rejected',
  'unknown',
  'needs_review',
  'cancelled',
] as const;

export const rowStatusEvent = z.object({
  type: z.literal('row.status'),
  batchId: z.string(),
  rowId: z.string(),
  status: z.enum(rowStatuses),
  message: z.string().optional(),
});

export const batchProgressEvent = z.object({
  type: z.literal('batch.progress'),
  batchId: z.string(),
  total: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  byStatus: z.partialRecord(z.enum(rowStatuses), z.number().int().nonnegative()),
  /** The batch's own status (sending, paused, finished, cancelled), when it is being sent. */
  status: z.string().optional(),
  /** Whether rows of the batch are still being sent or followed; false once its run has ended. */
  running: z.boolean().optional(),
  rowsPerSecond: z.number().nullable().optional(),
  secondsLeft: z.number().nullable().optional(),
});

export const eventSchema = z.discriminatedUnion('type', [rowStatusEvent, batchProgressEvent]);

export type PaybatchEvent = z.infer<typeof eventSchema>;
export type RowStatus = (typeof rowStatuses)[number];
