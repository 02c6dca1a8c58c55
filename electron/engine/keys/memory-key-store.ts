import type { KeyStore } from './key-store.js';

/** For tests whose subject is not the keychain. Never used by the app itself. */
export function createMemoryKeyStore(): KeyStore {
  const secrets = new Map<string, string>();
  return {
    kind: 'memory',
    async get(account) {
      return secrets.get(account) ?? null;
    },
    async set(account, secret) {
      secrets.set(account, secret);
    },
    async remove(account) {
      return secrets.delete(account);
    },
  };
}
