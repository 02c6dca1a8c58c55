import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../../electron/engine/engine.js';
import { serveEngine } from '../../electron/engine/host/serve-engine.js';
import type { EngineWorkerData } from '../../electron/engine/host/worker-protocol.js';
import { probeEvent } from './probe-event.js';

/**
 * The real engine on its real thread, with fault switches in `mapping.find`'s signature:
 * 'emit' sends probeEvent (probe-event.ts), 'throw' throws where nothing catches it (the thread dies),
 * 'exit' ends the thread with code 3, 'hang' never answers, 'spin' never lets the thread go. Any other signature is the engine's.
 */
if (!parentPort) throw new Error('a worker entry');
serveEngine(parentPort, workerData as EngineWorkerData, (options) => {
  const engine = createEngine(options);
  const find = engine.handlers['mapping.find'];
  const faults: Record<string, () => Promise<null>> = {
    emit: async () => {
      engine.emit(probeEvent);
      return null;
    },
    throw: () => {
      setImmediate(() => {
        throw new Error('a fault injected outside any promise');
      });
      return new Promise<null>(() => undefined);
    },
    exit: () => process.exit(3),
    hang: () => new Promise<null>(() => undefined),
    spin: () => {
      for (;;) {
        // The thread never comes back to its messages: only ending it stops this.
      }
    },
  };
  return { ...engine, handlers: { ...engine.handlers, 'mapping.find': (input, ctx) => faults[input.signature]?.() ?? find(input, ctx) } };
});
