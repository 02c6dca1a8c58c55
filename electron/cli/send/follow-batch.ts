import type { Translator } from '../../../shared/i18n/translator.js';
import type { Operation } from '../../../shared/providers/operations.js';
import type { EngineHost } from '../../engine/host/engine-host.js';
import type { CliIo } from '../cli-io.js';
import { sendWords } from './operation-words.js';

/**
 * Prints how the batch is going while its rows are answered, on stderr and only to a
 * terminal (a log or a pipe gets the result alone), at most once a second, in the words of
 * what each batch does (paid, or refunded).
 */
export function showProgress(engine: EngineHost, io: CliIo, tr: Translator, operationOf: (batchId: string) => Operation = () => 'payout'): () => void {
  const terminal = 'isTTY' in io.stderr && io.stderr.isTTY === true;
  if (!terminal) return () => {};
  let last = 0;
  const stop = engine.onEvent((event) => {
    if (event.type !== 'batch.progress' || Date.now() - last < 1000) return;
    last = Date.now();
    const c = event.byStatus;
    const notPaid = (c.failed ?? 0) + (c.rejected ?? 0) + (c.cancelled ?? 0);
    io.stderr.write(`\r${tr.t(sendWords(operationOf(event.batchId)).progress, { done: event.done, total: event.total, succeeded: c.succeeded ?? 0, notPaid, pending: event.total - (c.succeeded ?? 0) - notPaid })}   `);
  });
  return () => {
    stop();
    if (last > 0) io.stderr.write('\n');
  };
}
