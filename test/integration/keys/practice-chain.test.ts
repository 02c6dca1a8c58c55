import { randomUUID } from 'node:crypto';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { providerIds } from '../../../shared/providers/provider-ids.js';
import { repoRoot, stop } from '../../support/paybatch-process.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * The whole chain as a user runs it, each step its own process, the real keychain in between:
 * a simulator writes fresh credentials; `keys import` puts the secrets in the keychain; the
 * app tests the connection (a signed balance query). Then every place a secret could leak is
 * scanned for every secret: the data folder, every process's output, every contract answer.
 */
const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1';
const tempDir = useTempDir();
const bin = join(repoRoot, 'bin/paybatch.js');
const running: ChildProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((child) => stop(child)));
});

function background(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ match: RegExpExecArray; output: () => string }> {
  const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${ready} in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ match, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

describe.skipIf(!enabled)('Practice chain: simulator → keys import → test connection', () => {
  it.each(providerIds)('%s', async (provider) => {
    const env = { ...process.env, PAYBATCH_KEYCHAIN_SERVICE: `paybatch-chain-${randomUUID()}` };
    const dataDir = tempDir();
    const credsFile = join(tempDir(), 'creds.json');
    const sim = await background(['simulate', provider, '--creds-out', credsFile], env, /listening at (http:\/\/127\.0\.0\.1:\d+)/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const creds: Record<string, string> = JSON.parse(readFileSync(credsFile, 'utf8'));

    const imported = spawnSync(process.execPath, [bin, 'keys', 'import', provider, '--env', 'practice', '--file', credsFile, '--data-dir', dataDir], { env, encoding: 'utf8' });
    expect(imported.status, imported.stderr).toBe(0);

    const serve = await background(['serve', '--port', '0', '--data-dir', dataDir], env, /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/);
    const [, origin, token] = serve.match;
    const call = async (method: string, input: unknown) => (await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(input) })).text();

    const tested = await call('connection.test', { provider, environment: 'practice' });
    expect(JSON.parse(tested)).toEqual({ ok: true, value: { balanceMinor: expect.any(Number), currency: provider === 'haipay' ? 'THB' : 'VND' } });
    const status = await call('keys.status', { provider, environment: 'practice' });
    expect(JSON.parse(status).value[0].secrets.every((s: { set: boolean }) => s.set)).toBe(true);
    const wrongEnv = await call('connection.test', { provider, environment: 'production' });
    expect(JSON.parse(wrongEnv)).toMatchObject({ ok: false, error: { code: 'unavailable' } });

    // No secret anywhere but the keychain.
    const secrets = Object.entries(creds)
      .filter(([field]) => ['key1', 'key2', 'merchantSecret', 'secretKey', 'apiKey', 'privateKey'].includes(field))
      .map(([field, value]) => (field === 'privateKey' ? (value.split('\n')[5] ?? '') : value));
    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.every((secret) => secret.length >= 20)).toBe(true);
    await stop(running[running.length - 1] as ChildProcess);
    const places: Array<[string, string]> = [
      ['simulate output', sim.output()],
      ['keys import output', imported.stdout + imported.stderr],
      ['serve output', serve.output()],
      ['contract answers', tested + status + wrongEnv],
      ...readdirSync(dataDir).map((file): [string, string] => [`data file ${file}`, readFileSync(join(dataDir, file)).toString('latin1')]),
    ];
    for (const [place, text] of places) for (const secret of secrets) expect(text.includes(secret), `${place} contains a secret`).toBe(false);
  });
});
