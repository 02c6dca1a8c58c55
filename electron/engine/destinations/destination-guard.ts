import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { providerRules } from '../../../shared/providers/provider-rules.js';
import { defaultRuleLimits, type RuleLimits } from '../../../shared/providers/rule-limits.js';
import { EngineError } from '../engine-error.js';
import { publicKeyFingerprint } from '../keys/fingerprint.js';
import { parsePublicKey } from '../keys/parse-key.js';
import { addressText, classifyAddress, type AddressVerdict } from './address-rules.js';
import type { ChangeLog } from './change-log.js';
import { addressNotAllowed, addressUnconfirmed, confirmationMissing } from './change-refused.js';
import type { ChangeConfirmer, ChangeRequest, DestinationChange } from './change-request.js';

/** The settings that decide where requests go and which answers are believed. */
export type DestinationSettings = { readonly baseUrl?: string | undefined; readonly platformPublicKey?: string | undefined };

const limitFields = ['maxAmount', 'descriptionMax'] as const;

type AllowedAddress = Extract<AddressVerdict, { readonly ok: true }>;

/**
 * The one gate every change of provider address, verification key or limit passes, whoever
 * asks for it (the window, the browser, the CLI): it works out what would change, refuses what
 * can never be allowed, has a person confirm the rest through the port it was given, and logs
 * what was confirmed once it is saved.
 */
export function createDestinationGuard(options: { readonly confirmer: ChangeConfirmer | undefined; readonly log: ChangeLog }) {
  let asking = false;

  /** Whether Paybatch may send to an allowed address: Practice's and published ones at once, others once confirmed. */
  function isTrusted(provider: ProviderId, environment: Environment, address: AllowedAddress): boolean {
    if (environment === 'practice' || address.published) return true;
    const confirmed = options.log.lastConfirmedAddress(provider, environment);
    return confirmed !== null && new URL(confirmed).origin === address.url.origin;
  }

  function addressChange(provider: ProviderId, environment: Environment, before: string | undefined, after: string): DestinationChange | null {
    const verdict = classifyAddress(provider, environment, after);
    if (!verdict.ok) throw addressNotAllowed(provider, environment, verdict.rule, verdict.host);
    // Practice's simulators start on a new port each run.
    if (environment === 'practice') return null;
    // A new path on the origin Paybatch already sends to is no new destination.
    const previous = before === undefined ? null : classifyAddress(provider, environment, before);
    if (previous?.ok && previous.url.origin === verdict.url.origin && isTrusted(provider, environment, previous)) return null;
    if (before === undefined && verdict.published) return null;
    return { kind: 'address', from: before === undefined ? null : shownAddress(before), to: addressText(verdict.url), published: verdict.published };
  }

  function keyChange(provider: ProviderId, environment: Environment, before: string | undefined, after: string): DestinationChange | null {
    const key = parsePublicKey(after);
    if (!key) {
      const name = providerRules[provider].name;
      throw new EngineError('invalid_input', `The ${name} platformPublicKey is not a public key Paybatch can read. Give it as PEM or bare base64. Nothing was changed.`, undefined, { reason: 'platform_key_invalid_unchanged', provider, name });
    }
    // The first key comes with the credentials; Practice's simulators make a new one each run.
    if (environment === 'practice' || before === undefined) return null;
    const old = parsePublicKey(before);
    const from = old ? publicKeyFingerprint(old) : null;
    const to = publicKeyFingerprint(key);
    return from === to ? null : { kind: 'verification_key', from, to };
  }

  return {
    /** What saving `after` over `before` would change that needs a confirmation. */
    settingsChanges(provider: ProviderId, environment: Environment, before: DestinationSettings, after: DestinationSettings): ChangeRequest {
      const changes: DestinationChange[] = [];
      if (after.baseUrl !== undefined) {
        const change = addressChange(provider, environment, before.baseUrl, after.baseUrl);
        if (change) changes.push(change);
      }
      if (after.platformPublicKey !== undefined && after.platformPublicKey !== before.platformPublicKey) {
        const change = keyChange(provider, environment, before.platformPublicKey, after.platformPublicKey);
        if (change) changes.push(change);
      }
      return { provider, environment, changes };
    },

    limitsChanges(provider: ProviderId, before: RuleLimits, after: RuleLimits): ChangeRequest {
      const published = defaultRuleLimits[provider];
      const changes = limitFields
        .filter((field) => after[field] > published[field] && after[field] !== before[field])
        .map((field): DestinationChange => ({ kind: 'limit', field, from: before[field], to: after[field], publishedMax: published[field] }));
      return { provider, environment: null, changes };
    },

    /** Runs `apply` once the request is confirmed (at once when it changes nothing), then logs it. */
    async confirmThenApply<T>(request: ChangeRequest, apply: () => T | Promise<T>): Promise<T> {
      if (request.changes.length === 0) return apply();
      const confirmer = options.confirmer;
      if (!confirmer) throw confirmationMissing('confirmation_unavailable', request);
      // One question at a time: a window cannot stack dialogs until one is clicked through.
      if (asking) throw confirmationMissing('confirmation_busy', request);
      asking = true;
      let confirmed: boolean;
      try {
        confirmed = await confirmer.confirm(request);
      } finally {
        asking = false;
      }
      if (!confirmed) throw confirmationMissing('confirmation_declined', request);
      const result = await apply();
      options.log.record(request, confirmer.via);
      return result;
    },

    /** Before anything is sent: the stored address must be allowed and, unless published, confirmed. */
    assertUsable(provider: ProviderId, environment: Environment, settings: DestinationSettings): void {
      if (settings.baseUrl === undefined) return;
      const verdict = classifyAddress(provider, environment, settings.baseUrl);
      if (!verdict.ok) throw addressNotAllowed(provider, environment, verdict.rule, verdict.host);
      if (!isTrusted(provider, environment, verdict)) throw addressUnconfirmed(provider, environment, addressText(verdict.url));
    },
  };
}

export type DestinationGuard = ReturnType<typeof createDestinationGuard>;

/** A stored address as it may be shown: without anything that could be a credential. */
function shownAddress(text: string): string {
  try {
    const url = new URL(text);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return addressText(url);
  } catch {
    return 'an unreadable address';
  }
}
