import type { Environment } from '../../../../shared/credentials/credential-fields.js';
import type { RowStatus } from '../../../../shared/events.js';
import type { Payee } from '../../../../shared/import/model.js';
import type { PresendCheck, ReasonParams } from '../../../../shared/send/send-contract.js';
import type { Db } from '../../store/database.js';
import { storedPayee } from '../../store/stored-payee.js';

export type Decision = 'keep' | 'exclude';
/** Why a row was excluded: the English the journal keeps, and its code and values (sendReason.<code>). */
export type ExclusionReason = { readonly message: string; readonly code: string; readonly params: ReasonParams };
export type InquiryResult = 'match' | 'mismatch' | 'not_found' | 'unknown';

/** What one row's name inquiry found, and what the accountant decided of it (batch_row.presend_json). */
export type RowPresend = {
  readonly env: Environment;
  readonly result: InquiryResult;
  /** The name the provider holds, when it gave one. */
  readonly found: string | null;
  /** The provider's words (not found), or why there was no answer (unknown). */
  readonly message: string | null;
  readonly at: string;
  readonly decision: Decision | null;
  readonly decidedAt: string | null;
  /** Every decision taken on this finding, oldest first. */
  readonly decisions: ReadonlyArray<{ readonly decision: Decision; readonly at: string }>;
};

/** The batch's last check (batch.presend_json). `checkedAt` stays null until the check has ended. */
export type BatchPresend = {
  readonly env: Environment;
  readonly startedAt: string;
  readonly checkedAt: string | null;
  readonly balance: PresendCheck['balance'] & { readonly at: string };
  readonly offered: boolean;
  readonly checked: number;
  readonly matched: number;
};

/** A row still to send, with what an earlier check found of it. */
export type UnsentRow = {
  readonly seq: number;
  readonly sheetRow: number;
  readonly orderId: string;
  readonly payee: Payee;
  readonly bankCode: string | null;
  readonly accountType: string | null;
  readonly amountMinor: number;
  readonly presend: RowPresend | null;
};

type UnsentRecord = { seq: number; sheet_row: number; order_id: string; payee_json: string; bank_code: string | null; account_type: string | null; amount_minor: number; presend_json: string | null };
type FindingRecord = { seq: number; sheet_row: number; status: RowStatus; payee_json: string; presend_json: string };

/** Findings are the rows whose last inquiry did not simply match. */
const findingClause = `presend_json IS NOT NULL AND json_extract(presend_json, '$.result') <> 'match'`;

export function createPresendStore(db: Db) {
  const batchFacts = db.prepare<[string], { presend_json: string | null }>('SELECT presend_json FROM batch WHERE id = ?');
  const saveFacts = db.prepare<[string, string]>('UPDATE batch SET presend_json = ? WHERE id = ?');
  const unsent = db.prepare<[string], UnsentRecord>(
    `SELECT seq, sheet_row, order_id, payee_json, bank_code, account_type, amount_minor, presend_json FROM batch_row WHERE batch_id = ? AND status = 'ready' ORDER BY seq`,
  );
  const unsentTotal = db.prepare<[string], { minor: number | null }>(`SELECT sum(amount_minor) AS minor FROM batch_row WHERE batch_id = ? AND status = 'ready'`);
  const findings = db.prepare<[string], FindingRecord>(`SELECT seq, sheet_row, status, payee_json, presend_json FROM batch_row WHERE batch_id = ? AND ${findingClause} ORDER BY seq`);
  const undecided = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM batch_row WHERE batch_id = ? AND status = 'ready' AND ${findingClause} AND json_extract(presend_json, '$.decision') IS NULL`,
  );
  const saveRow = db.prepare<[string, string, number]>('UPDATE batch_row SET presend_json = ? WHERE batch_id = ? AND seq = ?');
  const rowOf = db.prepare<[string, number], { seq: number; sheet_row: number; status: RowStatus; payee_json: string; presend_json: string | null }>('SELECT seq, sheet_row, status, payee_json, presend_json FROM batch_row WHERE batch_id = ? AND seq = ?');
  const exclude = db.prepare<[string, string, string, string, number]>(
    `UPDATE batch_row SET status = 'cancelled', error_code = 'excluded_before_send', error_message = ?, reason_code = ?, reason_params_json = ?, next_at = NULL WHERE batch_id = ? AND seq = ? AND status = 'ready'`,
  );
  const saveRows = db.transaction((batchId: string, rows: ReadonlyArray<{ seq: number; presend: RowPresend }>) => {
    for (const { seq, presend } of rows) saveRow.run(JSON.stringify(presend), batchId, seq);
  });

  return {
    facts(batchId: string): BatchPresend | null {
      const text = batchFacts.get(batchId)?.presend_json;
      return text ? (JSON.parse(text) as BatchPresend) : null;
    },
    saveFacts(batchId: string, facts: BatchPresend): void {
      saveFacts.run(JSON.stringify(facts), batchId);
    },
    unsent(batchId: string): UnsentRow[] {
      return unsent.all(batchId).map((r) => ({
        seq: r.seq,
        sheetRow: r.sheet_row,
        orderId: r.order_id,
        payee: storedPayee(r.payee_json),
        bankCode: r.bank_code,
        accountType: r.account_type,
        amountMinor: r.amount_minor,
        presend: r.presend_json ? (JSON.parse(r.presend_json) as RowPresend) : null,
      }));
    },
    /** What the rows still to send add up to, minor units. */
    neededMinor(batchId: string): number {
      return unsentTotal.get(batchId)?.minor ?? 0;
    },
    /** Every row's finding, in one transaction: a chunk of a large check is one write. */
    saveRows(batchId: string, rows: ReadonlyArray<{ seq: number; presend: RowPresend }>): void {
      if (rows.length > 0) saveRows(batchId, rows);
    },
    findings(batchId: string): Array<{ seq: number; sheetRow: number; status: RowStatus; name: string | null; presend: RowPresend }> {
      return findings.all(batchId).map((r) => ({ seq: r.seq, sheetRow: r.sheet_row, status: r.status, name: storedPayee(r.payee_json).name, presend: JSON.parse(r.presend_json) as RowPresend }));
    },
    /** Findings on rows still to send with no decision yet. */
    undecided(batchId: string): number {
      return undecided.get(batchId)?.n ?? 0;
    },
    row(batchId: string, seq: number): { seq: number; sheetRow: number; status: RowStatus; name: string | null; presend: RowPresend | null } | undefined {
      const r = rowOf.get(batchId, seq);
      return r && { seq: r.seq, sheetRow: r.sheet_row, status: r.status, name: storedPayee(r.payee_json).name, presend: r.presend_json ? (JSON.parse(r.presend_json) as RowPresend) : null };
    },
    /** Decisions, all or none: each recorded with its time; an exclusion cancels its row, which is never sent. */
    decide(batchId: string, decisions: ReadonlyArray<{ seq: number; presend: RowPresend; excludedBecause: ExclusionReason | null }>): void {
      db.transaction(() => {
        for (const { seq, presend, excludedBecause } of decisions) {
          saveRow.run(JSON.stringify(presend), batchId, seq);
          if (excludedBecause !== null && exclude.run(excludedBecause.message, excludedBecause.code, JSON.stringify(excludedBecause.params), batchId, seq).changes !== 1) throw new Error(`row ${seq} left ready while it was being excluded`);
        }
      })();
    },
  };
}

export type PresendStore = ReturnType<typeof createPresendStore>;
