import { formatMinor } from '../../../shared/import/format-amount.js';
import type { ProviderRules } from '../../../shared/providers/rule-context.js';
import type { Db } from '../store/database.js';
import { withHistoryWarning } from './history-warning.js';
import { localDate } from './paid-recently.js';

/** Review's warning on a refund row: its transaction was refunded (or may have been) by an earlier batch. */
export const refundedBeforeCode = 'refunded_before';

type Refunded = { readonly totalMinor: number; readonly lastAt: string; readonly batchId: string };

/** Earlier refunds by transaction id: how much in all, and the latest. */
export type RefundHistory = ReadonlyMap<string, Refunded>;

/**
 * Every refund of another batch, whatever its age: refunded, on its way, its fate not yet known
 * (a refund that may have gone counts until it is known not to have), or approved and still to
 * be sent (two batches refunding one payment are as much a double refund as one sent twice).
 */
export function refundHistory(db: Db): RefundHistory {
  const rows = db
    .prepare<[], { batch_id: string; transaction_id: string | null; amount_minor: number; at: string | null }>(
      `SELECT r.batch_id, json_extract(r.payee_json, '$.transactionId') AS transaction_id, r.amount_minor, coalesce(r.settled_at, r.sent_at, b.approved_at) AS at
       FROM batch_row r JOIN batch b ON b.id = r.batch_id
       WHERE b.operation = 'refund'
         AND (r.status IN ('succeeded', 'accepted', 'sending', 'unknown', 'needs_review')
              OR (r.status = 'ready' AND b.status IN ('approved', 'sending', 'paused')))`,
    )
    .all();
  const history = new Map<string, Refunded>();
  for (const row of rows) {
    if (row.transaction_id === null) continue;
    const at = row.at ?? '';
    const known = history.get(row.transaction_id);
    const latest = !known || known.lastAt < at;
    history.set(row.transaction_id, { totalMinor: (known?.totalMinor ?? 0) + row.amount_minor, lastAt: latest ? at : known.lastAt, batchId: latest ? row.batch_id : known.batchId });
  }
  return history;
}

/**
 * The refund rules with one more check: a transaction an earlier batch refunded is warned
 * about, for the accountant to acknowledge (a further partial refund) or exclude.
 */
export function withRefundedBefore(rules: ProviderRules, history: RefundHistory): ProviderRules {
  return withHistoryWarning(rules, history, (payee) => payee.transactionId, (earlier, payee) => {
    const transaction = payee.transactionId ?? '';
    const amount = formatMinor(earlier.totalMinor, rules.currency);
    const date = earlier.lastAt === '' ? '' : localDate(earlier.lastAt);
    const batch = earlier.batchId.slice(0, 8);
    return {
      field: null,
      severity: 'warning',
      code: refundedBeforeCode,
      text: `transaction ${transaction} is already refunded, or to be refunded, ${amount} by an earlier batch (the latest: batch ${batch}, ${date}). If this is a further partial refund, acknowledge this warning; otherwise exclude the row.`,
      params: { transaction, amount, amountMinor: earlier.totalMinor, currency: rules.currency, date, batch },
    };
  });
}
