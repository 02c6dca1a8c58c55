import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createOsKeyStore } from '../../../electron/engine/keys/os-key-store.js';

/**
 * Against the real OS keychain (Secret Service via gnome-keyring on Linux). `npm test` runs
 * these inside a private D-Bus session with a throwaway keyring and sets
 * PAYBATCH_KEYCHAIN_TESTS; a bare `vitest` run outside it skips them rather than touch your
 * own keychain.
 */
const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1';
// A service name of our own per run, so nothing here can meet a real Paybatch secret.
const service = `paybatch-test-${randomUUID()}`;
const store = createOsKeyStore(service);
const used: string[] = [];

afterEach(async () => {
  for (const account of used.splice(0)) await store.remove(account).catch(() => false);
});

describe.skipIf(!enabled)('OS keychain key store', () => {
  it('stores, reads back and removes a secret', async () => {
    const account = 'haipay/sandbox/secretKey';
    used.push(account);
    expect(await store.get(account)).toBeNull();
    await store.set(account, 'k3y-Đồng-฿-value');
    expect(await store.get(account)).toBe('k3y-Đồng-฿-value');
    expect(await store.remove(account)).toBe(true);
    expect(await store.get(account)).toBeNull();
    expect(await store.remove(account)).toBe(false);
  });

  it('keeps accounts apart and overwrites in place', async () => {
    const [a, b] = ['appotapay/practice/secretKey', 'appotapay/production/secretKey'];
    used.push(a, b);
    await store.set(a, 'one');
    await store.set(b, 'two');
    await store.set(a, 'three');
    expect([await store.get(a), await store.get(b)]).toEqual(['three', 'two']);
  });
});
