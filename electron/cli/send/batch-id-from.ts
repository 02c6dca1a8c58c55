import type { EngineHost } from '../../engine/host/engine-host.js';
import { UsageError } from '../usage-error.js';
import { ask } from './cli-engine.js';

/** What a command says when the id given names no batch, or more than one. */
export type BatchIdRefusals = {
  readonly notFound: (id: string, dataDir: string) => UsageError;
  readonly ambiguous: (id: string) => UsageError;
};

const statusRefusals: BatchIdRefusals = {
  notFound: (id, dataDir) => new UsageError('cli.status.notFound', { id, dataDir }),
  ambiguous: (id) => new UsageError('cli.status.ambiguous', { id }),
};

/**
 * The batch whose id starts with what was given (any case), as `paybatch status`,
 * `paybatch report` and `paybatch audit --batch` name one: a batch's id is long, so any unique
 * start of it will do. Discarded batches are looked at only when asked for.
 */
export async function batchIdFrom(engine: EngineHost, given: string, options: { readonly includeDiscarded?: boolean; readonly refusals?: BatchIdRefusals } = {}): Promise<string> {
  const refusals = options.refusals ?? statusRefusals;
  const listed = await ask(engine, 'batch.list', options.includeDiscarded ? { includeDiscarded: true } : {});
  const [only, another] = listed.filter((b) => b.batchId.startsWith(given.toLowerCase()));
  if (!only) throw refusals.notFound(given, engine.dataDir);
  if (another) throw refusals.ambiguous(given);
  return only.batchId;
}
