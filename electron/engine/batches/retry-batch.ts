import { randomUUID } from 'node:crypto';
import type { MethodOutput } from '../../../shared/api.js';
import type { BatchStatus } from '../../../shared/batches/batch-contract.js';
import type { ColumnMapping, ImportedRow } from '../../../shared/import/model.js';
import type { Operation } from '../../../shared/providers/operations.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { EngineError } from '../engine-error.js';
import type { Db } from '../store/database.js';
import { storedPayee } from '../store/stored-payee.js';
import type { DraftStore } from './draft-store.js';

/**
 * The batches a retry draft retries, nearest first: its own, the one that retried, and so on.
 * Their rows here were never paid, so none of them is an earlier payment to confirm again.
 */
export function retriedChain(db: Db, retryOf: string | null): Set<string> {
  const chain = new Set<string>();
  const next = db.prepare<[string], { retry_of: string | null }>('SELECT retry_of FROM batch WHERE id = ?');
  for (let id = retryOf; id !== null && !chain.has(id); id = next.get(id)?.retry_of ?? null) chain.add(id);
  return chain;
}

/** A sent row's fate that a retry sends again: the provider said no, or said it failed. Nothing was paid. */
export const retriedStatuses = ['failed', 'rejected'] as const;

type Sent = { provider: ProviderId; operation: Operation; currency: 'VND' | 'THB'; file_name: string; file_hash: string | null; sheet: string | null; header_signature: string | null; mapping_json: string; amount_format: string; status: BatchStatus };

/**
 * A new draft of a sent batch's failed and rejected rows, as they were approved, linked to it
 * (retry_of): it goes through Review and approval again and gets new order ids there, so no row
 * is ever sent again under an id the provider has already answered.
 */
export function retryBatch(db: Db, store: DraftStore, batchId: string): MethodOutput<'batch.retry'> {
  const sent = db.prepare<[string], Sent>('SELECT provider, operation, currency, file_name, file_hash, sheet, header_signature, mapping_json, amount_format, status FROM batch WHERE id = ?').get(batchId);
  if (!sent) throw new EngineError('not_found', 'This batch is not in Paybatch.', undefined, { reason: 'batch_not_found' });
  // Only once it has ended: a row still being sent or followed may yet fail, or be paid.
  if (sent.status !== 'finished' && sent.status !== 'cancelled') {
    throw new EngineError('refused', `This batch is ${sent.status}: its failed rows can be retried once it has ended.`, undefined, { reason: 'retry_not_ended', status: sent.status });
  }
  const rows = db
    .prepare<[string], { sheet_row: number; payee_json: string }>(`SELECT sheet_row, payee_json FROM batch_row WHERE batch_id = ? AND status IN (${retriedStatuses.map((s) => `'${s}'`).join(', ')}) ORDER BY seq`)
    .all(batchId);
  if (rows.length === 0) throw new EngineError('refused', 'No row of this batch failed or was refused: there is nothing to retry.', undefined, { reason: 'nothing_to_retry' });
  const mapping = JSON.parse(sent.mapping_json) as ColumnMapping;
  // Each value under the column it came from, so Review says "row 17, column Số tài khoản" as before.
  const sources = Object.freeze({ ...mapping });
  const imported: ImportedRow[] = rows.map((r) => ({ row: r.sheet_row, payee: storedPayee(r.payee_json), sources, issues: [] }));
  const id = randomUUID();
  db.transaction(() => {
    store.create(id, {
      provider: sent.provider,
      operation: sent.operation,
      currency: sent.currency,
      fileName: sent.file_name,
      fileHash: sent.file_hash,
      sheet: sent.sheet,
      headerSignature: sent.header_signature ?? '',
      mapping,
      amountFormat: sent.amount_format,
      rowCount: imported.length,
      retryOf: batchId,
    });
    store.addRows(id, 0, imported);
  })();
  return { batchId: id, rows: imported.length, total: imported.reduce((sum, r) => sum + (r.payee.amount ?? 0), 0) };
}
