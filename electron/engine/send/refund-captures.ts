import type { Db } from '../store/database.js';

/**
 * What each payment a refund batch refunds must have captured for all its refunds to fit: the
 * sum of every refund of it that stands or may stand, in this batch and earlier ones. Practice's
 * simulator is told this (a real provider knows it), so partial refunds of one payment fit, as
 * the accountant's own sheets say.
 */
export function capturedFor(db: Db, batchId: string): Array<readonly [string, number]> {
  return db
    .prepare<[string], { transaction_id: string; captured: number }>(
      `SELECT json_extract(r.payee_json, '$.transactionId') AS transaction_id, sum(r.amount_minor) AS captured
       FROM batch_row r JOIN batch b ON b.id = r.batch_id
       WHERE b.operation = 'refund' AND r.status NOT IN ('failed', 'rejected', 'cancelled')
         AND json_extract(r.payee_json, '$.transactionId') IN (SELECT json_extract(payee_json, '$.transactionId') FROM batch_row WHERE batch_id = ?)
       GROUP BY transaction_id`,
    )
    .all(batchId)
    .map((r) => [r.transaction_id, r.captured] as const);
}
