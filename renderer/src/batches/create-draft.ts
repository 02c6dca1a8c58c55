import type { PaybatchBridge } from '../../../shared/bridge';
import type { BatchInfo } from '../../../shared/batches/batch-contract';
import type { ApiError } from '../../../shared/result';
import type { ImportedSheet } from './imported-sheet';

/**
 * Rows per call. The browser turns a request's text into bytes on the window's own thread
 * (about 8 ms per 1,000 rows, JSON.stringify another 2): 500 rows keep each call well inside
 * a frame, where 5,000 held the window for 80–190 ms each.
 */
const rowsPerCall = 500;

export type DraftCreated = { readonly batchId: string; readonly earlier: readonly BatchInfo[] };

/**
 * Hands an imported sheet to the engine as a draft batch: its facts first, then its rows in
 * calls small enough that neither the window nor the engine stalls on one of them.
 */
export async function createDraft(bridge: PaybatchBridge, sheet: ImportedSheet, onProgress: (sent: number) => void): Promise<{ ok: true; value: DraftCreated } | { ok: false; error: ApiError }> {
  const { summary, rows, provider, operation, amountFormat } = sheet;
  const created = await bridge['batch.create']({
    provider,
    operation,
    currency: summary.currency,
    fileName: summary.file,
    fileHash: summary.contentHash,
    sheet: summary.kind === 'xlsx' ? summary.sheet : null,
    headerSignature: summary.headerSignature,
    mapping: summary.mapping,
    amountFormat,
    rowCount: rows.length,
  });
  if (!created.ok) return { ok: false, error: created.error };
  const { batchId } = created.value;
  for (let from = 0; from < rows.length; from += rowsPerCall) {
    const sent = await bridge['batch.addRows']({ batchId, rows: rows.slice(from, from + rowsPerCall).map((r) => ({ row: r.row, payee: r.payee, sources: r.sources, issues: [...r.issues] })) });
    if (!sent.ok) return { ok: false, error: sent.error };
    onProgress(Math.min(rows.length, from + rowsPerCall));
  }
  return { ok: true, value: created.value };
}
