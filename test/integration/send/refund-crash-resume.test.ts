import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch.js';
import { createEngine } from '../../../electron/engine/engine.js';
import { createOsKeyStore } from '../../../electron/engine/keys/os-key-store.js';
import { createSendJournal, finalStatuses } from '../../../electron/engine/send/send-journal.js';
import { startHitechpaySim } from '../../../electron/simulator/hitechpay/hitechpay-sim.js';
import { generateSimCredentials, simKey } from '../../../electron/simulator/sim-credentials.js';
import { batchesIn, paybatchKilled } from '../../support/killed-runs.js';
import { disagreements } from '../../support/sending.js';
import { useSims } from '../../support/sim-harness.js';
import { useTempDir } from '../../support/temp-dir.js';

const sims = useSims();
const tempDir = useTempDir();
const rows = 200;
const kills = 8;

/**
 * A 200-row HiTechPAY refund sheet: each row its own payment but every tenth, which refunds
 * the payment of the row before it again (two partial refunds of one payment). Returns what each
 * payment captured: exactly what its refunds add up to, so a refund issued twice would also be
 * one the simulator's refund desk refuses.
 */
function refundSheet(file: string): Map<string, number> {
  const captured = new Map<string, number>();
  const lines = ['Mã đơn hàng,zp_trans_id,Số tiền hoàn,Lý do hoàn tiền'];
  for (let i = 0; i < rows; i += 1) {
    const payment = i % 10 === 9 ? i - 1 : i;
    const transaction = String(261_121_000_100_000 + payment);
    const amount = 100_000 + i * 1000;
    captured.set(transaction, (captured.get(transaction) ?? 0) + amount);
    lines.push(`DH${payment},${transaction},${amount.toLocaleString('de-DE')},Hoan tien don ${payment}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return captured;
}

const unfinished = (dataDir: string): boolean => batchesIn(dataDir).some((b) => b.status === 'sending' || b.status === 'paused');

/** Resolves once `ready` says so (or the process has ended). */
async function until(ready: () => boolean, alive: () => boolean): Promise<void> {
  while (alive() && !ready()) await new Promise((resolve) => setTimeout(resolve, 10));
}

// The simulator's keys go to the real keychain, as a merchant's do: `npm test` runs this in
// its private keyring session (PAYBATCH_KEYCHAIN_TESTS); a bare vitest run skips it.
const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1';

describe.skipIf(!enabled)('a refunding process killed at random moments, then resumed', () => {
  it(`issues each of ${rows} refunds at most once over ${kills} SIGKILLs, partial refunds of one payment included`, { timeout: 240_000 }, async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'hoan-tien-21-11.csv');
    const captured = refundSheet(file);
    const env = {
      ...process.env,
      PAYBATCH_KEYCHAIN_SERVICE: `paybatch-test-${randomUUID()}`,
      // A refund that never reached HiTechPAY has no documented "no such refund" answer: after a
      // few unanswered queries it waits for a person, which is the design, not a lost refund.
      PAYBATCH_SEND_POLICY: JSON.stringify({ retryBaseMs: 30, retryMaxMs: 300, pollBaseMs: 30, pollMaxMs: 300, maxUnknownQueries: 8 }),
      LANG: 'C',
    };
    // Answers lost after the refund was recorded (dropped, or never sent back) are what could
    // issue a refund twice. No 5xx: it comes before anything is recorded, and such a refund is
    // one only a person can settle (above), which would hide what this test is about.
    const credentials = generateSimCredentials('hitechpay');
    const s = credentials.sim.secrets;
    const sim = sims.track(await startHitechpaySim({ appId: s['appId'] ?? '', paymentId: s['paymentId'] ?? '', key1: s['key1'] ?? '', merchantPublicKey: simKey(credentials, 'merchantPublicKey') }, sims.faults({ latencyMs: 30, timeout: 0.05, drop: 0.08, settleMs: 80 })));
    sim.captures.learn(captured);
    const setup = createEngine({ dataDir, keyStore: createOsKeyStore(env.PAYBATCH_KEYCHAIN_SERVICE) });
    try {
      const ctx = { transport: 'ipc' } as const;
      expect(await dispatch(setup, 'keys.import', { provider: 'hitechpay', environment: 'practice', creds: { ...credentials.creds, baseUrl: sim.baseUrl } }, ctx)).toMatchObject({ ok: true });
      expect(await dispatch(setup, 'keys.setSettings', { provider: 'hitechpay', environment: 'practice', settings: { responseTimeoutMs: 400, concurrency: 4, ratePerSecond: 400 } }, ctx)).toMatchObject({ ok: true });
    } finally {
      await setup.close();
    }

    const send = ['send', file, '--provider', 'hitechpay', '--operation', 'refund', '--env', 'practice', '--yes', '--partial-refunds', '--data-dir', dataDir];
    const resume = ['resume', '--data-dir', dataDir];
    let killed = 0;
    const log: string[] = [];
    for (let round = 0; killed < kills && round < kills * 4; round += 1) {
      const started = batchesIn(dataDir).length > 0;
      if (started && !unfinished(dataDir)) break;
      // `send` is killed once it refunds (its import, approval and checks come first); `resume`
      // once a refund of its own reaches HiTechPAY (its start-up and its questions about the
      // refunds left in flight come first), so each kill lands among refunds on their way.
      const issued = sim.refunds.entries().length;
      const run = started
        ? await paybatchKilled(resume, env, Math.floor(Math.random() * 250), (alive) => until(() => sim.refunds.entries().length > issued, alive))
        : await paybatchKilled(send, env, Math.floor(Math.random() * 250), (alive) => until(() => batchesIn(dataDir).some((b) => b.status === 'sending'), alive));
      if (run.killed) killed += 1;
      log.push(`${started ? 'resume' : 'send'}: ${run.killed ? 'killed' : `exit ${run.code}`}`);
      if (!run.killed && run.code === 2) throw new Error(`${started ? 'resume' : 'send'} refused: ${run.stderr}`);
    }
    expect(killed, log.join('\n')).toBeGreaterThanOrEqual(kills);

    for (let round = 0; round < 5 && unfinished(dataDir); round += 1) {
      const run = await paybatchKilled(resume, env, null);
      expect([0, 1], run.stderr).toContain(run.code);
    }

    const batches = batchesIn(dataDir);
    expect(batches, 'one approved batch, never a second for the same sheet').toHaveLength(1);
    const [batch] = batches;
    expect(batch?.status).toBe('finished');
    const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
    try {
      const journal = createSendJournal(db).rows(batch?.id ?? '');
      expect(journal).toHaveLength(rows);
      const orderIds = journal.map((r) => r.orderId);
      expect(new Set(orderIds).size, 'each row its own m_refund_id').toBe(rows);
      const refunds = sim.refunds.entries();
      // Issued at most once: every refund HiTechPAY holds is one row's, under that row's id, moved once.
      expect(refunds.filter((e) => !orderIds.includes(e.orderId)).map((e) => e.orderId)).toEqual([]);
      expect(refunds.filter((e) => e.payouts !== 1).map((e) => e.orderId)).toEqual([]);
      expect(refunds.length).toBeLessThanOrEqual(rows);
      expect(disagreements(journal, sim.refunds)).toEqual([]);
      const issued = new Map(refunds.map((e) => [e.orderId, e]));
      for (const row of journal) {
        const entry = issued.get(row.orderId);
        if (entry) expect([entry.target, entry.amountMinor], row.orderId).toEqual([row.payee.transactionId, row.amountMinor]);
      }
      // Every row final, but for a refund killed between its commit and its request: never
      // received, so HiTechPAY has none to show, and a person is asked with the reason.
      const open = journal.filter((r) => !finalStatuses.has(r.status) && !(r.status === 'needs_review' && r.reviewReason && !issued.has(r.orderId)));
      expect(open.map((r) => `${r.orderId} ${r.status}`)).toEqual([]);
      expect(journal.filter((r) => r.status === 'succeeded').length).toBeGreaterThan(rows * 0.9);
      const partials = journal.filter((r) => r.sheetRow % 10 === 1 && r.status === 'succeeded');
      expect(partials.length, 'second partial refunds of one payment went through').toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
