import { z } from 'zod';
import { batchIdSchema, batchStatuses } from '../batches/batch-contract.js';
import { environmentSchema } from '../credentials/credential-fields.js';
import { rowStatuses } from '../events.js';
import { providerIds } from '../providers/provider-ids.js';
import { operations } from '../providers/operations.js';

/**
 * The send methods' shapes: start, pause, cancel and follow an approved batch. The engine
 * owns every decision (which rows go, when, with which order id); the window asks and shows.
 */
const rowStatus = z.enum(rowStatuses);
const count = z.number().int().nonnegative();

/**
 * A reason's values: counts, hours, the provider's own words quoted (`answer`). When the
 * reason quotes another reason of ours, `answerCode` names it and its values follow with
 * `answer_` before each name, so the quoted part is said in the reader's language too.
 */
export const reasonParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ReasonParams = z.infer<typeof reasonParamsSchema>;

export const sentRowSchema = z.object({
  seq: z.number().int().positive(),
  /** The sheet row, as Excel numbers it. */
  row: z.number().int().positive(),
  /** The id the provider knows the row by (a refund's m_refund_id once it is sent). */
  orderId: z.string(),
  name: z.string().nullable(),
  /** Refunds: the payment refunded (zp_trans_id) and the fee kept back; null for payouts. */
  transactionId: z.string().nullable(),
  refundFee: z.number().int().nullable(),
  amount: z.number().int(),
  status: rowStatus,
  providerRef: z.string().nullable(),
  fee: z.number().int().nullable(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  attempts: z.number().int(),
  sentAt: z.string().nullable(),
  settledAt: z.string().nullable(),
  /** Why a person must look (needs_review), with the provider's last answer. */
  reviewReason: z.string().nullable(),
  /**
   * When the row's reason (`reviewReason`, else `errorMessage`) is Paybatch's own words, their
   * code: the window and the CLI say `sendReason.<code>` with `reasonParams` in the reader's
   * language, the English above being the fallback. Null when the words are the provider's
   * (quoted as they came, with the provider's `errorCode`).
   */
  reasonCode: z.string().nullable(),
  reasonParams: reasonParamsSchema.nullable(),
});
export type SentRow = z.infer<typeof sentRowSchema>;

export const sendStateSchema = z.object({
  batchId: z.string(),
  provider: z.enum(providerIds),
  operation: z.enum(operations),
  currency: z.enum(['VND', 'THB']),
  fileName: z.string(),
  environment: environmentSchema.nullable(),
  status: z.enum(batchStatuses),
  rowCount: count,
  total: z.number().int(),
  counts: z.partialRecord(rowStatus, count),
  /** Amounts per status, minor units. */
  amounts: z.partialRecord(rowStatus, z.number().int()),
  /** Whether this process is sending or following the batch right now. */
  running: z.boolean(),
  /** Rows reaching an answer per second over the last few seconds; null before there is one. */
  rowsPerSecond: z.number().nullable(),
  /** Seconds until every row is sent at that pace; null when it cannot be told. */
  secondsLeft: z.number().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type SendState = z.infer<typeof sendStateSchema>;

/** A row whose payee the provider names differently, or does not know: the accountant decides. */
export const presendFindingSchema = z.object({
  seq: z.number().int().positive(),
  row: z.number().int().positive(),
  /** The name in the sheet. */
  name: z.string().nullable(),
  /** The name the provider holds for the account or wallet; null when it has none. */
  found: z.string().nullable(),
  result: z.enum(['mismatch', 'not_found', 'unknown']),
  /** The provider's words, when it gave a reason. */
  message: z.string().nullable(),
  decision: z.enum(['keep', 'exclude']).nullable(),
});
export type PresendFinding = z.infer<typeof presendFindingSchema>;

export const presendCheckSchema = z.object({
  batchId: z.string(),
  environment: environmentSchema,
  balance: z.object({
    /** `not_applicable`: a refund batch, given back out of the payments refunded, not a balance. */
    state: z.enum(['enough', 'short', 'unreadable', 'not_applicable']),
    balanceMinor: z.number().int().nullable(),
    /** What the rows still to send add up to. */
    neededMinor: z.number().int(),
    reason: z.string().nullable(),
  }),
  inquiry: z.object({
    /** Whether this provider answers account-name questions at all. */
    offered: z.boolean(),
    checked: count,
    matched: count,
    findings: z.array(presendFindingSchema),
  }),
  /** Findings with no decision yet: sending is refused until there are none. */
  undecided: count,
  checkedAt: z.string(),
});
export type PresendCheck = z.infer<typeof presendCheckSchema>;

export const sendMethods = {
  /**
   * Before the first payment: the balance against what is left to send, and each payee's
   * name as the provider holds it, where the provider offers that. Stored with the batch.
   */
  'send.check': {
    input: z.object({ batchId: batchIdSchema, environment: environmentSchema }).strict(),
    output: presendCheckSchema,
  },
  /** The accountant's decision on findings: keep (send as it is) or exclude (never sent). Recorded. */
  'send.decide': {
    input: z.object({ batchId: batchIdSchema, decisions: z.array(z.object({ seq: z.number().int().positive(), decision: z.enum(['keep', 'exclude']) }).strict()).min(1).max(500) }).strict(),
    output: presendCheckSchema,
  },
  /** Approved (or paused) → sending, in this environment. Refused while another process sends. */
  'send.start': {
    input: z.object({ batchId: batchIdSchema, environment: environmentSchema, concurrency: z.number().int().min(1).max(64).optional() }).strict(),
    output: sendStateSchema,
  },
  /** No new payout starts; those in flight finish and are followed. */
  'send.pause': {
    input: z.object({ batchId: batchIdSchema }).strict(),
    output: sendStateSchema,
  },
  /** Rows not yet sent never will be; rows in flight are followed to their end. */
  'send.cancel': {
    input: z.object({ batchId: batchIdSchema }).strict(),
    output: sendStateSchema,
  },
  /**
   * Every unfinished batch goes on: rows left in flight are asked about first, then batches
   * that were sending are sent on; paused ones too when `continuePaused` (the CLI's resume).
   */
  'send.resume': {
    input: z.object({ continuePaused: z.boolean() }).strict(),
    output: z.object({
      batchIds: z.array(z.string()),
      /** Batches that could not go on (a decision missing, keys gone), each with why. */
      held: z.array(z.object({ batchId: z.string(), error: z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.unknown()).optional() }) })),
    }),
  },
  /**
   * A row that needed review, answered by the accountant after checking in the provider's
   * portal: paid, or not paid (sent again with the same order id).
   */
  'send.resolve': {
    input: z.object({ batchId: batchIdSchema, seq: z.number().int().positive(), paid: z.boolean() }).strict(),
    output: sendStateSchema,
  },
  'send.status': {
    input: z
      .object({
        batchId: batchIdSchema,
        offset: z.number().int().nonnegative().optional(),
        limit: z.number().int().min(0).max(500).optional(),
        statuses: z.array(rowStatus).max(rowStatuses.length).optional(),
      })
      .strict(),
    output: sendStateSchema.extend({ rows: z.array(sentRowSchema), matching: count }),
  },
} as const;
