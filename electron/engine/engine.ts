import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api.js';
import type { PaybatchEvent } from '../../shared/events.js';
import { providerCatalog } from '../../shared/providers.js';
import type { KeyStore } from './keys/key-store.js';
import { appName, appVersion } from './app-identity.js';
import { openDatabase } from './store/database.js';
import { createMappingStore } from './store/mapping-store.js';
import { createLimitsStore } from './store/limits-store.js';
import { createBatchFeature } from './batches/batch-handlers.js';
import { createCredentials, type Credentials } from './keys/credentials.js';
import { clientFor } from './providers/client-for.js';
import { EngineError } from './engine-error.js';
import { providerRules } from '../../shared/providers/provider-rules.js';
import { createProviderSettingsStore, providerSettingsSchema } from './store/provider-settings.js';
import { createChangeLog } from './destinations/change-log.js';
import { createDestinationGuard } from './destinations/destination-guard.js';
import type { ChangeConfirmer } from './destinations/change-request.js';
import { clientOpener } from './send/open-client.js';
import { createPracticeSimulators } from './send/practice-simulator.js';
import { sendHandlers } from './send/send-handlers.js';
import { reportHandlers } from './reports/report-handlers.js';
import { auditHandlers } from './audit/audit-handlers.js';
import { createAudit, type Audit } from './audit/audit-feature.js';
import { defaultSendPolicy, type SendPolicy } from './send/send-policy.js';
import { createSendService, type SendService } from './send/send-service.js';

export type Transport = 'ipc' | 'http';

/** Who is calling: lets a method say which transport it was reached by, never who to trust. */
export type CallContext = { readonly transport: Transport };

export type MethodHandlers = {
  readonly [M in MethodName]: (input: MethodInput<M>, ctx: CallContext) => Promise<MethodOutput<M>>;
};

export type EngineOptions = {
  readonly dataDir: string;
  readonly keyStore: KeyStore;
  /**
   * How a person confirms a new provider address, verification key or a limit above the
   * published one: a dialog the main process draws, or the CLI's --confirm-address. Without
   * one (the browser host) such changes are refused with what to run instead.
   */
  readonly confirmChanges?: ChangeConfirmer;
  /** Who sends from this data folder, as the send lock names it to another would-be sender. */
  readonly senderName?: string;
  readonly sendPolicy?: SendPolicy;
};

export type Engine = {
  readonly dataDir: string;
  readonly handlers: MethodHandlers;
  readonly credentials: Credentials;
  readonly send: SendService;
  /** The audit log: the dispatcher records each successful call that changes something. */
  readonly audit: Audit;
  /** Subscribe to engine events; returns the unsubscribe function. */
  readonly onEvent: (listener: (event: PaybatchEvent) => void) => () => void;
  readonly emit: (event: PaybatchEvent) => void;
  readonly close: () => Promise<void>;
};

export function createEngine(options: EngineOptions): Engine {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(join(options.dataDir, 'paybatch.sqlite'));
  const mappings = createMappingStore(db);
  const limits = createLimitsStore(db);
  const providerSettings = createProviderSettingsStore(db);
  const destinations = createDestinationGuard({ confirmer: options.confirmChanges, log: createChangeLog(db) });
  const credentials = createCredentials(options.keyStore, providerSettings, destinations);
  const events = new EventEmitter();
  // Every open renderer (window or browser tab) holds one listener; the default cap of 10
  // would print a leak warning for an ordinary number of tabs.
  events.setMaxListeners(100);

  const audit = createAudit(db, options.dataDir, {
    settingsOf: (provider, environment) => providerSettings.get(provider, environment),
    limitsOf: (provider) => limits.get(provider),
  });
  const batches = createBatchFeature(db, (provider) => limits.get(provider));
  const practice = createPracticeSimulators(options.dataDir);
  const send = createSendService({
    db,
    dataDir: options.dataDir,
    policy: options.sendPolicy ?? defaultSendPolicy,
    command: options.senderName ?? 'Paybatch',
    openClient: clientOpener({ db, credentials, settingsOf: (provider, environment) => providerSettings.get(provider, environment), limitsOf: (provider) => limits.get(provider), destinations, practice }),
    emit: (event) => events.emit('event', event),
    audit: audit.send,
  });

  const handlers: MethodHandlers = {
    ...batches.handlers,
    ...sendHandlers(send),
    ...reportHandlers(db),
    ...auditHandlers(db, audit),
    'app.info': async (_input, ctx) => ({
      name: appName,
      version: appVersion,
      dataDir: options.dataDir,
      transport: ctx.transport,
      providers: providerCatalog.map((p) => ({ ...p })),
    }),
    'mapping.find': async ({ signature }) => mappings.find(signature),
    'mapping.save': async (input) => mappings.save(input),
    'limits.get': async ({ provider }) => limits.get(provider),
    'limits.set': async ({ provider, limits: next }) => {
      const saved = await destinations.confirmThenApply(destinations.limitsChanges(provider, limits.get(provider), next), () => limits.set(provider, next));
      batches.drafts.limitsChanged(provider);
      send.forget(provider);
      return saved;
    },
    'keys.status': async ({ provider, environment }) => credentials.statusOf(provider ? [provider] : undefined, environment ? [environment] : undefined),
    'keys.setSecret': async ({ provider, environment, field, value }) => {
      const { secrets } = await credentials.setSecret(provider, environment, field, value);
      send.forget(provider, environment);
      return { provider, environment, secrets };
    },
    'keys.remove': async ({ provider, environment }) => {
      const removed = await credentials.remove(provider, environment);
      send.forget(provider, environment);
      return { removed };
    },
    'keys.import': async ({ provider, environment, creds }) => {
      const { secrets } = await credentials.import(provider, environment, creds);
      send.forget(provider, environment);
      return { provider, environment, secrets };
    },
    'keys.setSettings': async ({ provider, environment, settings }) => {
      const current = providerSettings.get(provider, environment);
      const parsed = providerSettingsSchema.safeParse({ ...current, ...withoutEmpty(settings) });
      if (!parsed.success) {
        const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
        throw new EngineError('invalid_input', `These ${provider} settings are not valid: ${fields}.`, undefined, { reason: 'settings_invalid', provider, fields });
      }
      await destinations.confirmThenApply(destinations.settingsChanges(provider, environment, current, parsed.data), () => providerSettings.set(provider, environment, parsed.data));
      send.forget(provider, environment);
      return { settings: parsed.data };
    },
    'connection.test': async ({ provider, environment }) => {
      const settings = providerSettings.get(provider, environment);
      // A balance query carries the keys (AppotaPay's JWT holds api_key in plain form).
      destinations.assertUsable(provider, environment, settings);
      const { client, http } = await clientFor(provider, environment, credentials, settings, limits.get(provider));
      try {
        const balance = await client.balance();
        if (!balance.ok) {
          const name = providerRules[provider].name;
          throw new EngineError('refused', `${name} (${environment}) answered, but not with a balance: ${balance.reason}. Check the credentials and the address.`, undefined, { reason: 'no_balance', provider, name, environment, answer: balance.reason });
        }
        return { balanceMinor: balance.balanceMinor, currency: providerRules[provider].currency };
      } finally {
        await http.close();
      }
    },
  };

  return {
    dataDir: options.dataDir,
    handlers,
    credentials,
    send,
    audit,
    onEvent(listener) {
      events.on('event', listener);
      return () => events.off('event', listener);
    },
    emit(event) {
      events.emit('event', event);
    },
    async close() {
      await send.close();
      await practice.close();
      events.removeAllListeners();
      if (db.open) audit.close();
      if (db.open) db.close();
    },
  };
}

/** A blank field in a settings form means "leave it unset", not "set it to nothing". */
function withoutEmpty(settings: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== ''));
}
