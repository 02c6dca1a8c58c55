import type { RowStatus } from '../../../shared/events.js';
import type { SentRow } from '../../../shared/send/send-contract.js';
import type { Db } from '../store/database.js';
import { reasonParamsOf } from './send-journal.js';
import { storedPayee } from '../store/stored-payee.js';

type Record_ = {
  seq: number; sheet_row: number; order_id: string; payee_json: string; amount_minor: number; status: RowStatus; provider_ref: string | null; fee_minor: number | null;
  error_code: string | null; error_message: string | null; attempts: number; sent_at: string | null; settled_at: string | null; review_reason: string | null;
  reason_code: string | null; reason_params_json: string | null;
};

/** A page of a batch's rows as sent, optionally only those in some statuses, in sheet order. */
export function createSendPages(db: Db) {
  const columns = 'seq, sheet_row, order_id, payee_json, amount_minor, status, provider_ref, fee_minor, error_code, error_message, attempts, sent_at, settled_at, review_reason, reason_code, reason_params_json';
  return {
    page(batchId: string, statuses: readonly RowStatus[] | undefined, offset: number, limit: number): { rows: SentRow[]; matching: number } {
      const filter = statuses && statuses.length > 0 ? `AND status IN (${statuses.map(() => '?').join(', ')})` : '';
      const args = [batchId, ...(statuses ?? [])];
      const matching = (db.prepare(`SELECT count(*) AS n FROM batch_row WHERE batch_id = ? ${filter}`).get(...args) as { n: number }).n;
      const records = limit === 0 ? [] : (db.prepare(`SELECT ${columns} FROM batch_row WHERE batch_id = ? ${filter} ORDER BY seq LIMIT ? OFFSET ?`).all(...args, limit, offset) as Record_[]);
      return { rows: records.map(sentRowOf), matching };
    },
  };
}

function sentRowOf(r: Record_): SentRow {
  const payee = storedPayee(r.payee_json);
  return {
    seq: r.seq,
    row: r.sheet_row,
    orderId: r.order_id,
    name: payee.name,
    transactionId: payee.transactionId,
    refundFee: payee.refundFee,
    amount: r.amount_minor,
    status: r.status,
    providerRef: r.provider_ref,
    fee: r.fee_minor,
    errorCode: r.error_code,
    errorMessage: r.error_message,
    attempts: r.attempts,
    sentAt: r.sent_at,
    settledAt: r.settled_at,
    reviewReason: r.review_reason,
    reasonCode: r.reason_code,
    reasonParams: reasonParamsOf(r.reason_params_json),
  };
}
