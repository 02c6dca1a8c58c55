import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { credentialFields } from '../../../shared/credentials/credential-fields.js';
import type { ProviderSettings } from '../store/provider-settings.js';

export type PracticeProvider = {
  readonly settings: ProviderSettings;
  readonly secret: (field: string) => string;
  readonly close: () => Promise<void>;
  /** Tells a simulator that answers name questions who holds each account or phone. */
  readonly learnHolders: (entries: Iterable<readonly [string, string]>) => void;
  /** Tells a simulator that refunds what each payment refunded captured. */
  readonly learnCaptures: (entries: Iterable<readonly [string, number]>) => void;
};

/**
 * Practice with nothing set up: the provider's own simulator, started inside the engine on
 * first use with credentials made for it alone (kept in memory, never in the keychain). No
 * account, no money; the same clients, signatures and journal as Sandbox and Production.
 */
export function createPracticeSimulators(dataDir: string) {
  const started = new Map<ProviderId, Promise<PracticeProvider>>();

  async function start(provider: ProviderId): Promise<PracticeProvider> {
    // The simulators load on first use: most engines never practise, and each start would
    // otherwise pay for them (and for jose, which the AppotaPay simulator verifies with).
    const [{ generateSimCredentials }, { parseFaults }, { startSimulator }] = await Promise.all([
      import('../../simulator/sim-credentials.js'),
      import('../../simulator/sim-faults.js'),
      import('../../simulator/start-simulator.js'),
    ]);
    const credentials = generateSimCredentials(provider);
    // PAYBATCH_PRACTICE_FAULTS (the simulator's own --faults syntax) lets `npm run bench:send`
    // give Practice a fixed latency; nobody else sets it.
    const faults = parseFaults(process.env['PAYBATCH_PRACTICE_FAULTS']);
    // Its books in the data folder: a payout Practice made before the app closed is still known
    // when the app asks about it after it opens again, as a provider would know it.
    mkdirSync(join(dataDir, 'practice'), { recursive: true, mode: 0o700 });
    faults.books = join(dataDir, 'practice', `${provider}-payouts.jsonl`);
    faults.refundBooks = join(dataDir, 'practice', `${provider}-refunds.jsonl`);
    const sim = await startSimulator(provider, credentials, faults);
    const secrets = new Set<string>(credentialFields[provider].secrets);
    const settings: Record<string, string> = { baseUrl: sim.baseUrl };
    for (const [field, value] of Object.entries(credentials.creds)) if (!secrets.has(field)) settings[field] = value;
    return {
      settings: settings as ProviderSettings,
      secret: (field) => credentials.creds[field] ?? '',
      close: () => sim.close(),
      learnHolders: (entries) => {
        sim.holders?.learn(entries);
      },
      learnCaptures: (entries) => {
        sim.captures?.learn(entries);
      },
    };
  }

  return {
    get(provider: ProviderId): Promise<PracticeProvider> {
      let practice = started.get(provider);
      if (!practice) {
        practice = start(provider);
        started.set(provider, practice);
        practice.catch(() => started.delete(provider));
      }
      return practice;
    },
    async close(): Promise<void> {
      const all = [...started.values()];
      started.clear();
      await Promise.allSettled(all.map(async (p) => (await p).close()));
    },
  };
}

export type PracticeSimulators = ReturnType<typeof createPracticeSimulators>;
