import type { MethodOutput } from '../../../shared/api.js';
import type { ImportResult } from '../../../shared/import/import-file.js';
import type { Operation } from '../../../shared/providers/operations.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { EngineHost } from '../../engine/host/engine-host.js';
import { ask } from './cli-engine.js';

/** Rows per call: the contract's own limit for one batch.addRows. */
const rowsPerCall = 5000;

type Got = MethodOutput<'batch.get'>;

/**
 * A read sheet handed to the engine as the window hands it: a draft, its rows, then the
 * engine's own check of them (the command never takes its own word for what is valid).
 */
export async function draftFromImport(engine: EngineHost, provider: ProviderId, operation: Operation, result: ImportResult, fileHash: string): Promise<{ batchId: string; head: Got }> {
  const { batchId } = await ask(engine, 'batch.create', {
    provider,
    operation,
    currency: result.currency,
    fileName: result.file,
    fileHash,
    sheet: result.kind === 'xlsx' ? result.sheet : null,
    headerSignature: result.headerSignature,
    mapping: result.mapping,
    amountFormat: result.amountFormat,
    rowCount: Math.max(1, result.rows.length),
  });
  for (let from = 0; from < result.rows.length; from += rowsPerCall) {
    const rows = result.rows.slice(from, from + rowsPerCall).map((r) => ({ row: r.row, payee: r.payee, sources: r.sources, issues: [...r.issues] }));
    await ask(engine, 'batch.addRows', { batchId, rows });
  }
  for (;;) {
    const head = await ask(engine, 'batch.get', { batchId, limit: 0, approval: true });
    if (!head.checking) return { batchId, head };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
