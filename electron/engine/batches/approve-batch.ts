import type { MethodInput, MethodOutput } from '../../../shared/api.js';
import type { BatchInfo } from '../../../shared/batches/batch-contract.js';
import { parseAmountText } from '../../../shared/import/parse-amount.js';
import { bankResolverFor } from '../../../shared/providers/provider-rules.js';
import type { RuleLimits } from '../../../shared/providers/rule-limits.js';
import { batchContentHash } from './batch-hash.js';
import { checkRows } from '../../../shared/review/review-state.js';
import { summarize } from '../../../shared/review/review-summary.js';
import { payAgainTarget } from '../../../shared/batches/pay-again.js';
import { EngineError } from '../engine-error.js';
import type { Db } from '../store/database.js';
import { durable } from '../send/durability.js';
import type { Drafts } from './drafts.js';
import { orderId, orderIdPrefix } from './order-id.js';
import { paidRecentlyCode } from './paid-recently.js';
import { refundedBeforeCode } from './refunded-before.js';
import type { Operation } from '../../../shared/providers/operations.js';
import type { CheckedRow } from '../../../shared/review/check-rows.js';
import { defaultRefundDescription } from '../../../shared/providers/rules-hitechpay-refund.js';
import { approvedRefundId, refundIdBatchPart } from '../providers/hitechpay/hitechpay-refund-id.js';
import { retriedChain } from './retry-batch.js';

type Input = MethodInput<'batch.approve'>;

/** Approved (or later) batches with this content or this file: paying them again needs a yes. */
function approvedBefore(latest: EarlierApproval): EngineError {
  const what = latest.sameContent ? 'The same payees and amounts were' : 'The same file was';
  return new EngineError('refused', `${what} approved before: ${latest.fileName}, approved ${latest.approvedAt?.slice(0, 10) ?? ''} (${latest.rowCount} payments, batch ${latest.batchId.slice(0, 8)}). Approve only if these people are to be paid again.`, undefined, {
    reason: 'approved_before',
    earlierBatchId: latest.batchId,
    fileName: latest.fileName,
    approvedAt: latest.approvedAt ?? '',
    approvedOn: latest.approvedAt?.slice(0, 10) ?? '',
    batch: latest.batchId.slice(0, 8),
    rowCount: latest.rowCount,
    sameContent: latest.sameContent ? 'yes' : 'no',
  });
}

export type EarlierApproval = Pick<BatchInfo, 'batchId' | 'fileName' | 'approvedAt' | 'status' | 'rowCount' | 'total'> & { readonly sameContent: boolean };

export function earlierApprovals(db: Db, contentHash: string | null, fileHash: string | null, except: string): EarlierApproval[] {
  const rows = db
    .prepare<[string | null, string | null, string], { id: string; file_name: string; approved_at: string | null; status: BatchInfo['status']; content_hash: string | null; row_count: number; total_minor: number }>(
      `SELECT id, file_name, approved_at, status, content_hash, row_count, total_minor FROM batch
       WHERE status NOT IN ('draft', 'discarded') AND (content_hash = ? OR file_hash = ?) AND id <> ? ORDER BY approved_at`,
    )
    .all(contentHash, fileHash, except);
  return rows.map((r) => ({ batchId: r.id, fileName: r.file_name, approvedAt: r.approved_at, status: r.status, rowCount: r.row_count, total: r.total_minor, sameContent: r.content_hash === contentHash }));
}

/**
 * The draft as the engine holds it, checked once more from scratch with the provider's rules
 * and today's limits: refused unless every included row passes, every warning was
 * acknowledged, the typed total is the real one, and (when the same payees or file were
 * approved before) the accountant said to pay them again. Then frozen in one transaction:
 * content hash, order ids, status.
 */
export async function approveBatch(db: Db, drafts: Drafts, input: Input, limitsOf: (provider: BatchInfo['provider']) => RuleLimits): Promise<MethodOutput<'batch.approve'>> {
  const record = db
    .prepare<[string], { provider: BatchInfo['provider']; operation: Operation; currency: 'VND' | 'THB'; status: string; file_hash: string | null; file_name: string; retry_of: string | null }>(
      'SELECT provider, operation, currency, status, file_hash, file_name, retry_of FROM batch WHERE id = ?',
    )
    .get(input.batchId);
  if (!record) throw new EngineError('not_found', 'This batch is not in Paybatch.', undefined, { reason: 'batch_not_found' });
  if (record.status !== 'draft') throw new EngineError('refused', `This batch is already ${record.status}.`, undefined, { reason: 'not_draft', status: record.status });
  // The provider's rules with the engine's own checks, payments (or refunds) made lately read afresh.
  const rules = drafts.rulesFor(record.provider, record.operation);
  const { state } = await drafts.checked(input.batchId);
  const checked = checkRows(state.rows, rules, { limits: limitsOf(record.provider), resolveBank: bankResolverFor(record.provider) });
  const summary = summarize(checked, record.currency);
  if (summary.blocker) {
    // A payment made since the draft was opened: it is checked again, so Review shows the warning.
    const sinceOpened = (rows: readonly CheckedRow[]): number => rows.filter((r) => r.issues.some((i) => i.code === paidRecentlyCode || i.code === refundedBeforeCode)).length;
    if (sinceOpened(checked) !== sinceOpened(state.rows)) drafts.forget(input.batchId);
    const problems = checked.flatMap((r) => (r.state === 'error' || r.state === 'warning' ? r.issues.filter((i) => i.severity === 'error' || !r.acknowledged.includes(i.code)) : []));
    throw new EngineError('refused', `The batch was not approved: ${summary.blocker}`, problems.slice(0, 20).map((p) => p.message).join('\n'), {
      reason: 'blocked',
      check: summary.blockerCheck?.code ?? 'blocker_errors',
      count: summary.blockerCheck?.params.count ?? summary.errors,
    });
  }
  const typed = parseAmountText(input.typedTotal, record.currency, record.currency === 'THB' ? 'dot-decimal' : 'auto');
  if (!typed.ok || typed.minor !== summary.total) {
    const typedText = input.typedTotal.trim();
    throw new EngineError('refused', `The total you typed (${typedText || 'nothing'}) is not this batch's total. Check the batch and type its total to approve it.`, undefined, { reason: 'total_mismatch', typed: typedText, typedLength: typedText.length });
  }
  const contentHash = batchContentHash(record.provider, record.currency, checked, record.operation);
  // A retry sends again rows its batch failed to pay: that batch is not one to confirm paying
  // again, and when every row failed (the same content) the retry is recorded as repeating it.
  const earlier = earlierApprovals(db, contentHash, record.file_hash, input.batchId);
  const retried = retriedChain(db, record.retry_of);
  // Another retry of the same rows is not in the chain: it still has to be confirmed.
  const latest = payAgainTarget(earlier.filter((e) => !retried.has(e.batchId)));
  if (latest && input.payAgain !== latest.batchId) throw approvedBefore(latest);
  const repeats = latest?.batchId ?? (earlier.some((e) => e.batchId === record.retry_of && e.sameContent) ? record.retry_of : null);
  // A refund's id has its own form (yymmdd_appid_xxx), its app id joined when it is first sent.
  const refund = record.operation === 'refund';
  const prefix = refund ? refundIdBatchPart() : orderIdPrefix();
  const idOf = (seq: number): string => (refund ? approvedRefundId(prefix, seq) : orderId(prefix, seq));
  const defaultDescription = refund ? defaultRefundDescription : limitsOf(record.provider).defaultDescription;
  const included = checked.filter((r) => !r.excluded);
  const now = new Date().toISOString();
  const insertRow = db.prepare(
    `INSERT INTO batch_row (batch_id, seq, sheet_row, order_id, payee_json, bank_code, account_type, amount_minor, description, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ready')`,
  );
  const freeze = db.prepare(
    `UPDATE batch SET status = 'approved', content_hash = ?, row_count = ?, total_minor = ?, approved_at = ?, updated_at = ?, repeat_of = ? WHERE id = ? AND status = 'draft'`,
  );
  // The rows to be paid are on the disk before approval is answered, whatever level the
  // connection's last writer (an audit entry, a draft's step) left it at.
  durable(db, 'FULL');
  try {
    db.transaction(() => {
      const frozen = freeze.run(contentHash, included.length, summary.total, now, now, repeats, input.batchId);
      if (frozen.changes !== 1) throw new EngineError('refused', 'This batch was approved or discarded meanwhile.', undefined, { reason: 'changed_meanwhile' });
      included.forEach((row, index) => {
        // Checked above: an included row with no amount cannot pass the rules.
        if (row.payee.amount === null) throw new Error(`row ${row.row} passed the rules without an amount`);
        insertRow.run(input.batchId, index + 1, row.row, idOf(index + 1), JSON.stringify(row.payee), row.wire.bankCode, row.wire.accountType, row.payee.amount, row.payee.description ?? defaultDescription);
      });
    })();
  } catch (error) {
    // Another approval of the same payments got in first (another window or process): the
    // database's one-live-approval rule held; say so as the check above would have.
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const first = payAgainTarget(earlierApprovals(db, contentHash, record.file_hash, input.batchId));
      if (first) throw approvedBefore(first);
    }
    throw error;
  }
  drafts.forget(input.batchId);
  return { batchId: input.batchId, contentHash, rowCount: included.length, total: summary.total, firstOrderId: idOf(1) };
}
