import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { RuleLimits } from '../../../shared/providers/rule-limits.js';
import type { DestinationGuard } from '../destinations/destination-guard.js';
import type { Credentials } from '../keys/credentials.js';
import { clientFor } from '../providers/client-for.js';
import type { Db } from '../store/database.js';
import type { ProviderSettings } from '../store/provider-settings.js';
import { journaledTransport } from './attempt-log.js';
import type { PracticeSimulators } from './practice-simulator.js';
import type { OpenedClient } from './send-service.js';

/** Calls at once and per second when Settings leave them unset: gentle on any provider. */
const defaultConcurrency = 4;
const defaultRatePerSecond = 20;
/** Practice's own simulator is on this computer: no reason to hold it back. */
const practiceConcurrency = 8;
const practiceRatePerSecond = 500;

export type ClientSources = {
  readonly db: Db;
  readonly credentials: Pick<Credentials, 'secret'>;
  readonly settingsOf: (provider: ProviderId, environment: Environment) => ProviderSettings;
  readonly limitsOf: (provider: ProviderId) => RuleLimits;
  readonly destinations: Pick<DestinationGuard, 'assertUsable'>;
  readonly practice: PracticeSimulators;
};

/**
 * The client a batch is sent with: the stored address (checked against the confirmed ones:
 * the window can never change where money goes) and the keychain's keys; or, in Practice with
 * nothing set up, the engine's own simulator. Every call it makes is journaled.
 */
export function clientOpener(sources: ClientSources) {
  return async (provider: ProviderId, environment: Environment): Promise<OpenedClient> => {
    const stored = sources.settingsOf(provider, environment);
    const practice = environment === 'practice' && stored.baseUrl === undefined ? await sources.practice.get(provider) : null;
    const settings = practice ? { ...practice.settings, ...withoutAddress(stored) } : stored;
    if (!practice) sources.destinations.assertUsable(provider, environment, settings);
    const credentials = practice ? { secret: async (_p: ProviderId, _e: Environment, field: string) => practice.secret(field) } : sources.credentials;
    const listeners: Array<(ms: number) => void> = [];
    const { client, http, refunds } = await clientFor(provider, environment, credentials, settings, sources.limitsOf(provider), (raw) =>
      journaledTransport(sources.db, raw, (answer) => {
        // A 429 without a Retry-After still says "slower": a second's pause for every call.
        const wait = answer.retryAfterMs ?? (answer.status === 429 ? 1000 : undefined);
        if (wait !== undefined) for (const listener of listeners) listener(wait);
      }),
    );
    return {
      client,
      concurrency: settings.concurrency ?? (practice ? practiceConcurrency : defaultConcurrency),
      ratePerSecond: settings.ratePerSecond ?? (practice ? practiceRatePerSecond : defaultRatePerSecond),
      close: () => http.close(),
      onThrottle: (listener) => listeners.push(listener),
      ...(refunds ? { refunds } : {}),
      ...(practice ? { learnHolders: practice.learnHolders, learnCaptures: practice.learnCaptures } : {}),
    };
  };
}

/** Practice's own simulator keeps its own address and ids; timeouts and pace set in Settings still apply. */
function withoutAddress(settings: ProviderSettings): ProviderSettings {
  const { concurrency, ratePerSecond, connectTimeoutMs, responseTimeoutMs } = settings;
  return { ...(concurrency ? { concurrency } : {}), ...(ratePerSecond ? { ratePerSecond } : {}), ...(connectTimeoutMs ? { connectTimeoutMs } : {}), ...(responseTimeoutMs ? { responseTimeoutMs } : {}) };
}
