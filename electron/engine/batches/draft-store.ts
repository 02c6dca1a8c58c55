import type { BatchInfo, BatchStatus } from '../../../shared/batches/batch-contract.js';
import type { ColumnMapping, ImportedRow, Payee, RowIssue } from '../../../shared/import/model.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { Db } from '../store/database.js';

/** A draft row as stored: the row the import read, and what the accountant has made of it. */
export type StoredRow = {
  readonly index: number;
  readonly imported: ImportedRow & { readonly written?: Partial<Record<string, string>> };
  /** Null while the row is as imported. */
  readonly payee: Payee | null;
  readonly entryIssues: readonly RowIssue[] | null;
  readonly excluded: boolean;
  readonly acknowledged: readonly string[];
};

/** What a change did to one row, before and after: enough to show it and to undo it. */
export type RowDelta = {
  /** Only the field the change was about. */
  readonly payee?: Partial<Payee>;
  readonly entryIssues?: readonly RowIssue[];
  readonly excluded?: boolean;
  readonly acknowledged?: readonly string[];
};

export type StoredChange = { readonly kind: string; readonly index: number; readonly field: string | null; readonly before: RowDelta; readonly after: RowDelta };

export type DraftMeta = {
  readonly provider: ProviderId;
  readonly currency: 'VND' | 'THB';
  readonly fileName: string;
  readonly fileHash: string;
  readonly sheet: string | null;
  readonly headerSignature: string;
  readonly mapping: ColumnMapping;
  readonly amountFormat: string;
  readonly rowCount: number;
};


type BatchRecord = {
  id: string;
  provider: ProviderId;
  currency: 'VND' | 'THB';
  file_name: string;
  file_hash: string | null;
  mapping_json: string;
  row_count: number;
  /** Rows the import handed over: the draft's rows, whatever approval later kept. */
  rows_received: number;
  total_minor: number;
  content_hash: string | null;
  status: BatchStatus;
  environment: string | null;
  repeat_of: string | null;
  created_at: string;
  updated_at: string;
  approved_at: string | null;
};

type DraftRowRecord = { idx: number; imported_json: string; payee_json: string | null; entry_json: string | null; excluded: number; acknowledged_json: string };

const columns = 'id, provider, currency, file_name, file_hash, mapping_json, row_count, rows_received, total_minor, content_hash, status, environment, repeat_of, created_at, updated_at, approved_at';

export function infoOf(record: BatchRecord): BatchInfo {
  return {
    batchId: record.id,
    provider: record.provider,
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
  };
}

/** The SQL behind draft batches. Every write of a change and its effect is one transaction. */
export function createDraftStore(db: Db) {
  const insertBatch = db.prepare(
    `INSERT INTO batch (id, provider, currency, file_name, file_hash, sheet, header_signature, mapping_json, amount_format, row_count, rows_received, total_minor, status, created_at, updated_at)
     VALUES (@id, @provider, @currency, @fileName, @fileHash, @sheet, @headerSignature, @mapping, @amountFormat, @rowCount, 0, 0, 'draft', @now, @now)`,
  );
  const byId = db.prepare<[string], BatchRecord>(`SELECT ${columns} FROM batch WHERE id = ?`);
  const listAll = db.prepare<[], BatchRecord>(`SELECT ${columns} FROM batch WHERE rows_received = row_count OR status <> 'draft' ORDER BY created_at DESC`);
  const sameFile = db.prepare<[string, string], BatchRecord>(`SELECT ${columns} FROM batch WHERE file_hash = ? AND id <> ? AND status <> 'discarded' AND (rows_received = row_count OR status <> 'draft') ORDER BY created_at`);
  const insertRow = db.prepare('INSERT INTO draft_row (batch_id, idx, sheet_row, imported_json) VALUES (?, ?, ?, ?)');
  const received = db.prepare("UPDATE batch SET rows_received = rows_received + ?, updated_at = ? WHERE id = ? AND status = 'draft'");
  const pageOfRows = db.prepare<[string, number, number], DraftRowRecord>(
    'SELECT idx, imported_json, payee_json, entry_json, excluded, acknowledged_json FROM draft_row WHERE batch_id = ? AND idx >= ? ORDER BY idx LIMIT ?',
  );
  const updateRow = db.prepare('UPDATE draft_row SET payee_json = ?, entry_json = ?, excluded = ?, acknowledged_json = ? WHERE batch_id = ? AND idx = ?');
  const insertChange = db.prepare('INSERT INTO draft_change (batch_id, step, kind, idx, field, before_json, after_json, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const lastStep = db.prepare<[string], { step: number | null }>('SELECT max(step) AS step FROM draft_change WHERE batch_id = ?');
  const lastLiveStep = db.prepare<[string], { step: number; kind: string; rows: number }>(
    'SELECT step, kind, count(*) AS rows FROM draft_change WHERE batch_id = ? AND undone = 0 GROUP BY step ORDER BY step DESC LIMIT 1',
  );
  const changesOfStep = db.prepare<[string, number], { kind: string; idx: number; field: string | null; before_json: string; after_json: string }>(
    'SELECT kind, idx, field, before_json, after_json FROM draft_change WHERE batch_id = ? AND step = ? ORDER BY id',
  );
  const markUndone = db.prepare('UPDATE draft_change SET undone = 1 WHERE batch_id = ? AND step = ?');
  const setTotals = db.prepare("UPDATE batch SET total_minor = ?, updated_at = ? WHERE id = ? AND status = 'draft'");
  const setStatus = db.prepare('UPDATE batch SET status = ?, updated_at = ?, discarded_at = CASE WHEN ? = \'discarded\' THEN ? ELSE discarded_at END WHERE id = ?');
  const deleteRows = db.prepare('DELETE FROM draft_row WHERE batch_id = ?');
  const deleteChanges = db.prepare('DELETE FROM draft_change WHERE batch_id = ?');
  const unfinished = db.prepare<[], { id: string }>("SELECT id FROM batch WHERE status = 'draft' AND rows_received < row_count");
  const deleteBatch = db.prepare('DELETE FROM batch WHERE id = ?');

  const writeRow = (row: StoredRowState, batchId: string): void => {
    updateRow.run(row.payee === null ? null : JSON.stringify(row.payee), row.entryIssues === null ? null : JSON.stringify(row.entryIssues), row.excluded ? 1 : 0, JSON.stringify(row.acknowledged), batchId, row.index);
  };

  return {
    create(id: string, meta: DraftMeta): void {
      insertBatch.run({ id, ...meta, mapping: JSON.stringify(meta.mapping), now: new Date().toISOString() });
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
    /** Rows from `from`, at most `limit`, in order. */
    rows(id: string, from: number, limit: number): StoredRow[] {
      return pageOfRows.all(id, from, limit).map((r) => ({
        index: r.idx,
        imported: JSON.parse(r.imported_json) as StoredRow['imported'],
        payee: r.payee_json === null ? null : (JSON.parse(r.payee_json) as Payee),
        entryIssues: r.entry_json === null ? null : (JSON.parse(r.entry_json) as RowIssue[]),
        excluded: r.excluded === 1,
        acknowledged: JSON.parse(r.acknowledged_json) as string[],
      }));
    },
    /** One step: the rows as they now are and what changed, written together. */
    saveStep(id: string, rows: readonly StoredRowState[], changes: readonly StoredChange[], total: number): void {
      db.transaction(() => {
        const step = (lastStep.get(id)?.step ?? 0) + 1;
        const now = new Date().toISOString();
        for (const row of rows) writeRow(row, id);
        for (const c of changes) insertChange.run(id, step, c.kind, c.index, c.field, JSON.stringify(c.before), JSON.stringify(c.after), now);
        setTotals.run(total, now, id);
      })();
    },
    /** A draft's total as its rows now add up (once checked, and after each change). */
    setTotal(id: string, total: number): void {
      setTotals.run(total, new Date().toISOString(), id);
    },
    /** The latest step not undone: what "Undo" would take back. */
    lastUndoable(id: string): { step: number; kind: string; rows: number } | null {
      return lastLiveStep.get(id) ?? null;
    },
    changesOf(id: string, step: number): StoredChange[] {
      return changesOfStep.all(id, step).map((c) => ({ kind: c.kind, index: c.idx, field: c.field, before: JSON.parse(c.before_json) as RowDelta, after: JSON.parse(c.after_json) as RowDelta }));
    },
    saveUndo(id: string, step: number, rows: readonly StoredRowState[], total: number): void {
      db.transaction(() => {
        for (const row of rows) writeRow(row, id);
        markUndone.run(id, step);
        setTotals.run(total, new Date().toISOString(), id);
      })();
    },
    discard(id: string): void {
      db.transaction(() => {
        const now = new Date().toISOString();
        setStatus.run('discarded', now, 'discarded', now, id);
        deleteChanges.run(id);
        deleteRows.run(id);
      })();
    },
    /** Drafts whose rows never all arrived (the window closed mid-import): nobody saw them. */
    removeUnfinished(): number {
      const ids = unfinished.all().map((r) => r.id);
      db.transaction(() => {
        for (const id of ids) {
          deleteRows.run(id);
          deleteBatch.run(id);
        }
      })();
      return ids.length;
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;

/** A row's mutable part as written back (`payee`/`entryIssues` null: as imported). */
export type StoredRowState = Pick<StoredRow, 'index' | 'payee' | 'entryIssues' | 'excluded' | 'acknowledged'>;
