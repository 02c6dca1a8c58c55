import type { MethodHandlers } from '../engine.js';
import { EngineError } from '../engine-error.js';
import type { Db } from '../store/database.js';

/** The result report feature (issue #15 item 2). */
export function reportHandlers(_db: Db): Pick<MethodHandlers, 'report.export'> {
  return {
    'report.export': async () => {
      throw new EngineError('unavailable', 'The result report is not built yet.', undefined, { reason: 'not_built' });
    },
  };
}
