import type { MethodName } from '../../../shared/api.js';
import type { RowStatus } from '../../../shared/events.js';
import { logInternalError } from '../debug-log.js';
import type { Db } from '../store/database.js';
import { createAuditLog, type AuditLog } from './audit-log.js';
import { isAuditAction, type AuditAction } from '../../../shared/audit/audit-actions.js';
import { auditSummaries, type AuditBefore, type AuditLookups, type AuditSummary } from './audit-summaries.js';

/** A row's move while its batch is sent, as the send service reports it. */
export type RowMove = {
  readonly batchId: string;
  readonly seq: number;
  readonly orderId: string;
  /** The sheet row, as Excel numbers it. */
  readonly row: number;
  readonly from: RowStatus;
  readonly to: RowStatus;
  /** Paybatch's reason code, else the provider's error code; null when the move needs none. */
  readonly reason: string | null;
};

/** What the send service tells the log: each row's move. */
export type SendAudit = {
  readonly rowMoved: (move: RowMove) => void;
  /** The rows still to send, read just before a cancel so each is recorded as cancelled. */
  readonly unsentRows: (batchId: string) => ReadonlyArray<{ readonly seq: number; readonly orderId: string; readonly row: number }>;
};

/** A recorded call's summarizer and its state before it runs, carried to `called` (null: a method that is not recorded). */
export type CallMark = { readonly action: AuditAction; readonly summarizer: AnySummarizer; readonly before: AuditBefore } | null;

type AnySummarizer = {
  readonly before?: (input: unknown, look: AuditLookups) => AuditBefore;
  readonly summary: (input: unknown, output: unknown, look: AuditLookups, before: AuditBefore) => AuditSummary;
};

/**
 * The audit log of one engine: the dispatcher tells it each successful call (kept per the
 * method's summary; read-only calls are not), the send service each row's move. Recording
 * never fails a call: the action is done, and a write that fails is logged and tried again.
 */
export function createAudit(db: Db, dataDir: string, stores: Omit<AuditLookups, 'currencyOf'>) {
  const currency = db.prepare<[string], { currency: string }>('SELECT currency FROM batch WHERE id = ?');
  const look: AuditLookups = { ...stores, currencyOf: (batchId) => currency.get(batchId)?.currency ?? null };
  const onError = (error: unknown): void => {
    logInternalError(dataDir, 'audit log', error);
  };
  const log: AuditLog = createAuditLog(db, onError);
  const unsent = db.prepare<[string], { seq: number; order_id: string; sheet_row: number }>("SELECT seq, order_id, sheet_row FROM batch_row WHERE batch_id = ? AND status = 'ready' ORDER BY seq");

  function summarizerOf(method: MethodName): AnySummarizer | null {
    const entry: unknown = auditSummaries[method];
    return entry === 'read-only' ? null : (entry as AnySummarizer);
  }

  const send: SendAudit = {
    rowMoved(move) {
      log.queue({ action: 'row.status', batchId: move.batchId, details: { seq: move.seq, orderId: move.orderId, row: move.row, from: move.from, to: move.to, reason: move.reason } });
    },
    unsentRows(batchId) {
      try {
        return unsent.all(batchId).map((r) => ({ seq: r.seq, orderId: r.order_id, row: r.sheet_row }));
      } catch (error) {
        onError(error);
        return [];
      }
    },
  };

  return {
    log,
    send,
    /** Before a call runs: what its summary compares against afterwards. */
    calling(method: MethodName, input: unknown): CallMark {
      const summarizer = summarizerOf(method);
      if (!summarizer || !isAuditAction(method)) return null;
      try {
        return { action: method, summarizer, before: summarizer.before?.(input, look) ?? {} };
      } catch (error) {
        onError(error);
        return { action: method, summarizer, before: {} };
      }
    },
    /** After a call succeeded: its entry, written now. */
    called(input: unknown, output: unknown, mark: CallMark): void {
      if (!mark) return;
      try {
        const summary = mark.summarizer.summary(input, output, look, mark.before);
        if (summary) log.append({ action: mark.action, batchId: summary.batchId, details: summary.details });
      } catch (error) {
        onError(error);
      }
    },
    close(): void {
      log.flush();
    },
  };
}

export type Audit = ReturnType<typeof createAudit>;
