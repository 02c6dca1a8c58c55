import type { MethodName } from '../../../shared/api.js';
import type { MethodHandlers } from '../engine.js';
import { EngineError } from '../engine-error.js';
import type { SendService } from './send-service.js';

type SendMethod = Extract<MethodName, `send.${string}`>;

/** The send feature's handler map: the window asks, the service decides. */
export function sendHandlers(service: SendService): Pick<MethodHandlers, SendMethod> {
  return {
    // Filled in by the pre-send checks (electron/engine/send/presend/).
    'send.check': async ({ batchId }) => {
      service.state(batchId);
      throw new EngineError('unavailable', 'Pre-send checks are not built yet.', undefined, { reason: 'presend_unavailable' });
    },
    'send.decide': async ({ batchId }) => {
      service.state(batchId);
      throw new EngineError('unavailable', 'Pre-send checks are not built yet.', undefined, { reason: 'presend_unavailable' });
    },
    'send.start': async ({ batchId, environment, concurrency }) => service.start(batchId, environment, concurrency),
    'send.pause': async ({ batchId }) => service.pause(batchId),
    'send.cancel': async ({ batchId }) => service.cancel(batchId),
    'send.status': async ({ batchId, statuses, offset, limit }) => service.status(batchId, statuses, offset ?? 0, limit ?? 100),
  };
}
