import type { MethodHandlers } from '../engine.js';
import { EngineError } from '../engine-error.js';
import type { Db } from '../store/database.js';

/** The audit log feature (issue #15 item 5). */
export function auditHandlers(_db: Db): Pick<MethodHandlers, 'audit.list' | 'audit.export' | 'audit.verify'> {
  const notBuilt = async (): Promise<never> => {
    throw new EngineError('unavailable', 'The audit log is not built yet.', undefined, { reason: 'not_built' });
  };
  return { 'audit.list': notBuilt, 'audit.export': notBuilt, 'audit.verify': notBuilt };
}
