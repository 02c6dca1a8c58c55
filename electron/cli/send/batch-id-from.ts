import type { EngineHost } from '../../engine/host/engine-host.js';
import { UsageError } from '../usage-error.js';
import { ask } from './cli-engine.js';

/**
 * The batch whose id starts with what was given (any case), as `paybatch status` and
 * `paybatch report` name one: a batch's id is long, so any unique start of it will do.
 */
export async function batchIdFrom(engine: EngineHost, given: string): Promise<string> {
  const matches = (await ask(engine, 'batch.list', {})).filter((b) => b.batchId.startsWith(given.toLowerCase()));
  const [only, another] = matches;
  if (!only) throw new UsageError('cli.status.notFound', { id: given, dataDir: engine.dataDir });
  if (another) throw new UsageError('cli.status.ambiguous', { id: given });
  return only.batchId;
}
