import type { RowStatus } from '../../../shared/events.js';
import { reasonParamsOf } from './send-journal.js';

/** A batch_row as the Send screen's pages and the result report read it. */
export type RowOutcomeRecord = {
  seq: number; sheet_row: number; order_id: string; payee_json: string; amount_minor: number; status: RowStatus; provider_ref: string | null; fee_minor: number | null; error_code: string | null;
  error_message: string | null; review_reason: string | null; reason_code: string | null; reason_params_json: string | null; sent_at: string | null; settled_at: string | null;
};

/** The columns of a RowOutcomeRecord, to select. */
export const rowOutcomeColumns = 'seq, sheet_row, order_id, payee_json, amount_minor, status, provider_ref, fee_minor, error_code, error_message, review_reason, reason_code, reason_params_json, sent_at, settled_at';

/**
 * What happened to a row, named as the contract names it: one mapping, so a page of the Send
 * screen and the result report never tell the same row two ways. Each adds its own view of the
 * sheet row and payee.
 */
export function rowOutcomeOf(r: RowOutcomeRecord) {
  return {
    seq: r.seq,
    orderId: r.order_id,
    amount: r.amount_minor,
    status: r.status,
    providerRef: r.provider_ref,
    fee: r.fee_minor,
    errorCode: r.error_code,
    errorMessage: r.error_message,
    reviewReason: r.review_reason,
    reasonCode: r.reason_code,
    reasonParams: reasonParamsOf(r.reason_params_json),
    sentAt: r.sent_at,
    settledAt: r.settled_at,
  };
}
