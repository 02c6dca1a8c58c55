import { randomUUID } from 'node:crypto';
import type { MethodInput, MethodOutput } from '../../../shared/api.js';
import { formatMinor } from '../../../shared/import/format-amount.js';
import { parseAmountText } from '../../../shared/import/parse-amount.js';
import { bankResolverFor, providerRules } from '../../../shared/providers/provider-rules.js';
import type { RuleLimits } from '../../../shared/providers/rule-limits.js';
import { batchContentHash } from '../../../shared/review/batch-hash.js';
import { checkRows } from '../../../shared/review/review-state.js';
import { summarize } from '../../../shared/review/review-summary.js';
import { EngineError } from '../engine-error.js';
import type { Db } from '../store/database.js';
import { orderId, orderIdPrefix } from './order-id.js';

type Input = MethodInput<'batch.approve'>;

/**
 * The main process never trusts the renderer: every row is checked again here with the same
 * shared rules, and the batch is refused unless all pass, every warning was acknowledged and
 * the typed total is the real one. Then it is frozen: content hash, order ids, one transaction.
 */
export function approveBatch(db: Db, input: Input, limits: RuleLimits): MethodOutput<'batch.approve'> {
  const rules = providerRules[input.provider];
  if (input.currency !== rules.currency) {
    throw new EngineError('refused', `${rules.name} pays in ${rules.currency}, but this batch is in ${input.currency}. Import the sheet again with the right currency.`);
  }
  const checked = checkRows(
    input.rows.map((r) => ({ ...r, entryIssues: [] })),
    rules,
    { limits, resolveBank: bankResolverFor(input.provider) },
  );
  const summary = summarize(checked, input.currency);
  if (summary.blocker) {
    const problems = checked.flatMap((r) => (r.state === 'error' || r.state === 'warning' ? r.issues.filter((i) => i.severity === 'error' || !r.acknowledged.includes(i.code)) : []));
    throw new EngineError('refused', `The batch was not approved: ${summary.blocker}`, problems.slice(0, 20).map((p) => p.message).join('\n'));
  }
  const typed = parseAmountText(input.typedTotal, input.currency, input.currency === 'THB' ? 'dot-decimal' : 'auto');
  if (!typed.ok || typed.minor !== summary.total) {
    throw new EngineError('refused', `The total you typed (${input.typedTotal.trim() || 'nothing'}) is not this batch's total, ${formatMinor(summary.total, input.currency)}. Check the batch and type its total to approve it.`);
  }
  const batchId = randomUUID();
  const contentHash = batchContentHash(input.provider, input.currency, checked);
  const prefix = orderIdPrefix();
  const included = checked.filter((r) => !r.excluded);
  const insertBatch = db.prepare(
    `INSERT INTO batch (id, provider, currency, file_name, file_hash, row_count, total_minor, content_hash, status, approved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'approved', ?)`,
  );
  const insertRow = db.prepare(
    `INSERT INTO batch_row (batch_id, seq, sheet_row, order_id, payee_json, bank_code, account_type, amount_minor, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ready')`,
  );
  db.transaction(() => {
    insertBatch.run(batchId, input.provider, input.currency, input.fileName, input.fileHash, included.length, summary.total, contentHash, new Date().toISOString());
    included.forEach((row, index) => {
      insertRow.run(batchId, index + 1, row.row, orderId(prefix, index + 1), JSON.stringify(row.payee), row.wire.bankCode, row.wire.accountType, row.payee.amount ?? 0);
    });
  })();
  return { batchId, contentHash, rowCount: included.length, total: summary.total, firstOrderId: orderId(prefix, 1) };
}
