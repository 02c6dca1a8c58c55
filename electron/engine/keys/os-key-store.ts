import { AsyncEntry } from '@napi-rs/keyring';
import { EngineError } from '../engine-error.js';
import type { KeyStore } from './key-store.js';

export const keychainService = 'paybatch';

/**
 * Secrets in the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on
 * Linux). Any failure to reach it is reported as such and refused: there is no fallback to a
 * file, because a payout key on disk in plain text is worse than a payout that waits.
 */
export function createOsKeyStore(service: string = keychainService): KeyStore {
  const entry = (account: string): AsyncEntry => new AsyncEntry(service, account);
  return {
    kind: 'os-keychain',
    get: (account) => guard('read', account, () => entry(account).getPassword()),
    set: (account, secret) => guard('save', account, () => entry(account).setPassword(secret)),
    remove: (account) => guard('remove', account, () => entry(account).deleteCredential()),
  };
}

async function guard<T>(action: string, account: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw keychainError(action, account, error);
  }
}

export function keychainError(action: string, account: string, error: unknown): EngineError {
  const text = error instanceof Error ? error.message : String(error);
  const locked = /locked|prompt|dismissed|denied/i.test(text);
  const message = locked
    ? `Paybatch could not ${action} the key ${account} because the system keychain is locked. Unlock your keychain (log in again, or open your keyring app) and try again.`
    : `Paybatch could not ${action} the key ${account} because the system keychain is not reachable. Make sure a keychain service is running (on Linux: GNOME Keyring or KWallet), then try again. Paybatch never stores keys anywhere else.`;
  return new EngineError('unavailable', message, `keychain ${action} ${account}: ${text}`);
}
