import type { BatchStatus } from '../../../shared/batches/batch-contract.js';
import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ColumnMapping, Currency } from '../../../shared/import/model.js';
import type { Operation } from '../../../shared/providers/operations.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { ReportBatch, ReportRow } from '../../../shared/reports/report-columns.js';
import { EngineError } from '../engine-error.js';
import { rowOutcomeColumns, rowOutcomeOf, type RowOutcomeRecord } from '../send/row-outcome.js';
import type { Db } from '../store/database.js';
import { storedPayee } from '../store/stored-payee.js';

type BatchRecord = {
  id: string; provider: ProviderId; operation: Operation; currency: Currency; status: BatchStatus; environment: Environment | null; file_name: string; file_hash: string | null;
  content_hash: string | null; mapping_json: string; header_signature: string | null; row_count: number; total_minor: number; approved_at: string | null; send_started_at: string | null; finished_at: string | null;
};

/**
 * Rows read at a time. Between pages the engine answers other requests (a batch being sent
 * keeps being written), so a page is read whole and no statement is left open across a pause.
 */
export const reportPageRows = 2_000;

/**
 * The batch a report is asked for, as the journal has it. Only an approved batch has a result
 * (its rows frozen, each with its order id); a draft, or a discarded one, is refused.
 */
export function reportBatch(db: Db, batchId: string): ReportBatch {
  const r = db
    .prepare<[string], BatchRecord>(
      `SELECT id, provider, operation, currency, status, environment, file_name, file_hash, content_hash, mapping_json, header_signature, row_count, total_minor, approved_at, send_started_at, finished_at
       FROM batch WHERE id = ?`,
    )
    .get(batchId);
  if (!r) throw new EngineError('not_found', 'This batch is not in Paybatch.', undefined, { reason: 'batch_not_found' });
  if (r.status === 'draft' || r.status === 'discarded') {
    throw new EngineError('refused', 'This batch was never approved, so nothing of it was sent and there is no result to export.', undefined, { reason: 'report_never_approved' });
  }
  return {
    batchId: r.id,
    provider: r.provider,
    operation: r.operation,
    currency: r.currency,
    status: r.status,
    environment: r.environment,
    fileName: r.file_name,
    fileHash: r.file_hash,
    contentHash: r.content_hash,
    mapping: JSON.parse(r.mapping_json) as ColumnMapping,
    headerOrder: r.header_signature ? r.header_signature.split('|') : [],
    rowCount: r.row_count,
    total: r.total_minor,
    approvedAt: r.approved_at,
    sendStartedAt: r.send_started_at,
    finishedAt: r.finished_at,
  };
}

/** Every row of the batch in sheet order, a page at a time, with a pause between pages. */
export async function* reportRows(db: Db, batchId: string): AsyncGenerator<ReportRow> {
  const page = db.prepare<[string, number, number], RowOutcomeRecord>(`SELECT ${rowOutcomeColumns} FROM batch_row WHERE batch_id = ? AND seq > ? ORDER BY seq LIMIT ?`);
  let after = 0;
  for (;;) {
    const records = page.all(batchId, after, reportPageRows);
    for (const r of records) yield rowOf(r);
    const last = records.at(-1);
    if (!last || records.length < reportPageRows) return;
    after = last.seq;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function rowOf(r: RowOutcomeRecord): ReportRow {
  return { ...rowOutcomeOf(r), sheetRow: r.sheet_row, payee: storedPayee(r.payee_json) };
}
