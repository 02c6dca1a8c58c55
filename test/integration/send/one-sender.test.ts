import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch.js';
import { createEngine } from '../../../electron/engine/engine.js';
import { createOsKeyStore } from '../../../electron/engine/keys/os-key-store.js';
import { generateSimCredentials } from '../../../electron/simulator/sim-credentials.js';
import { startSimulator } from '../../../electron/simulator/start-simulator.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { useSims } from '../../support/sim-harness.js';
import { useTempDir } from '../../support/temp-dir.js';

const sims = useSims();
const tempDir = useTempDir();
// The simulator's keys go to the real keychain: `npm test`'s private keyring session.
const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1';

function sendingBatch(dataDir: string): boolean {
  if (!existsSync(join(dataDir, 'paybatch.sqlite'))) return false;
  const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
  try {
    return db.prepare("SELECT 1 FROM batch WHERE status = 'sending'").get() !== undefined;
  } finally {
    db.close();
  }
}

describe.skipIf(!enabled)('one sender per data folder', () => {
  it('while `paybatch send` sends, `paybatch resume` from a second process says which process holds the folder and sends nothing', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'luong.csv');
    const lines = ['Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung'];
    for (let i = 0; i < 20; i += 1) lines.push(`NGUYEN VAN AN${i},${10_000_000_000 + i},Vietcombank,${1_000_000 + i * 1000},Luong thang 11`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const env = { ...process.env, PAYBATCH_KEYCHAIN_SERVICE: `paybatch-test-${randomUUID()}`, LANG: 'C' };
    // Slow enough that the first is still sending when the second asks.
    const credentials = generateSimCredentials('appotapay');
    const sim = sims.track(await startSimulator('appotapay', credentials, sims.faults({ latencyMs: 150, settleMs: 50 })));
    const setup = createEngine({ dataDir, keyStore: createOsKeyStore(env.PAYBATCH_KEYCHAIN_SERVICE) });
    try {
      expect(await dispatch(setup, 'keys.import', { provider: 'appotapay', environment: 'practice', creds: { ...credentials.creds, baseUrl: sim.baseUrl } }, { transport: 'ipc' })).toMatchObject({ ok: true });
      expect(await dispatch(setup, 'keys.setSettings', { provider: 'appotapay', environment: 'practice', settings: { concurrency: 1 } }, { transport: 'ipc' })).toMatchObject({ ok: true });
    } finally {
      await setup.close();
    }

    const first = spawn(process.execPath, [join(repoRoot, 'bin/paybatch.js'), 'send', file, '--provider', 'appotapay', '--env', 'practice', '--yes', '--name-mismatch', 'keep', '--data-dir', dataDir], { env, stdio: 'ignore' });
    const firstExit = new Promise<number | null>((resolve) => first.once('exit', resolve));
    await expect.poll(() => sendingBatch(dataDir), { timeout: 30_000, interval: 50 }).toBe(true);

    const second = spawnSync(process.execPath, [join(repoRoot, 'bin/paybatch.js'), 'resume', '--data-dir', dataDir], { env, encoding: 'utf8', timeout: 30_000 });
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`Another Paybatch is sending from this data folder: paybatch send (process ${first.pid} on `);

    expect(await firstExit).toBe(0);
    // Every order paid once, all by the first.
    expect(sim.ledger.entries()).toHaveLength(20);
  });
});
