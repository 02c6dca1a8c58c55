import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch.js';
import { createEngine } from '../../../electron/engine/engine.js';
import { createOsKeyStore } from '../../../electron/engine/keys/os-key-store.js';
import { createSendJournal, finalStatuses } from '../../../electron/engine/send/send-journal.js';
import { generateSimCredentials } from '../../../electron/simulator/sim-credentials.js';
import { startSimulator } from '../../../electron/simulator/start-simulator.js';
import { batchesIn, paybatchKilled } from '../../support/killed-runs.js';
import { disagreements } from '../../support/sending.js';
import { useSims } from '../../support/sim-harness.js';
import { useTempDir } from '../../support/temp-dir.js';

const sims = useSims();
const tempDir = useTempDir();
const rows = 500;
const kills = 12;

/** A 500-row AppotaPay payroll every row of which passes the rules. */
function payroll(file: string): void {
  const lines = ['Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung'];
  for (let i = 0; i < rows; i += 1) lines.push(`NGUYEN VAN ${String.fromCharCode(65 + (i % 26))}${i},${String(10_000_000_000 + i)},Vietcombank,${(1_000_000 + i * 1000).toLocaleString('de-DE')},Luong thang 11`);
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Resolves once a batch in the data folder is sending (or the process has ended). */
async function untilSending(dataDir: string, alive: () => boolean): Promise<void> {
  while (alive()) {
    if (existsSync(join(dataDir, 'paybatch.sqlite')) && batchesIn(dataDir).some((b) => b.status === 'sending')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// The simulator's keys go to the real keychain, as a merchant's do: `npm test` runs this in
// its private keyring session (PAYBATCH_KEYCHAIN_TESTS); a bare vitest run skips it.
const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1';

describe.skipIf(!enabled)('a sending process killed at random moments, then resumed', () => {
  it(`pays each of ${rows} rows at most once over ${kills} SIGKILLs, and leaves every row final or waiting for a person with a reason`, { timeout: 240_000 }, async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'luong-thang-11.csv');
    payroll(file);
    // The keychain's own test service: these keys meet no one else's.
    const env = {
      ...process.env,
      PAYBATCH_KEYCHAIN_SERVICE: `paybatch-test-${randomUUID()}`,
      PAYBATCH_SEND_POLICY: JSON.stringify({ retryBaseMs: 30, retryMaxMs: 300, pollBaseMs: 30, pollMaxMs: 300, maxUnknownQueries: 25 }),
      LANG: 'C',
    };
    // Every fault at once: answers lost after the payout was recorded are what could pay twice.
    const credentials = generateSimCredentials('appotapay');
    const sim = sims.track(await startSimulator('appotapay', credentials, sims.faults({ latencyMs: 25, error5xx: 0.08, timeout: 0.05, drop: 0.08, settleMs: 80 })));
    const setup = createEngine({ dataDir, keyStore: createOsKeyStore(env.PAYBATCH_KEYCHAIN_SERVICE) });
    try {
      const ctx = { transport: 'ipc' } as const;
      expect(await dispatch(setup, 'keys.import', { provider: 'appotapay', environment: 'practice', creds: { ...credentials.creds, baseUrl: sim.baseUrl } }, ctx)).toMatchObject({ ok: true });
      expect(await dispatch(setup, 'keys.setSettings', { provider: 'appotapay', environment: 'practice', settings: { responseTimeoutMs: 400, concurrency: 4, ratePerSecond: 400 } }, ctx)).toMatchObject({ ok: true });
    } finally {
      await setup.close();
    }

    const send = ['send', file, '--provider', 'appotapay', '--env', 'practice', '--yes', '--name-mismatch', 'keep', '--data-dir', dataDir];
    const resume = ['resume', '--data-dir', dataDir];
    let killed = 0;
    const log: string[] = [];
    for (let round = 0; killed < kills && round < kills * 4; round += 1) {
      const started = batchesIn(dataDir).some((b) => b.status === 'sending' || b.status === 'paused');
      // `send` is killed once it sends (its import, approval and pre-send checks take their
      // time first); `resume` from its start-up (~0.3 s) to well into its sending.
      const run = started ? await paybatchKilled(resume, env, 250 + Math.floor(Math.random() * 700)) : await paybatchKilled(send, env, Math.floor(Math.random() * 400), (alive) => untilSending(dataDir, alive));
      if (run.killed) killed += 1;
      log.push(`${started ? 'resume' : 'send'}: ${run.killed ? 'killed' : `exit ${run.code}`}`);
      if (!run.killed && run.code === 2) throw new Error(`${started ? 'resume' : 'send'} refused: ${run.stderr}`);
      if (!run.killed && !started) break;
    }
    expect(killed, log.join("\n")).toBeGreaterThanOrEqual(kills);

    // Then left to finish: resume until nothing is left to do.
    for (let round = 0; round < 5; round += 1) {
      const run = await paybatchKilled(resume, env, null);
      expect([0, 1], run.stderr).toContain(run.code);
      if (!batchesIn(dataDir).some((b) => b.status === 'sending' || b.status === 'paused')) break;
    }

    const batches = batchesIn(dataDir);
    expect(batches, 'one approved batch, never a second for the same file').toHaveLength(1);
    const [batch] = batches;
    const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
    try {
      const journalRows = createSendJournal(db).rows(batch?.id ?? '');
      expect(journalRows).toHaveLength(rows);
      expect(disagreements(journalRows, sim.ledger)).toEqual([]);
      const open = journalRows.filter((r) => !finalStatuses.has(r.status) && !(r.status === 'needs_review' && r.reviewReason));
      expect(open.map((r) => `${r.orderId} ${r.status}`)).toEqual([]);
      expect(sim.ledger.entries().length).toBeLessThanOrEqual(rows);
      expect(journalRows.filter((r) => r.status === 'succeeded').length).toBeGreaterThan(rows * 0.9);
      expect(batch?.status).toBe('finished');
    } finally {
      db.close();
    }
  });
});
