import { afterEach } from 'vitest';
import { createHttpTransport, type HttpTransport } from '../../electron/engine/providers/http-transport.js';
import { defaultFaults, type Faults } from '../../electron/simulator/sim-faults.js';

/** Simulators and HTTP clients started in a test, all closed after it. */
export function useSims() {
  const open: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });
  return {
    track<T extends { close: () => Promise<void> }>(thing: T): T {
      open.push(thing);
      return thing;
    },
    faults(overrides: Partial<Faults> = {}): Faults {
      return { ...defaultFaults(), settleMs: 0, ...overrides };
    },
    /** A short response timeout, so the timeout fault is quick to prove. */
    http(responseTimeoutMs = 1500): HttpTransport {
      const transport = createHttpTransport({ connectTimeoutMs: 1000, responseTimeoutMs });
      open.push(transport);
      return transport;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
