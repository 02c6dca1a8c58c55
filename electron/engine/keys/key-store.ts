/**
 * Where secrets live. The engine receives one of these and never knows which: the OS keychain
 * in the app and in the keychain tests, the in-memory one only in tests about something else.
 * Accounts are named `<provider>/<environment>/<field>`.
 */
export type KeyStore = {
  readonly kind: 'os-keychain' | 'memory';
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  /** Returns whether something was removed. */
  remove(account: string): Promise<boolean>;
};
