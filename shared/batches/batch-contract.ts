import { z } from 'zod';
import { columnsSchema } from '../import/mapping-file.js';
import { payeeFields } from '../import/model.js';
import { payeeSchema, sourcesSchema } from '../import/payee-schema.js';
import { providerIds } from '../providers/provider-ids.js';
import { operations } from '../providers/operations.js';
import { fixKinds } from '../review/review-types.js';
import { languages } from '../i18n/languages.js';

/**
 * The batch methods' shapes: a batch is the engine's from the moment a file is imported
 * (draft), through approval (frozen), to sending and its end. The window only shows pages of it.
 */
export const batchStatuses = ['draft', 'approved', 'sending', 'paused', 'finished', 'cancelled', 'discarded'] as const;
export type BatchStatus = (typeof batchStatuses)[number];

const providerId = z.enum(providerIds);
const operation = z.enum(operations);
const currency = z.enum(['VND', 'THB']);
const payeeField = z.enum(payeeFields);
const hash = z.string().regex(/^[0-9a-f]{64}$/);
export const batchIdSchema = z.string().regex(/^[0-9a-f-]{36}$/);

/** Rows one `batch.addRows` call may carry: small enough that neither side stalls on one message. */
export const rowsPerCall = 5000;
/** Rows one `batch.get` page may carry. */
export const rowsPerPage = 500;

const issueSchema = z.object({
  field: payeeField.nullable(),
  column: z.string().max(500).nullable(),
  severity: z.enum(['error', 'warning']),
  code: z.string().max(64),
  message: z.string().max(2000),
  /** What a translated message needs, and what the cell said when it could not be read (`written`). */
  params: z.record(z.string(), z.union([z.string().max(2000), z.number()])).optional(),
});

/** A row as the import read it (a cell it could not read is quoted in its issue's `written` parameter). */
export const importedRowSchema = z
  .object({
    row: z.number().int().positive(),
    payee: payeeSchema,
    sources: sourcesSchema,
    issues: z.array(issueSchema).max(50),
  })
  .strict();

export const batchInfoSchema = z.object({
  batchId: z.string(),
  provider: providerId,
  /** Payouts, or (HiTechPAY) refunds of captured payments. */
  operation,
  currency,
  fileName: z.string(),
  fileHash: z.string().nullable(),
  status: z.enum(batchStatuses),
  rowCount: z.number().int(),
  /** Included rows' amounts, minor units (a draft's as it stands now). */
  total: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  approvedAt: z.string().nullable(),
  /** Where it was sent (Practice, Sandbox, Production); null until it is. */
  environment: z.string().nullable(),
  contentHash: z.string().nullable(),
  /** The approved batch this one pays again, by the accountant's explicit choice. */
  repeatOf: z.string().nullable(),
  /** The sent batch whose failed and rejected rows this one sends again (Retry). */
  retryOf: z.string().nullable(),
});
export type BatchInfo = z.infer<typeof batchInfoSchema>;

export const reviewIssueSchema = issueSchema.extend({ fix: z.object({ kind: z.enum(fixKinds), value: z.string(), label: z.string() }).optional() });

/** A row as Review shows it: what it is now, what it was before the accountant changed it, and its checks. */
export const reviewRowViewSchema = z.object({
  index: z.number().int().nonnegative(),
  row: z.number().int(),
  payee: payeeSchema,
  sources: sourcesSchema,
  issues: z.array(reviewIssueSchema),
  excluded: z.boolean(),
  acknowledged: z.array(z.string()),
  state: z.enum(['excluded', 'error', 'warning', 'ok']),
  /** Per edited field, the value the import read (null: the cell was empty or unreadable). */
  original: z.partialRecord(payeeField, z.union([z.string(), z.number()]).nullable()),
  /** Per field that could not be read, the cell as written. */
  written: z.partialRecord(payeeField, z.string()),
});
export type ReviewRowView = z.infer<typeof reviewRowViewSchema>;

export const rowFilterSchema = z.union([
  z.enum(['all', 'problems', 'errors', 'warnings', 'excluded', 'edited']),
  z.object({ code: z.string().max(64) }).strict(),
]);
export type RowFilter = z.infer<typeof rowFilterSchema>;

/** One change to a draft. Bulk changes apply to every included row they fit, as one undoable step. */
export const batchChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set'), index: z.number().int().nonnegative(), field: payeeField, text: z.string().max(2000) }).strict(),
  z.object({ kind: z.literal('fix'), index: z.number().int().nonnegative(), field: payeeField, fix: z.enum(fixKinds) }).strict(),
  z.object({ kind: z.literal('exclude'), index: z.number().int().nonnegative(), excluded: z.boolean() }).strict(),
  z.object({ kind: z.literal('acknowledge'), index: z.number().int().nonnegative(), code: z.string().max(64) }).strict(),
  z.object({ kind: z.literal('fixAll'), field: payeeField, fix: z.enum(fixKinds) }).strict(),
  z.object({ kind: z.literal('acknowledgeAll'), code: z.string().max(64) }).strict(),
  /** Exclude every included row with an error, or with the problem `code`. */
  z.object({ kind: z.literal('excludeAll'), code: z.string().max(64).nullable() }).strict(),
  /** Takes back the change the undo offer shown names (its `step`), and only while it is the latest: a second click never takes back the one before it. */
  z.object({ kind: z.literal('undo'), step: z.number().int().positive() }).strict(),
]);
export type BatchChange = z.infer<typeof batchChangeSchema>;

const undoSchema = z.object({ kind: z.string(), rows: z.number().int(), step: z.number().int().positive() }).nullable();

const tallySchema = z.object({
  rows: z.number().int(),
  included: z.number().int(),
  valid: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  excluded: z.number().int(),
  currency,
  total: z.number().int(),
  blocker: z.string().nullable(),
});

const offersSchema = z.object({
  fixes: z.array(z.object({ field: payeeField, kind: z.enum(fixKinds), count: z.number().int() })),
  warnings: z.array(z.object({ code: z.string(), count: z.number().int() })),
  /** Every problem on included rows, by code: what "exclude all with this problem" offers. */
  problems: z.array(z.object({ code: z.string(), severity: z.enum(['error', 'warning']), count: z.number().int() })),
});

/** What the Approve step shows before the total is typed. */
const approvalFactsSchema = z.object({
  edited: z.number().int(),
  acknowledged: z.number().int(),
  banks: z.array(z.object({ bank: z.string(), count: z.number().int(), total: z.number().int() })),
  /** Approved batches with this file or the same payees and amounts. */
  earlier: z.array(z.object({ batchId: z.string(), fileName: z.string(), approvedAt: z.string().nullable(), status: z.enum(batchStatuses), sameContent: z.boolean(), rowCount: z.number().int(), total: z.number().int() })),
});

export const batchMethods = {
  'batch.create': {
    input: z
      .object({
        provider: providerId,
        /** Payouts when left out. */
        operation: operation.optional(),
        currency,
        fileName: z.string().min(1).max(500),
        fileHash: hash,
        sheet: z.string().max(500).nullable(),
        headerSignature: z.string().max(10_000),
        mapping: columnsSchema,
        amountFormat: z.enum(['auto', 'dot-decimal', 'comma-decimal']),
        rowCount: z.number().int().positive().max(500_000),
      })
      .strict(),
    output: z.object({ batchId: z.string(), earlier: z.array(batchInfoSchema) }),
  },
  'batch.addRows': {
    input: z.object({ batchId: batchIdSchema, rows: z.array(importedRowSchema).min(1).max(rowsPerCall) }).strict(),
    output: z.object({ received: z.number().int(), complete: z.boolean() }),
  },
  'batch.list': {
    input: z.object({ includeDiscarded: z.boolean().optional() }).strict(),
    output: z.array(batchInfoSchema),
  },
  'batch.get': {
    input: z
      .object({
        batchId: batchIdSchema,
        filter: rowFilterSchema.optional(),
        offset: z.number().int().nonnegative().optional(),
        /**
         * Only rows at this row index or after ('next'), or before it ('previous', the last
         * `limit` of them): how the keyboard finds the next problem without paging through.
         */
        near: z.object({ index: z.number().int().nonnegative(), direction: z.enum(['next', 'previous']) }).strict().optional(),
        limit: z.number().int().nonnegative().max(rowsPerPage).optional(),
        approval: z.boolean().optional(),
      })
      .strict(),
    output: z.object({
      batch: batchInfoSchema,
      mapping: z.partialRecord(payeeField, z.string()),
      /** Rows checked so far while the engine checks the draft; null once done. */
      checking: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
      tally: tallySchema.nullable(),
      offers: offersSchema,
      /** Per field, the longest value any row holds, in characters (capped): how wide its column must be. */
      columnChars: z.partialRecord(payeeField, z.number().int()),
      /** Rows the filter matches; `rows` is the page of them from `offset`. */
      matched: z.number().int(),
      rows: z.array(reviewRowViewSchema),
      undo: undoSchema,
      approval: approvalFactsSchema.nullable(),
    }),
  },
  'batch.edit': {
    input: z.object({ batchId: batchIdSchema, change: batchChangeSchema, preview: z.boolean().optional() }).strict(),
    output: z.object({
      /** Rows the change applies (or, previewed, would apply) to. */
      rows: z.number().int(),
      examples: z.array(z.object({ row: z.number().int(), field: payeeField.nullable(), before: z.string().nullable(), after: z.string().nullable() })),
      undo: undoSchema,
      /** The counts once the change is made: the window shows them without asking again. */
      tally: tallySchema,
    }),
  },
  'batch.discard': {
    input: z.object({ batchId: batchIdSchema }).strict(),
    output: z.object({ status: z.enum(batchStatuses) }),
  },
  'batch.approve': {
    input: z
      .object({
        batchId: batchIdSchema,
        /** The total as the accountant typed it to confirm. */
        typedTotal: z.string().max(64),
        /** The earlier batch the accountant confirmed paying again ("pay these people again"). */
        payAgain: batchIdSchema.optional(),
      })
      .strict(),
    output: z.object({ batchId: z.string(), contentHash: z.string(), rowCount: z.number(), total: z.number(), firstOrderId: z.string() }),
  },
  /** A new draft of the batch's failed and rejected rows (new order ids at its approval), linked to it, for Review again. */
  'batch.retry': {
    input: z.object({ batchId: batchIdSchema }).strict(),
    output: z.object({ batchId: z.string(), rows: z.number().int(), total: z.number().int() }),
  },
  /** The rows not paid (failed, rejected, cancelled) as a sheet in the batch's own columns, which imports again as it is. */
  'batch.unsent': {
    /** `language`: the words of the note column and the file's name; English when left out. */
    input: z.object({ batchId: batchIdSchema, format: z.enum(['xlsx', 'csv']), language: z.enum(languages).optional() }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int() }),
  },
  'batch.problems': {
    input: z.object({ batchId: batchIdSchema }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
} as const;
