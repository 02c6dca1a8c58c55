import { z } from 'zod';
import { credentialFields, credsFileSchemas, environments, keychainAccount, type Environment, type SecretStatus } from '../../../shared/credentials/credential-fields.js';
import { providerIds, type ProviderId } from '../../../shared/providers/provider-ids.js';
import type { DestinationGuard } from '../destinations/destination-guard.js';
import { EngineError } from '../engine-error.js';
import type { ProviderSettings } from '../store/provider-settings.js';
import { fingerprint } from './fingerprint.js';
import type { KeyStore } from './key-store.js';
import { parsePrivateKey, parsePublicKey, privateKeyPem } from './parse-key.js';
import { keysImportCommand } from '../../../shared/credentials/keys-import-command.js';

type SettingsStore = {
  get(provider: ProviderId, environment: Environment): ProviderSettings;
  set(provider: ProviderId, environment: Environment, settings: ProviderSettings): void;
  remove(provider: ProviderId, environment: Environment): boolean;
};

export type CredentialStatus = {
  provider: ProviderId;
  environment: Environment;
  secrets: SecretStatus[];
  settings: ProviderSettings;
};

/**
 * Credentials in, out and described. Secrets go to the keychain first: if that fails nothing
 * is half-saved. Errors name the provider and field, never the value. A new address or
 * verification key passes the destination guard before anything at all is saved.
 */
export function createCredentials(keyStore: KeyStore, settings: SettingsStore, destinations: DestinationGuard) {
  return {
    async import(provider: ProviderId, environment: Environment, input: unknown): Promise<CredentialStatus> {
      const parsed = credsFileSchemas[provider].safeParse(input);
      if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].filter(Boolean);
        const expected = [...credentialFields[provider].secrets, ...credentialFields[provider].settings].join(', ');
        throw new EngineError(
          'invalid_input',
          `These ${provider} credentials are incomplete or malformed: check ${fields.join(', ') || 'the file'}. Expected fields: ${expected} (and optionally baseUrl).`,
          z.prettifyError(parsed.error).replace(/"[^"]{12,}"/g, '"…"'),
          // fieldCount 0 reads "the file" in each language; the field names are the schema's own, never the file's text.
          { reason: 'credentials_malformed', provider, fields: fields.join(', '), fieldCount: fields.length, expected },
        );
      }
      const values: Record<string, string | undefined> = parsed.data;
      const secrets: Array<[string, string]> = [];
      for (const field of credentialFields[provider].secrets) {
        let value = values[field] ?? '';
        if (field === 'privateKey') {
          const key = parsePrivateKey(value);
          if (!key) throw new EngineError('invalid_input', `The ${provider} privateKey is not a private key Paybatch can read. Give it as PEM (PKCS#8 or PKCS#1) or as the bare base64 of the key.`, undefined, { reason: 'private_key_invalid', provider });
          value = privateKeyPem(key);
        }
        secrets.push([field, value]);
      }
      if (values['platformPublicKey'] !== undefined && !parsePublicKey(values['platformPublicKey'])) {
        throw new EngineError('invalid_input', `The ${provider} platformPublicKey is not a public key Paybatch can read. Give it as PEM or bare base64.`, undefined, { reason: 'platform_key_invalid', provider });
      }
      const next: ProviderSettings = {};
      for (const field of [...credentialFields[provider].settings, 'baseUrl'] as const) {
        const value = values[field];
        if (value !== undefined) Object.assign(next, { [field]: value });
      }
      const request = destinations.settingsChanges(provider, environment, settings.get(provider, environment), next);
      await destinations.confirmThenApply(request, async () => {
        const written: string[] = [];
        try {
          for (const [field, value] of secrets) {
            const account = keychainAccount(provider, environment, field);
            await keyStore.set(account, value);
            written.push(account);
          }
        } catch (error) {
          for (const account of written) await keyStore.remove(account).catch(() => false);
          throw error;
        }
        settings.set(provider, environment, { ...settings.get(provider, environment), ...next });
      });
      return this.status(provider, environment);
    },

    async status(provider: ProviderId, environment: Environment): Promise<CredentialStatus> {
      const secrets: SecretStatus[] = [];
      for (const field of credentialFields[provider].secrets) {
        const value = await keyStore.get(keychainAccount(provider, environment, field));
        secrets.push({ field, set: value !== null, fingerprint: value === null ? null : fingerprint(value) });
      }
      return { provider, environment, secrets, settings: settings.get(provider, environment) };
    },

    /** Every provider and environment asked for (all of them by default). */
    async statusOf(providers: readonly ProviderId[] = providerIds, envs: readonly Environment[] = environments): Promise<CredentialStatus[]> {
      const all: CredentialStatus[] = [];
      for (const provider of providers) for (const environment of envs) all.push(await this.status(provider, environment));
      return all;
    },

    async setSecret(provider: ProviderId, environment: Environment, field: string, value: string): Promise<CredentialStatus> {
      if (!(credentialFields[provider].secrets as readonly string[]).includes(field)) throw new EngineError('invalid_input', `${field} is not a ${provider} secret.`, undefined, { reason: 'not_a_secret', provider, field });
      let stored = value.trim();
      if (field === 'privateKey') {
        const key = parsePrivateKey(stored);
        if (!key) throw new EngineError('invalid_input', 'That is not a private key Paybatch can read. Give it as PEM (PKCS#8 or PKCS#1) or as the bare base64 of the key.', undefined, { reason: 'typed_private_key_invalid' });
        stored = privateKeyPem(key);
      }
      if (stored === '') throw new EngineError('invalid_input', `The ${field} is empty.`, undefined, { reason: 'secret_empty', field });
      await keyStore.set(keychainAccount(provider, environment, field), stored);
      return this.status(provider, environment);
    },

    /** The secret itself: for the engine's signing only, never returned over the contract. */
    async secret(provider: ProviderId, environment: Environment, field: string): Promise<string> {
      const value = await keyStore.get(keychainAccount(provider, environment, field));
      if (value === null) {
        const command = keysImportCommand(provider, environment);
        throw new EngineError('unavailable', `The ${provider} ${field} for ${environment} is not set. Add it in Settings, or run: ${command}`, undefined, { reason: 'secret_not_set', provider, field, environment, command });
      }
      return value;
    },

    async remove(provider: ProviderId, environment: Environment): Promise<number> {
      let removed = 0;
      for (const field of credentialFields[provider].secrets) {
        if (await keyStore.remove(keychainAccount(provider, environment, field))) removed += 1;
      }
      if (settings.remove(provider, environment)) removed += 1;
      return removed;
    },
  };
}

export type Credentials = ReturnType<typeof createCredentials>;
