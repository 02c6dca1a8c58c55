import { z } from 'zod';

const auditFilter = z.object({ action: z.string().max(64).optional(), batchId: z.string().max(64).optional(), from: z.string().max(40).optional(), to: z.string().max(40).optional() }).strict();

/** One entry of the audit log: what was done, when, to which batch, never a secret. */
export const auditEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  action: z.string(),
  batchId: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditMethods = {
  'audit.list': {
    input: auditFilter.extend({ offset: z.number().int().nonnegative().optional(), limit: z.number().int().nonnegative().max(500).optional() }).strict(),
    output: z.object({ entries: z.array(auditEntrySchema), matching: z.number().int() }),
  },
  'audit.export': {
    input: auditFilter,
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
  /** The whole chain checked: the first entry edited, missing or out of order, by its number. */
  'audit.verify': {
    input: z.object({}).strict(),
    output: z.object({ ok: z.boolean(), entries: z.number().int(), broken: z.object({ seq: z.number().int(), reason: z.enum(['edited', 'missing', 'reordered']) }).nullable() }),
  },
} as const;
