import type { Environment } from '../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../shared/providers/provider-ids.js';
import { createEngine, type Engine } from '../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../electron/engine/keys/memory-key-store.js';
import type { KeyStore } from '../../electron/engine/keys/key-store.js';
import { generateSimCredentials } from '../../electron/simulator/sim-credentials.js';
import type { Faults } from '../../electron/simulator/sim-faults.js';
import { startSimulator } from '../../electron/simulator/start-simulator.js';
import { call, valueOf } from './drafts.js';
import { quickPolicy } from './sending.js';
import { useSims } from './sim-harness.js';
import { useTempDir } from './temp-dir.js';

type SimOptions = {
  /** Connection settings stored for Practice (concurrency, rate, timeouts). */
  readonly settings?: Record<string, number>;
  /** Credentials changed from the generated ones (undefined: left out). */
  readonly creds?: Record<string, string | undefined>;
  readonly environment?: Environment;
};

/**
 * For a sending test file: engines on fresh data folders with the test policy, and provider
 * simulators whose credentials are imported as the engine's Practice ones; all closed after
 * each test.
 */
export function usePractice() {
  const sims = useSims();
  const tempDir = useTempDir();
  return {
    sims,
    tempDir,
    engineIn(dataDir: string = tempDir(), keyStore: KeyStore = createMemoryKeyStore()): Engine {
      return sims.track(createEngine({ dataDir, keyStore, sendPolicy: quickPolicy }));
    },
    async simFor(engine: Engine, provider: ProviderId, faults: Partial<Faults> = {}, options: SimOptions = {}) {
      const credentials = generateSimCredentials(provider);
      const sim = sims.track(await startSimulator(provider, credentials, sims.faults({ settleMs: 30, ...faults })));
      const environment = options.environment ?? 'practice';
      const creds = Object.fromEntries(Object.entries({ ...credentials.creds, ...options.creds, baseUrl: sim.baseUrl }).filter((e): e is [string, string] => e[1] !== undefined));
      valueOf(await call(engine, 'keys.import', { provider, environment, creds }));
      if (options.settings && Object.keys(options.settings).length > 0) valueOf(await call(engine, 'keys.setSettings', { provider, environment, settings: options.settings }));
      return Object.assign(sim, { creds: credentials.creds });
    },
  };
}
