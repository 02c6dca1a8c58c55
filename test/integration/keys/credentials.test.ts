import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/engine/engine.js';
import { fingerprint } from '../../../electron/engine/keys/fingerprint.js';
import { createOsKeyStore } from '../../../electron/engine/keys/os-key-store.js';
import { dispatch } from '../../../electron/engine/dispatch.js';
import { rsaKeyPair } from '../../support/test-keys.js';
import { useTempDir } from '../../support/temp-dir.js';

/** Against the real keychain (see os-key-store.test.ts for how `npm test` provides one). */
const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1';
const tempDir = useTempDir();

function engine() {
  const dataDir = tempDir();
  const service = `paybatch-test-${randomUUID()}`;
  return { dataDir, service, engine: createEngine({ dataDir, keyStore: createOsKeyStore(service) }) };
}

describe.skipIf(!enabled)('provider credentials in the OS keychain', () => {
  it.each([
    ['PKCS#8 PEM', 'pkcs8Pem'],
    ['PKCS#1 PEM', 'pkcs1Pem'],
    ['bare base64 DER', 'bareBase64'],
  ] as const)('imports a private key given as %s, shows only fingerprints, and removes it', async (_label, form) => {
    const { engine: e, dataDir, service } = engine();
    const keys = rsaKeyPair();
    const merchantSecret = `merchant-secret-${randomUUID()}`;
    const status = await e.credentials.import('smilepayz', 'sandbox', { merchantId: 'M-77', merchantSecret, privateKey: keys[form], platformPublicKey: keys.publicPem, baseUrl: 'https://sandbox-gateway.smilepayz.com' });
    expect(status.secrets).toEqual([
      { field: 'merchantSecret', set: true, fingerprint: fingerprint(merchantSecret) },
      { field: 'privateKey', set: true, fingerprint: fingerprint(keys.pkcs8Pem) },
    ]);
    expect(status.settings).toMatchObject({ merchantId: 'M-77', baseUrl: 'https://sandbox-gateway.smilepayz.com' });
    expect(await e.credentials.secret('smilepayz', 'sandbox', 'privateKey')).toBe(keys.pkcs8Pem);

    // Over the contract: set/not set and fingerprints only.
    const overContract = JSON.stringify(await dispatch(e, 'keys.status', { provider: 'smilepayz' }, { transport: 'http' }));
    expect(overContract).not.toContain(merchantSecret);
    expect(overContract).not.toContain(keys.bareBase64.slice(20, 60));

    await e.close();
    for (const file of readdirSync(dataDir)) {
      const bytes = readFileSync(join(dataDir, file));
      expect(bytes.includes(merchantSecret), file).toBe(false);
      expect(bytes.includes(keys.bareBase64.slice(20, 60)), file).toBe(false);
    }
    // Reopened, the same keys are found; removed, nothing is left.
    const again = createEngine({ dataDir, keyStore: createOsKeyStore(service) });
    expect((await again.credentials.status('smilepayz', 'sandbox')).secrets.map((s) => s.set)).toEqual([true, true]);
    expect(await again.credentials.remove('smilepayz', 'sandbox')).toBe(3);
    expect((await again.credentials.status('smilepayz', 'sandbox')).secrets.every((s) => !s.set)).toBe(true);
    await again.close();
  });

  it('refuses a key it cannot read, naming the field and not the value', async () => {
    const { engine: e } = engine();
    const attempt = e.credentials.import('haipay', 'production', { appId: 1, secretKey: 'hp-secret-xyz', privateKey: 'not a key at all but long enough to look like base64 maybe', platformPublicKey: rsaKeyPair().publicPem });
    await expect(attempt).rejects.toThrow(/The haipay privateKey is not a private key Paybatch can read/);
    await expect(attempt).rejects.not.toThrow(/hp-secret-xyz/);
    expect((await e.credentials.status('haipay', 'production')).secrets.every((s) => !s.set)).toBe(true);
    await e.close();
  });

  it('saves nothing, in the keychain or the settings, when a new address is not confirmed', async () => {
    const { engine: e } = engine();
    const first = { partnerCode: 'P1', apiKey: `api-${randomUUID()}`, secretKey: `secret-${randomUUID()}`, baseUrl: 'https://gateway.appotapay.com' };
    const before = await e.credentials.import('appotapay', 'production', first);
    const attempt = e.credentials.import('appotapay', 'production', { ...first, apiKey: `other-${randomUUID()}`, baseUrl: 'http://127.0.0.1:9' });
    await expect(attempt).rejects.toThrow(/Address https:\/\/gateway\.appotapay\.com → http:\/\/127\.0\.0\.1:9/);
    expect(await e.credentials.status('appotapay', 'production')).toEqual(before);
    expect(await e.credentials.secret('appotapay', 'production', 'apiKey')).toBe(first.apiKey);
    await e.credentials.remove('appotapay', 'production');
    await e.close();
  });

  it('names the missing fields of an incomplete creds file', async () => {
    const { engine: e } = engine();
    await expect(e.credentials.import('appotapay', 'practice', { partnerCode: 'P1' })).rejects.toThrow(/check apiKey, secretKey/);
    await e.close();
  });

  it('says what to do when a secret is needed but not set', async () => {
    const { engine: e } = engine();
    await expect(e.credentials.secret('hitechpay', 'production', 'key1')).rejects.toThrow('paybatch keys import hitechpay --env production --file creds.json');
    await e.close();
  });
});
