import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/paybatch-process.js';

/**
 * A locked keychain, for real: a D-Bus session and gnome-keyring of this test's own (so
 * locking cannot disturb the other keychain tests), a secret stored, the collection locked
 * through the Secret Service API, then the store asked to read and write.
 */
const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1' && process.platform === 'linux';

describe.skipIf(!enabled)('a locked keychain', () => {
  it('is reported as locked, with what to do, and nothing is read or written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paybatch-locked-'));
    try {
      const script = join(dir, 'probe.mts');
      writeFileSync(
        script,
        `import { spawnSync } from 'node:child_process';
import { createOsKeyStore } from ${JSON.stringify(join(repoRoot, 'electron/engine/keys/os-key-store.ts'))};
const store = createOsKeyStore('paybatch-locked-test');
await store.set('haipay/production/secretKey', 'locked-away-secret');
spawnSync('dbus-send', ['--session', '--dest=org.freedesktop.secrets', '--type=method_call', '--print-reply', '/org/freedesktop/secrets', 'org.freedesktop.Secret.Service.Lock', 'array:objpath:/org/freedesktop/secrets/collection/login']);
const outcomes = [];
for (const run of [() => store.get('haipay/production/secretKey'), () => store.set('haipay/production/secretKey', 'other')]) {
  try { outcomes.push({ ok: true, value: await run() }); } catch (error) { outcomes.push({ ok: false, code: error.code, message: error.message, detail: error.detail }); }
}
console.log(JSON.stringify(outcomes));`,
      );
      const run = spawnSync('dbus-run-session', ['--', 'sh', '-c', `printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec node --import tsx ${JSON.stringify(script)}`], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, XDG_DATA_HOME: dir, DISPLAY: '' },
      });
      const line = run.stdout.trim().split('\n').pop() ?? '';
      const outcomes = JSON.parse(line) as Array<{ ok: boolean; code?: string; message?: string; detail?: string }>;
      expect(outcomes).toHaveLength(2);
      for (const outcome of outcomes) {
        expect(outcome.ok).toBe(false);
        expect(outcome.code).toBe('unavailable');
        expect(outcome.message).toContain('the system keychain is locked');
        expect(outcome.message).toContain('Unlock your keychain');
        expect(`${outcome.message} ${outcome.detail}`).not.toContain('locked-away-secret');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
