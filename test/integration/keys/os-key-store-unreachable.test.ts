import { describe, expect, it } from 'vitest';
import { EngineError } from '../../../electron/engine/engine-error.js';
import { createOsKeyStore } from '../../../electron/engine/keys/os-key-store.js';

/**
 * A keychain that cannot be reached. The keychain library keeps its first D-Bus connection for
 * the life of the process, so this file points the bus at nowhere before anything connects:
 * vitest runs each test file in a process of its own.
 */
process.env['DBUS_SESSION_BUS_ADDRESS'] = 'unix:path=/nonexistent/paybatch-no-bus';
const enabled = process.platform === 'linux';
const store = createOsKeyStore('paybatch-test-unreachable');

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => null,
    (error: unknown) => error,
  );
}

describe.skipIf(!enabled)('OS keychain key store, keychain unreachable', () => {
  it.each([
    ['read', () => store.get('hitechpay/sandbox/key1')],
    ['save', () => store.set('smilepayz/sandbox/privateKey', 'never-stored-secret')],
    ['remove', () => store.remove('haipay/production/secretKey')],
  ])('refuses to %s with a clear message instead of answering "not set"', async (action, run) => {
    const error = await failure(run);
    expect(error).toBeInstanceOf(EngineError);
    if (error instanceof EngineError) {
      expect(error.code).toBe('unavailable');
      expect(error.message).toContain(`could not ${action}`);
      expect(error.message).toMatch(/keychain/);
      expect(`${error.message} ${error.detail}`).not.toContain('never-stored-secret');
    }
  });
});
