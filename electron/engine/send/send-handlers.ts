import type { MethodName } from '../../../shared/api.js';
import type { MethodHandlers } from '../engine.js';
import type { SendService } from './send-service.js';

type SendMethod = Extract<MethodName, `send.${string}`>;

/** The send feature's handler map: the window asks, the service decides. */
export function sendHandlers(service: SendService): Pick<MethodHandlers, SendMethod> {
  return {
    'send.check': async ({ batchId, environment }) => service.presend.check(batchId, environment),
    'send.decide': async ({ batchId, decisions }) => service.presend.decide(batchId, decisions),
    'send.start': async ({ batchId, environment, concurrency }) => service.start(batchId, environment, concurrency),
    'send.pause': async ({ batchId }) => service.pause(batchId),
    'send.cancel': async ({ batchId }) => service.cancel(batchId),
    'send.resume': async ({ continuePaused }) => {
      const { resumed, held } = await service.resumeAll({ continuePaused });
      return { batchIds: resumed, held: held.map((h) => ({ batchId: h.batchId, error: { code: h.code, message: h.message, ...(h.params ? { params: h.params } : {}) } })) };
    },
    'send.resolve': async ({ batchId, seq, paid }) => service.resolve(batchId, seq, paid),
    'send.status': async ({ batchId, statuses, offset, limit }) => service.status(batchId, statuses, offset ?? 0, limit ?? 100),
  };
}
