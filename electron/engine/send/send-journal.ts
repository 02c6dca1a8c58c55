import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { RowStatus } from '../../../shared/events.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { Operation } from '../../../shared/providers/operations.js';
import type { Payee } from '../../../shared/import/model.js';
import type { ReasonParams } from '../../../shared/send/send-contract.js';
import type Database from 'better-sqlite3';
import type { Db } from '../store/database.js';
import { durable } from './durability.js';
import { storedPayee } from '../store/stored-payee.js';

/** Statuses a row never leaves on its own: nothing more is sent or asked for it. */
export const finalStatuses: ReadonlySet<RowStatus> = new Set(['succeeded', 'failed', 'rejected', 'cancelled']);
/** Statuses whose fate is still with the provider: followed by status queries. */
export const inFlightStatuses: ReadonlySet<RowStatus> = new Set(['sending', 'accepted', 'unknown']);

export type SendBatch = {
  readonly id: string;
  readonly provider: ProviderId;
  readonly operation: Operation;
  readonly currency: 'VND' | 'THB';
  readonly status: 'approved' | 'sending' | 'paused' | 'finished' | 'cancelled' | 'draft' | 'discarded';
  readonly environment: Environment | null;
  readonly fileName: string;
  readonly rowCount: number;
  readonly total: number;
  readonly approvedAt: string | null;
  readonly sendStartedAt: string | null;
  readonly finishedAt: string | null;
};

export type JournalRow = {
  readonly seq: number;
  readonly sheetRow: number;
  readonly orderId: string;
  readonly status: RowStatus;
  readonly payee: Payee;
  readonly bankCode: string | null;
  readonly accountType: string | null;
  readonly amountMinor: number;
  readonly description: string | null;
  readonly providerRef: string | null;
  readonly feeMinor: number | null;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly attempts: number;
  readonly queries: number;
  readonly sentAt: string | null;
  readonly settledAt: string | null;
  readonly nextAt: number | null;
  readonly reviewReason: string | null;
  /** Who the checks found holds the account or wallet (presend/), as the accountant kept it. */
  readonly holder: string | null;
  /** The code of the row's reason (reviewReason, else errorMessage) when the words are ours; null when they are the provider's. */
  readonly reasonCode: string | null;
  readonly reasonParams: ReasonParams | null;
};

/** What an answer changes on a row; fields left out keep their value. */
export type RowChange = {
  readonly status: RowStatus;
  readonly providerRef?: string | null;
  readonly errorCode?: string | null;
  readonly errorMessage?: string | null;
  readonly nextAt?: number | null;
  readonly settled?: boolean;
  readonly reviewReason?: string | null;
  /**
   * The code and values of the change's reason (reviewReason, else errorMessage) when the words
   * are ours. Written whenever the change writes a reason, null when left out.
   */
  readonly reasonCode?: string | null;
  readonly reasonParams?: ReasonParams | null;
  readonly queried?: boolean;
};

type RowRecord = {
  seq: number; sheet_row: number; order_id: string; status: RowStatus; payee_json: string; bank_code: string | null; account_type: string | null; amount_minor: number; description: string | null;
  provider_ref: string | null; fee_minor: number | null; error_code: string | null; error_message: string | null; attempts: number; queries: number; sent_at: string | null; settled_at: string | null; next_at: number | null; review_reason: string | null;
  reason_code: string | null; reason_params_json: string | null; presend_json: string | null;
};
type BatchRecord = { id: string; provider: ProviderId; operation: Operation; currency: 'VND' | 'THB'; status: SendBatch['status']; environment: Environment | null; file_name: string; row_count: number; total_minor: number; approved_at: string | null; send_started_at: string | null; finished_at: string | null };

const rowColumns = 'seq, sheet_row, order_id, status, payee_json, bank_code, account_type, amount_minor, description, provider_ref, fee_minor, error_code, error_message, attempts, queries, sent_at, settled_at, next_at, review_reason, reason_code, reason_params_json, presend_json';
const batchColumns = 'id, provider, operation, currency, status, environment, file_name, row_count, total_minor, approved_at, send_started_at, finished_at';

/**
 * The send journal: what each approved row is, what was last heard of it, and when to act on
 * it next. The one write that must reach the disk before a request leaves, a row's move to
 * `sending`, is committed with synchronous=FULL; what comes back is written with NORMAL (WAL
 * keeps it through an app crash; if a power cut loses it, the row is still `sending` and is
 * reconciled by a status query, never sent blind).
 */
export function createSendJournal(db: Db) {
  const batchById = db.prepare<[string], BatchRecord>(`SELECT ${batchColumns} FROM batch WHERE id = ?`);
  const rowBySeq = db.prepare<[string, number], RowRecord>(`SELECT ${rowColumns} FROM batch_row WHERE batch_id = ? AND seq = ?`);
  const rowsIn = db.prepare<[string], RowRecord>(`SELECT ${rowColumns} FROM batch_row WHERE batch_id = ? ORDER BY seq`);
  const openRows = db.prepare<[string], { seq: number; status: RowStatus; next_at: number | null }>(
    `SELECT seq, status, next_at FROM batch_row WHERE batch_id = ? AND status IN ('ready', 'sending', 'accepted', 'unknown') ORDER BY seq`,
  );
  const counts = db.prepare<[string], { status: RowStatus; n: number; minor: number }>('SELECT status, count(*) AS n, sum(amount_minor) AS minor FROM batch_row WHERE batch_id = ? GROUP BY status');
  const claim = db.prepare<[string, string, number, string]>(
    `UPDATE batch_row SET status = 'sending', attempts = attempts + 1, sent_at = coalesce(sent_at, ?), next_at = NULL WHERE batch_id = ? AND seq = ? AND status = 'ready' AND order_id = ?`,
  );
  const unfinished = db.prepare<[], BatchRecord>(
    `SELECT ${batchColumns} FROM batch WHERE status IN ('sending', 'paused', 'cancelled')
       AND EXISTS (SELECT 1 FROM batch_row r WHERE r.batch_id = batch.id AND r.status IN ('ready', 'sending', 'accepted', 'unknown'))
     ORDER BY approved_at`,
  );
  const cancelReady = db.prepare<[string]>(`UPDATE batch_row SET status = 'cancelled', next_at = NULL WHERE batch_id = ? AND status = 'ready'`);
  const setStatus = db.prepare<[string, string, string]>('UPDATE batch SET status = ?, updated_at = ? WHERE id = ?');

  const durability = (level: 'FULL' | 'NORMAL'): void => durable(db, level);
  const updates = new Map<string, Database.Statement>();

  // A row sent with another id than the one stored (a refund's id takes its app id, and today's
  // date, when first sent): only while provably never sent, no request made with its stored id.
  const claimAs = db.prepare<[string, string, string, number, string]>(
    `UPDATE batch_row SET status = 'sending', order_id = ?, attempts = attempts + 1, sent_at = coalesce(sent_at, ?), next_at = NULL
     WHERE batch_id = ? AND seq = ? AND status = 'ready' AND order_id = ? AND attempts = 0
       AND NOT EXISTS (SELECT 1 FROM attempt a WHERE a.batch_id = batch_row.batch_id AND a.order_id = batch_row.order_id AND a.kind = 'payout')`,
  );

  /**
   * Several rows, each about to be sent by its own worker, moved to sending in one commit:
   * one full sync for all of them instead of one each. `sendAs`: the id the row goes out with,
   * when it is not the stored one. The seqs this call moved.
   */
  function claimMany(batchId: string, rows: ReadonlyArray<{ seq: number; orderId: string; sendAs?: string }>): Set<number> {
    durability('FULL');
    const now = new Date().toISOString();
    const moved = (r: { seq: number; orderId: string; sendAs?: string }): boolean =>
      (r.sendAs === undefined || r.sendAs === r.orderId ? claim.run(now, batchId, r.seq, r.orderId) : claimAs.run(r.sendAs, now, batchId, r.seq, r.orderId)).changes === 1;
    return db.transaction(() => new Set(rows.filter(moved).map((r) => r.seq)))();
  }

  return {
    batch(batchId: string): SendBatch | undefined {
      const r = batchById.get(batchId);
      return r && batchOf(r);
    },
    row(batchId: string, seq: number): JournalRow | undefined {
      const r = rowBySeq.get(batchId, seq);
      return r && rowOf(r);
    },
    rows(batchId: string): JournalRow[] {
      return rowsIn.all(batchId).map(rowOf);
    },
    /** Every row still to send or to follow, lightest first: the runner's schedule is made from these. */
    openRows(batchId: string): Array<{ seq: number; status: RowStatus; nextAt: number | null }> {
      return openRows.all(batchId).map((r) => ({ seq: r.seq, status: r.status, nextAt: r.next_at }));
    },
    counts(batchId: string): { byStatus: Partial<Record<RowStatus, number>>; minorByStatus: Partial<Record<RowStatus, number>> } {
      const byStatus: Partial<Record<RowStatus, number>> = {};
      const minorByStatus: Partial<Record<RowStatus, number>> = {};
      for (const { status, n, minor } of counts.all(batchId)) {
        byStatus[status] = n;
        minorByStatus[status] = minor;
      }
      return { byStatus, minorByStatus };
    },
    /**
     * The row moves from ready to sending, on disk, before its request is made: true when this
     * call made the move. The order id is checked too, so a row is only ever sent as approved.
     */
    claim(batchId: string, seq: number, orderId: string): boolean {
      return claimMany(batchId, [{ seq, orderId }]).has(seq);
    },
    claimMany,
    /** What the provider's answer (or its absence) makes of the row. */
    /**
     * Undoes a claim whose request was never made (paused or cancelled while it was being
     * committed): the row is ready again, as if never claimed.
     */
    unclaim(batchId: string, seq: number, orderId: string): void {
      durability('FULL');
      db.prepare(`UPDATE batch_row SET status = 'ready', attempts = attempts - 1 WHERE batch_id = ? AND seq = ? AND status = 'sending' AND order_id = ?`).run(batchId, seq, orderId);
    },
    /**
     * Writes what an answer makes of the row, if the row is still `from` (what it was when the
     * question was asked): false when it has moved on meanwhile, and nothing is written.
     */
    record(batchId: string, seq: number, change: RowChange, from: RowStatus): boolean {
      durability('NORMAL');
      const sets = ['status = ?'];
      const values: Array<string | number | null> = [change.status];
      const set = (column: string, value: string | number | null | undefined): void => {
        if (value === undefined) return;
        sets.push(`${column} = ?`);
        values.push(value);
      };
      set('provider_ref', change.providerRef === null ? undefined : change.providerRef);
      set('error_code', change.errorCode);
      set('error_message', change.errorMessage);
      set('next_at', change.nextAt);
      set('review_reason', change.reviewReason);
      if (change.errorMessage !== undefined || change.reviewReason !== undefined) {
        set('reason_code', change.reasonCode ?? null);
        set('reason_params_json', change.reasonParams ? JSON.stringify(change.reasonParams) : null);
      }
      if (change.settled) set('settled_at', new Date().toISOString());
      if (change.queried) sets.push('queries = queries + 1');
      // One statement per shape of change, prepared once: this runs for every answer.
      const sql = `UPDATE batch_row SET ${sets.join(', ')} WHERE batch_id = ? AND seq = ? AND status = ?`;
      let update = updates.get(sql);
      if (!update) {
        update = db.prepare(sql);
        updates.set(sql, update);
      }
      return update.run(...values, batchId, seq, from).changes === 1;
    },
    unfinishedBatches(): SendBatch[] {
      return unfinished.all().map(batchOf);
    },
    /** Approved → sending, in this environment; paused → sending. */
    startSending(batchId: string, environment: Environment): void {
      durability('FULL');
      const now = new Date().toISOString();
      db.prepare(`UPDATE batch SET status = 'sending', environment = coalesce(environment, ?), send_started_at = coalesce(send_started_at, ?), updated_at = ? WHERE id = ? AND status IN ('approved', 'paused', 'sending')`).run(environment, now, now, batchId);
    },
    setStatus(batchId: string, status: 'sending' | 'paused'): void {
      durability('FULL');
      setStatus.run(status, new Date().toISOString(), batchId);
    },
    /** Rows not yet sent will not be; rows in flight are followed to their end. */
    cancel(batchId: string): number {
      durability('FULL');
      return db.transaction(() => {
        const cancelled = cancelReady.run(batchId).changes;
        setStatus.run('cancelled', new Date().toISOString(), batchId);
        return cancelled;
      })();
    },
    /** A finished batch with a row to send again (resolved "not paid"): sending once more. */
    reopen(batchId: string): void {
      durability('FULL');
      db.prepare(`UPDATE batch SET status = 'sending', finished_at = NULL, updated_at = ? WHERE id = ? AND status = 'finished'`).run(new Date().toISOString(), batchId);
    },
    /** No row is left to send or follow: the batch has ended (finished, or cancelled as it was). */
    finishIfDone(batchId: string): boolean {
      durability('FULL');
      const now = new Date().toISOString();
      const done = db
        .prepare(
          `UPDATE batch SET status = CASE status WHEN 'cancelled' THEN 'cancelled' ELSE 'finished' END, finished_at = ?, updated_at = ?
           WHERE id = ? AND finished_at IS NULL AND status IN ('sending', 'paused', 'cancelled')
             AND NOT EXISTS (SELECT 1 FROM batch_row WHERE batch_id = ? AND status IN ('ready', 'sending', 'accepted', 'unknown'))`,
        )
        .run(now, now, batchId, batchId);
      return done.changes === 1;
    },
  };
}

export type SendJournal = ReturnType<typeof createSendJournal>;

function batchOf(r: BatchRecord): SendBatch {
  return { id: r.id, provider: r.provider, operation: r.operation, currency: r.currency, status: r.status, environment: r.environment, fileName: r.file_name, rowCount: r.row_count, total: r.total_minor, approvedAt: r.approved_at, sendStartedAt: r.send_started_at, finishedAt: r.finished_at };
}

function rowOf(r: RowRecord): JournalRow {
  return {
    seq: r.seq, sheetRow: r.sheet_row, orderId: r.order_id, status: r.status, payee: storedPayee(r.payee_json), bankCode: r.bank_code, accountType: r.account_type, amountMinor: r.amount_minor, description: r.description,
    providerRef: r.provider_ref, feeMinor: r.fee_minor, errorCode: r.error_code, errorMessage: r.error_message, attempts: r.attempts, queries: r.queries, sentAt: r.sent_at, settledAt: r.settled_at, nextAt: r.next_at, reviewReason: r.review_reason,
    reasonCode: r.reason_code, reasonParams: reasonParamsOf(r.reason_params_json), holder: holderOf(r),
  };
}

/**
 * Who the checks found holds the account or wallet, as the accountant left it: the sheet's
 * name when the provider's matched, the provider's when a different name was kept; null when
 * the row was not checked or nothing was found.
 */
function holderOf(r: RowRecord): string | null {
  if (!r.presend_json) return null;
  try {
    const presend = JSON.parse(r.presend_json) as { result?: string; found?: string | null; decision?: string | null };
    if (presend.result === 'match') return (JSON.parse(r.payee_json) as Payee).name;
    if (presend.result === 'mismatch' && presend.decision === 'keep') return presend.found ?? null;
    return null;
  } catch {
    return null;
  }
}

/** A row's reason values as stored; anything unreadable is no values (the English is then said). */
export function reasonParamsOf(text: string | null): ReasonParams | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
  } catch {
    return null;
  }
}
