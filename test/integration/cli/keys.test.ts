import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paybatch-process.js';
import { rsaKeyPair } from '../../support/test-keys.js';
import { useTempDir } from '../../support/temp-dir.js';

const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1';
const tempDir = useTempDir();

describe.skipIf(!enabled)('paybatch keys', () => {
  it('imports, shows fingerprints only, and removes; the secret never reaches stdout', () => {
    const service = `paybatch-cli-test-${randomUUID()}`;
    const dataDir = tempDir();
    const creds = join(tempDir(), 'creds.json');
    const keys = rsaKeyPair();
    writeFileSync(creds, JSON.stringify({ appId: 554, paymentId: 'PAY-1', key1: 'k1-super-secret', key2: 'k2-super-secret', privateKey: keys.pkcs1Pem, baseUrl: 'http://127.0.0.1:4000/v2' }));
    const paybatch = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'bin/paybatch.js'), ...args, '--data-dir', dataDir], { encoding: 'utf8', env: { ...process.env, PAYBATCH_KEYCHAIN_SERVICE: service } });

    const imported = paybatch('keys', 'import', 'hitechpay', '--env', 'sandbox', '--file', creds);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Saved hitechpay \(sandbox\): key1 sha256:[0-9a-f]{8}, key2 sha256:[0-9a-f]{8}, privateKey sha256:[0-9a-f]{8} in the system keychain/);

    const status = paybatch('keys', 'status', '--json');
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

    expect(paybatch('keys', 'remove', 'hitechpay', '--env', 'sandbox').stdout).toBe('Removed the hitechpay (sandbox) keys and settings.\n');
    expect(paybatch('keys', 'status').stdout).toContain('No provider credentials are set');
  });

  it.each([
    [['keys', 'import', 'paypal', '--env', 'sandbox', '--file', 'x.json'], 'name the provider'],
    [['keys', 'import', 'haipay', '--env', 'staging', '--file', 'x.json'], 'practice, sandbox, production'],
    [['keys', 'import', 'haipay', '--env', 'sandbox'], '--file creds.json'],
    [['keys', 'import', 'haipay', '--env', 'sandbox', '--file', '/nonexistent/creds.json'], 'could not be read'],
  ])('exits 2 with a message for %j', (args, message) => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/paybatch.js'), ...args, '--data-dir', tempDir()], { encoding: 'utf8', env: { ...process.env, PAYBATCH_KEYCHAIN_SERVICE: `paybatch-cli-test-${randomUUID()}` } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('paybatch simulate', () => {
  it.each([
    [['simulate'], 'name the provider to simulate'],
    [['simulate', 'haipay', '--faults', 'drop=2'], '--faults: fault drop needs a probability from 0 to 1'],
    [['simulate', 'haipay', '--port', 'x'], '--port must be a whole number'],
  ])('exits 2 with a message for %j', (args, message) => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'bin/paybatch.js'), ...args], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
