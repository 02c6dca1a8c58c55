import type { RowStatus } from '../../../shared/events.js';
import type { SentRow } from '../../../shared/send/send-contract.js';
import type { Db } from '../store/database.js';
import { rowOutcomeColumns, rowOutcomeOf, type RowOutcomeRecord } from './row-outcome.js';
import { storedPayee } from '../store/stored-payee.js';

/** The Send screen's rows also say how many times each was sent. */
type Record_ = RowOutcomeRecord & { attempts: number };

/** A page of a batch's rows as sent, optionally only those in some statuses, in sheet order. */
export function createSendPages(db: Db) {
  const columns = `${rowOutcomeColumns}, attempts`;
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
  return { ...rowOutcomeOf(r), row: r.sheet_row, name: payee.name, transactionId: payee.transactionId, refundFee: payee.refundFee, attempts: r.attempts };
}
