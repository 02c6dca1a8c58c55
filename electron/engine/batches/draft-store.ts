import type { BatchInfo, BatchStatus } from '../../../shared/batches/batch-contract.js';
import type { AmountFormat, ColumnMapping, ImportedRow, Payee, RowIssue } from '../../../shared/import/model.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { Operation } from '../../../shared/providers/operations.js';
import type { Db } from '../store/database.js';
import { durable } from '../send/durability.js';
import { storedImportedRow, storedPayee } from '../store/stored-payee.js';

/** A draft row as stored: the row the import read. What became of it is in the steps. */
export type StoredRow = { readonly index: number; readonly imported: ImportedRow };

/** What a change did to one row, before and after: enough to show it and to undo it. */
export type RowDelta = {
  /** Only the field the change was about. */
  readonly payee?: Partial<Payee>;
  readonly entryIssues?: readonly RowIssue[];
  readonly excluded?: boolean;
  readonly acknowledged?: readonly string[];
};

export type StoredChange = { readonly index: number; readonly field: string | null; readonly before: RowDelta; readonly after: RowDelta };

/** One step the accountant took (an edit, a bulk fix, …) and every row it changed. */
export type StoredStep = { readonly step: number; readonly kind: string; readonly changes: readonly StoredChange[] };

type ChangeTuple = [index: number, field: string | null, before: RowDelta, after: RowDelta];

export type DraftMeta = {
  readonly provider: ProviderId;
  readonly operation: Operation;
  readonly currency: 'VND' | 'THB';
  readonly fileName: string;
  readonly fileHash: string | null;
  readonly sheet: string | null;
  readonly headerSignature: string;
  readonly mapping: ColumnMapping;
  readonly amountFormat: string;
  readonly rowCount: number;
  /** A retry's draft: the sent batch whose failed and rejected rows it holds. */
  readonly retryOf?: string | null;
};


type BatchRecord = {
  id: string;
  provider: ProviderId;
  operation: Operation;
  currency: 'VND' | 'THB';
  file_name: string;
  file_hash: string | null;
  mapping_json: string;
  amount_format: AmountFormat;
  row_count: number;
  /** Rows the import handed over: the draft's rows, whatever approval later kept. */
  rows_received: number;
  total_minor: number;
  content_hash: string | null;
  status: BatchStatus;
  environment: string | null;
  repeat_of: string | null;
  retry_of: string | null;
  created_at: string;
  updated_at: string;
  approved_at: string | null;
};

type DraftRowRecord = { idx: number; imported_json: string };
type FrozenRow = { sheet_row: number; order_id: string; payee_json: string; bank_code: string | null; account_type: string | null };

const columns = 'id, provider, operation, currency, file_name, file_hash, mapping_json, amount_format, row_count, rows_received, total_minor, content_hash, status, environment, repeat_of, retry_of, created_at, updated_at, approved_at';

export function infoOf(record: BatchRecord): BatchInfo {
  return {
    batchId: record.id,
    provider: record.provider,
    operation: record.operation,
    currency: record.currency,
    fileName: record.file_name,
    fileHash: record.file_hash,
    status: record.status,
    rowCount: record.row_count,
    total: record.total_minor,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
    approvedAt: record.approved_at,
    environment: record.environment,
    contentHash: record.content_hash,
    repeatOf: record.repeat_of,
    retryOf: record.retry_of,
  };
}

/** The SQL behind draft batches. Every write of a change and its effect is one transaction. */
export function createDraftStore(db: Db) {
  const insertBatch = db.prepare(
    `INSERT INTO batch (id, provider, operation, currency, file_name, file_hash, sheet, header_signature, mapping_json, amount_format, row_count, rows_received, total_minor, status, retry_of, created_at, updated_at)
     VALUES (@id, @provider, @operation, @currency, @fileName, @fileHash, @sheet, @headerSignature, @mapping, @amountFormat, @rowCount, 0, 0, 'draft', @retryOf, @now, @now)`,
  );
  const byId = db.prepare<[string], BatchRecord>(`SELECT ${columns} FROM batch WHERE id = ?`);
  const listAll = db.prepare<[], BatchRecord>(`SELECT ${columns} FROM batch WHERE rows_received = row_count OR status <> 'draft' ORDER BY created_at DESC`);
  const sameFile = db.prepare<[string, string], BatchRecord>(`SELECT ${columns} FROM batch WHERE file_hash = ? AND id <> ? AND status <> 'discarded' AND (rows_received = row_count OR status <> 'draft') ORDER BY created_at`);
  const insertRow = db.prepare('INSERT INTO draft_row (batch_id, idx, sheet_row, imported_json) VALUES (?, ?, ?, ?)');
  const received = db.prepare("UPDATE batch SET rows_received = rows_received + ?, updated_at = ? WHERE id = ? AND status = 'draft'");
  const pageOfRows = db.prepare<[string, number, number], DraftRowRecord>('SELECT idx, imported_json FROM draft_row WHERE batch_id = ? AND idx >= ? ORDER BY idx LIMIT ?');
  const insertStep = db.prepare('INSERT INTO draft_step (batch_id, step, kind, rows, changes_json, changed_at) VALUES (?, ?, ?, ?, ?, ?)');
  const lastStep = db.prepare<[string], { step: number | null }>('SELECT max(step) AS step FROM draft_step WHERE batch_id = ?');
  const lastLiveStep = db.prepare<[string], { step: number; kind: string; rows: number }>('SELECT step, kind, rows FROM draft_step WHERE batch_id = ? AND undone = 0 ORDER BY step DESC LIMIT 1');
  const stepChanges = db.prepare<[string, number], { changes_json: string }>('SELECT changes_json FROM draft_step WHERE batch_id = ? AND step = ?');
  const liveSteps = db.prepare<[string], { step: number; kind: string; changes_json: string }>('SELECT step, kind, changes_json FROM draft_step WHERE batch_id = ? AND undone = 0 ORDER BY step');
  const markUndone = db.prepare('UPDATE draft_step SET undone = 1 WHERE batch_id = ? AND step = ?');
  const setTotals = db.prepare("UPDATE batch SET total_minor = ?, updated_at = ? WHERE id = ? AND status = 'draft'");
  const setStatus = db.prepare("UPDATE batch SET status = ?, updated_at = ?, discarded_at = CASE WHEN ? = 'discarded' THEN ? ELSE discarded_at END WHERE id = ?");
  const deleteRows = db.prepare('DELETE FROM draft_row WHERE batch_id = ?');
  const deleteSteps = db.prepare('DELETE FROM draft_step WHERE batch_id = ?');
  const unfinished = db.prepare<[], { id: string }>("SELECT id FROM batch WHERE status = 'draft' AND rows_received < row_count");
  const deleteBatch = db.prepare('DELETE FROM batch WHERE id = ?');
  const frozenRows = db.prepare<[string], FrozenRow>('SELECT sheet_row, order_id, payee_json, bank_code, account_type FROM batch_row WHERE batch_id = ? ORDER BY seq');
  // A draft's steps survive the app closing or crashing once committed; only a power cut in the
  // instant after could lose the latest, and no money moves on a draft. So they are written
  // without waiting for the disk (WAL, synchronous=NORMAL), which an edit would otherwise wait
  // on every time; the send journal keeps FULL, the connection's setting. Both through
  // durable(), which remembers the level: set behind its back, the audit entry written next
  // took the connection for NORMAL and was committed FULL, an fsync on every edit.
  const unhurried = (write: () => void): void => {
    durable(db, 'NORMAL');
    try {
      db.transaction(write)();
    } finally {
      durable(db, 'FULL');
    }
  };
  const changesOf = (json: string): StoredChange[] => (JSON.parse(json) as ChangeTuple[]).map(([index, field, before, after]) => ({ index, field, before, after }));

  return {
    create(id: string, meta: DraftMeta): void {
      insertBatch.run({ id, ...meta, retryOf: meta.retryOf ?? null, mapping: JSON.stringify(meta.mapping), now: new Date().toISOString() });
    },
    info(id: string): BatchInfo | null {
      const record = byId.get(id);
      return record ? infoOf(record) : null;
    },
    record(id: string): (BatchRecord & { mapping: ColumnMapping }) | null {
      const record = byId.get(id);
      return record ? { ...record, mapping: JSON.parse(record.mapping_json) as ColumnMapping } : null;
    },
    list(includeDiscarded: boolean): BatchInfo[] {
      return listAll.all().filter((r) => includeDiscarded || r.status !== 'discarded').map(infoOf);
    },
    sameFile(fileHash: string, except: string): BatchInfo[] {
      return sameFile.all(fileHash, except).map(infoOf);
    },
    /** Appends rows in order, after the `first` already there. */
    addRows(id: string, first: number, rows: readonly ImportedRow[]): void {
      db.transaction(() => {
        rows.forEach((row, i) => insertRow.run(id, first + i, row.row, JSON.stringify(row)));
        received.run(rows.length, new Date().toISOString(), id);
      })();
    },
    /** An approved batch's rows as they were frozen: what is paid, whatever the draft said. */
    frozenRows(id: string): Array<{ sheetRow: number; orderId: string; payee: Payee; bankCode: string | null; accountType: string | null }> {
      return frozenRows.all(id).map((r) => ({ sheetRow: r.sheet_row, orderId: r.order_id, payee: storedPayee(r.payee_json), bankCode: r.bank_code, accountType: r.account_type }));
    },
    /** Rows from `from`, at most `limit`, in order, as imported. */
    rows(id: string, from: number, limit: number): StoredRow[] {
      return pageOfRows.all(id, from, limit).map((r) => ({ index: r.idx, imported: storedImportedRow(r.imported_json) }));
    },
    /** One step and the draft's new total, written together before the step is answered. */
    saveStep(id: string, kind: string, changes: readonly StoredChange[], total: number): void {
      const tuples: ChangeTuple[] = changes.map((c) => [c.index, c.field, c.before, c.after]);
      unhurried(() => {
        const now = new Date().toISOString();
        insertStep.run(id, (lastStep.get(id)?.step ?? 0) + 1, kind, changes.length, JSON.stringify(tuples), now);
        setTotals.run(total, now, id);
      });
    },
    /** The latest step not undone: what "Undo" would take back. */
    lastUndoable(id: string): { step: number; kind: string; rows: number } | null {
      return lastLiveStep.get(id) ?? null;
    },
    changesOf(id: string, step: number): StoredChange[] {
      const found = stepChanges.get(id, step);
      return found ? changesOf(found.changes_json) : [];
    },
    /** Every step not undone, in the order taken: replayed over the imported rows when a draft opens. */
    liveSteps(id: string): StoredStep[] {
      return liveSteps.all(id).map((s) => ({ step: s.step, kind: s.kind, changes: changesOf(s.changes_json) }));
    },
    /** A draft's total as its rows now add up (once checked, and after each change). */
    setTotal(id: string, total: number): void {
      setTotals.run(total, new Date().toISOString(), id);
    },
    saveUndo(id: string, step: number, total: number): void {
      unhurried(() => {
        markUndone.run(id, step);
        setTotals.run(total, new Date().toISOString(), id);
      });
    },
    discard(id: string): void {
      db.transaction(() => {
        const now = new Date().toISOString();
        setStatus.run('discarded', now, 'discarded', now, id);
        deleteSteps.run(id);
        deleteRows.run(id);
      })();
    },
    /** Drafts whose rows never all arrived (the window closed mid-import): nobody saw them. */
    removeUnfinished(): number {
      const ids = unfinished.all().map((r) => r.id);
      db.transaction(() => {
        for (const id of ids) {
          deleteSteps.run(id);
          deleteRows.run(id);
          deleteBatch.run(id);
        }
      })();
      return ids.length;
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
