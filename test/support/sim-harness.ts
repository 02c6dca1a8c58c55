import { afterEach } from 'vitest';
import { createHttpTransport, type HttpTransport } from '../../electron/engine/providers/http-transport.js';
import { defaultFaults, type Faults } from '../../electron/simulator/sim-faults.js';

/** Simulators and HTTP clients started in a test, all closed after it. */
export function useSims() {
  const open: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });
  /** A short response timeout, so the timeout fault is quick to prove. */
  function http(responseTimeoutMs = 1500): HttpTransport {
    const transport = createHttpTransport({ connectTimeoutMs: 1000, responseTimeoutMs });
    open.push(transport);
    return transport;
  }
  return {
    track<T extends { close: () => Promise<void> }>(thing: T): T {
      open.push(thing);
      return thing;
    },
    faults(overrides: Partial<Faults> = {}): Faults {
      return { ...defaultFaults(), settleMs: 0, ...overrides };
    },
    http,
    /**
     * A client for a simulator with these faults: where the timeout fault leaves an answer
     * hanging, the client gives up after 300 ms instead of waiting out the usual 1.5 s.
     */
    httpFor(faults: Partial<Faults>): HttpTransport {
      return http(faults.timeout ? hangingAnswerTimeoutMs : undefined);
    },
  };
}

/** Long enough for any real answer from a loopback simulator, short enough not to slow a test. */
const hangingAnswerTimeoutMs = 300;

/**
 * A settle time no test waits out: a payout stays processing however slow the machine is,
 * until the test settles the ledger itself, so tests assert outcomes, not timing.
 */
export const longSettle = 10 * 60_000;

