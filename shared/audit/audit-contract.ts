import { z } from 'zod';
import { auditActions } from './audit-actions.js';

/** Which entries: by action, by batch, by time (ISO, from inclusive, to exclusive). */
const auditFilter = z
  .object({
    action: z.enum(auditActions).optional(),
    batchId: z.string().max(64).optional(),
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilter>;

/** Entries one `audit.list` page may carry. */
export const auditPageMax = 500;

/** One entry of the audit log: what was done, when, to which batch, never a secret. */
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  action: z.string(),
  batchId: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditBreakReasons = ['edited', 'missing', 'reordered'] as const;
export type AuditBreakReason = (typeof auditBreakReasons)[number];

export const auditVerdictSchema = z.object({
  ok: z.boolean(),
  /** Entries read. */
  entries: z.number().int(),
  /** The first entry that is not as it was written: changed, gone, or moved from its place. */
  broken: z.object({ seq: z.number().int(), reason: z.enum(auditBreakReasons) }).nullable(),
});
export type AuditVerdict = z.infer<typeof auditVerdictSchema>;

export const auditMethods = {
  /** A page of entries, newest first unless `oldestFirst`; `matching` counts every entry the filter matches. */
  'audit.list': {
    input: auditFilter
      .extend({
        offset: z.number().int().nonnegative().optional(),
        limit: z.number().int().nonnegative().max(auditPageMax).optional(),
        oldestFirst: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ entries: z.array(auditEntrySchema), matching: z.number().int() }),
  },
  /** The matching entries as CSV (UTF-8 with BOM, cells neutralized), with their hashes, oldest first. */
  'audit.export': {
    input: auditFilter,
    output: z.object({ fileName: z.string(), base64: z.string(), entries: z.number().int() }),
  },
  /** The whole chain checked: the first entry edited, missing or out of order, by its number. */
  'audit.verify': {
    input: z.object({}).strict(),
    output: auditVerdictSchema,
  },
} as const;
