import { AsyncEntry } from '@napi-rs/keyring';
import { EngineError } from '../engine-error.js';
import type { KeyStore } from './key-store.js';

export const keychainService = 'paybatch';

/** Tests run against a service name of their own so they can never meet the app's real keys. */
export function keychainServiceName(env: NodeJS.ProcessEnv = process.env): string {
  return env['PAYBATCH_KEYCHAIN_SERVICE'] || keychainService;
}

/**
 * Secrets in the OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on
 * Linux). Any failure to reach it is reported as such and refused: there is no fallback to a
 * file, because a payout key on disk in plain text is worse than a payout that waits.
 */
export function createOsKeyStore(service: string = keychainServiceName()): KeyStore {
  // On Linux the library's default silently falls back to the kernel keyring (not persistent,
  // not the user's keychain) when Secret Service is missing; pinning the store makes that an
  // error instead. The option is ignored on macOS and Windows.
  const entry = (account: string): AsyncEntry => new AsyncEntry(service, account, { linux: { store: 'secret-service' } });
  return {
    kind: 'os-keychain',
    // getSecret is documented to reject when the store cannot be read, so an unreachable
    // keychain is never mistaken for one where the key is simply not set.
    get: (account) => guard('read', account, async () => decodeSecret(await entry(account).getSecret())),
    set: (account, secret) => guard('save', account, () => entry(account).setPassword(secret)),
    remove: (account) => guard('remove', account, () => entry(account).deleteCredential()),
  };
}

function decodeSecret(bytes: number[] | null): string | null {
  return bytes === null ? null : new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
}

/** What Paybatch was doing with the keychain: a translated message names it in its own words. */
export type KeychainAction = 'read' | 'save' | 'remove';

async function guard<T>(action: KeychainAction, account: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw keychainError(action, account, error);
  }
}

export function keychainError(action: KeychainAction, account: string, error: unknown): EngineError {
  const text = error instanceof Error ? error.message : String(error);
  const locked = /\blocked\b|prompt|dismissed/i.test(text);
  const message = locked
    ? `Paybatch could not ${action} the key ${account} because the system keychain is locked. Unlock your keychain (log in again, or open your keyring app) and try again.`
    : `Paybatch could not ${action} the key ${account} because the system keychain is not reachable. Make sure a keychain service is running (on Linux: GNOME Keyring or KWallet), then try again. Paybatch never stores keys anywhere else.`;
  return new EngineError('unavailable', message, `keychain ${action} ${account}: ${text}`, { reason: locked ? 'keychain_locked' : 'keychain_unreachable', action, account });
}
