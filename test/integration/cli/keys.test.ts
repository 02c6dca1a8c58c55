import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../support/cli-in-process.js';
import { runPaybatch } from '../../support/paybatch-process.js';
import { rsaKeyPair } from '../../support/test-keys.js';
import { useTempDir } from '../../support/temp-dir.js';

const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1';
const tempDir = useTempDir();

/** Each test's keys under a keychain service of its own, never the app's real one. */
function useOwnKeychainService(): string {
  const service = `paybatch-cli-test-${randomUUID()}`;
  vi.stubEnv('PAYBATCH_KEYCHAIN_SERVICE', service);
  return service;
}
afterEach(() => {
  vi.unstubAllEnvs();
});

describe.skipIf(!enabled)('paybatch keys', () => {
  it('imports, shows fingerprints only, and removes; the secret never reaches stdout', async () => {
    useOwnKeychainService();
    const dataDir = tempDir();
    const creds = join(tempDir(), 'creds.json');
    const keys = rsaKeyPair();
    writeFileSync(creds, JSON.stringify({ appId: 554, paymentId: 'PAY-1', key1: 'k1-super-secret', key2: 'k2-super-secret', privateKey: keys.pkcs1Pem, baseUrl: 'http://127.0.0.1:4000/v2' }));
    const paybatch = (...args: string[]) => runCli([...args, '--data-dir', dataDir]);

    const imported = await paybatch('keys', 'import', 'hitechpay', '--env', 'sandbox', '--file', creds, '--confirm-address');
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Confirmed with --confirm-address for HiTechPAY · Sandbox:\n {2}Address none → http:\/\/127\.0\.0\.1:4000\/v2 \(not an address HiTechPAY publishes\)\nSaved hitechpay \(sandbox\): key1 sha256:[0-9a-f]{8}, key2 sha256:[0-9a-f]{8}, privateKey sha256:[0-9a-f]{8} in the system keychain/);

    const status = await paybatch('keys', 'status', '--json');
    expect(JSON.parse(status.stdout)).toEqual([
      {
        provider: 'hitechpay',
        environment: 'sandbox',
        secrets: [
          { field: 'key1', set: true, fingerprint: expect.stringMatching(/^sha256:/) },
          { field: 'key2', set: true, fingerprint: expect.stringMatching(/^sha256:/) },
          { field: 'privateKey', set: true, fingerprint: expect.stringMatching(/^sha256:/) },
        ],
        settings: { appId: '554', paymentId: 'PAY-1', baseUrl: 'http://127.0.0.1:4000/v2' },
      },
    ]);
    for (const out of [imported.stdout, status.stdout]) expect(out).not.toMatch(/super-secret|PRIVATE KEY/);

    expect((await paybatch('keys', 'remove', 'hitechpay', '--env', 'sandbox')).stdout).toBe('Removed the hitechpay (sandbox) keys and settings.\n');
    expect((await paybatch('keys', 'status')).stdout).toContain('No provider credentials are set');
  });

  it('sets an address the provider does not publish only with --confirm-address, and logs it', async () => {
    useOwnKeychainService();
    const dataDir = tempDir();
    const creds = join(tempDir(), 'creds.json');
    const paybatch = (...args: string[]) => runCli([...args, '--data-dir', dataDir]);
    writeFileSync(creds, JSON.stringify({ partnerCode: 'P1', apiKey: 'api-super-secret-1', secretKey: 'secret-super-secret-1', baseUrl: 'https://gateway.appotapay.com' }));
    expect(await paybatch('keys', 'import', 'appotapay', '--env', 'production', '--file', creds)).toMatchObject({ status: 0 });

    writeFileSync(creds, JSON.stringify({ partnerCode: 'P1', apiKey: 'api-super-secret-2', secretKey: 'secret-super-secret-2', baseUrl: 'https://payout.example.vn' }));
    const refused = await paybatch('keys', 'import', 'appotapay', '--env', 'production', '--file', creds);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('AppotaPay · Production: Address https://gateway.appotapay.com → https://payout.example.vn (not an address AppotaPay publishes)');
    expect(refused.stderr).toContain('paybatch keys import appotapay --env production --file creds.json --confirm-address');
    const unchanged = JSON.parse((await paybatch('keys', 'status', '--json')).stdout);
    expect(unchanged[0].settings.baseUrl).toBe('https://gateway.appotapay.com');

    const confirmed = await paybatch('keys', 'import', 'appotapay', '--env', 'production', '--file', creds, '--confirm-address');
    expect(confirmed.status, confirmed.stderr).toBe(0);
    expect(confirmed.stdout).toContain('Address https://gateway.appotapay.com → https://payout.example.vn');
    const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
    expect(db.prepare('SELECT kind, old_value, new_value, confirmed_via FROM destination_change').all()).toEqual([
      { kind: 'address', old_value: 'https://gateway.appotapay.com', new_value: 'https://payout.example.vn', confirmed_via: 'cli_flag' },
    ]);
    db.close();
    for (const out of [refused.stdout, refused.stderr, confirmed.stdout]) expect(out).not.toMatch(/super-secret/);
    await paybatch('keys', 'remove', 'appotapay', '--env', 'production');
  });

  it.each([
    [['keys', 'status', '--confirm-address'], '--confirm-address goes with keys import'],
    [['keys', 'import', 'paypal', '--env', 'sandbox', '--file', 'x.json'], 'name the provider'],
    [['keys', 'import', 'haipay', '--env', 'staging', '--file', 'x.json'], 'practice, sandbox, production'],
    [['keys', 'import', 'haipay', '--env', 'sandbox'], '--file creds.json'],
    [['keys', 'import', 'haipay', '--env', 'sandbox', '--file', '/nonexistent/creds.json'], 'could not be read'],
  ])('exits 2 with a message for %j', async (args, message) => {
    useOwnKeychainService();
    const run = await runCli([...args, '--data-dir', tempDir()]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('as a process: reads the system keychain and exits 0; exits 2 with one line for a bad provider', () => {
    useOwnKeychainService();
    const paybatch = (...args: string[]) => runPaybatch([...args, '--data-dir', tempDir()]);
    expect(paybatch('keys', 'status')).toMatchObject({ status: 0, stdout: expect.stringContaining('No provider credentials are set'), stderr: '' });
    expect(paybatch('keys', 'import', 'paypal', '--env', 'sandbox', '--file', 'x.json')).toMatchObject({ status: 2, stdout: '', stderr: expect.stringMatching(/^paybatch keys: name the provider/) });
  });
});

describe('paybatch simulate', () => {
  it.each([
    [['simulate'], 'name the provider to simulate'],
    [['simulate', 'haipay', '--faults', 'drop=2'], '--faults: fault drop needs a probability from 0 to 1'],
    [['simulate', 'haipay', '--port', 'x'], '--port must be a whole number'],
  ])('exits 2 with a message for %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('as a process: exits 2 with one line for a bad fault switch', () => {
    const run = runPaybatch(['simulate', 'haipay', '--faults', 'drop=2']);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toMatch(/^paybatch simulate: --faults: fault drop needs a probability from 0 to 1/);
  });
});
