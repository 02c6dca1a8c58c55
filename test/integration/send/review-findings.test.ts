import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine.js';
import { generateSimCredentials } from '../../../electron/simulator/sim-credentials.js';
import { defaultFaults } from '../../../electron/simulator/sim-faults.js';
import { startSimServer, type SimAnswer } from '../../../electron/simulator/sim-server.js';
import { call, valueOf } from '../../support/drafts.js';
import { approvedBatch, approvedBatchOf, checkedToSend, disagreements } from '../../support/sending.js';
import { usePractice } from '../../support/practice.js';

/**
 * Findings of a review of the sending engine (electron/engine/send, the provider clients, the
 * send lock), each shown by a test that failed before its fix.
 */

const { sims, engineIn, simFor } = usePractice();

function lockRow(engine: Engine): unknown {
  const db = new Database(`${engine.dataDir}/paybatch.sqlite`, { readonly: true });
  try {
    return db.prepare('SELECT pid, command FROM send_lock WHERE id = 1').get() ?? null;
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('review findings: the sending engine', () => {
  it('P1 resumeAll lets go of the send lock while a batch it resumed is still sending (a paused batch’s run ends first)', async () => {
    const engine = engineIn();
    // Approved first, then paused: resumeAll({continuePaused: false}) — what the app does on
    // start — starts its run, which ends at once (nothing to ask, nothing it may send).
    const paused = await approvedBatch(engine, 'appotapay', 2, 'a'.repeat(64));
    engine.send.journal.startSending(paused.batchId, 'practice');
    engine.send.journal.setStatus(paused.batchId, 'paused');
    // Left `sending` by a crash: resumed and sent by the same call.
    const sending = await approvedBatch(engine, 'hitechpay', 6, 'b'.repeat(64));
    engine.send.journal.startSending(sending.batchId, 'practice');

    expect((await engine.send.resumeAll({ continuePaused: false })).resumed).toEqual([paused.batchId, sending.batchId]);
    expect(engine.send.running(sending.batchId)).toBe(true);
    // While it sends, no other process may: the lock must be held, here and on disk.
    expect({ held: engine.send.lock.held, onDisk: lockRow(engine) }).toEqual({ held: true, onDisk: expect.objectContaining({ pid: process.pid }) });
    await engine.send.idle();
  });

  it.each([
    ['two send.start calls (a double click, two tabs)', (engine: Engine, batchId: string) => [call(engine, 'send.start', { batchId, environment: 'practice' }), call(engine, 'send.start', { batchId, environment: 'practice' })]],
    ['the resume on start and a send.resume from the window', (engine: Engine) => [engine.send.resumeAll({ continuePaused: false }), call(engine, 'send.resume', { continuePaused: true })]],
  ] as const)('P1 %s for a batch left sending start two runs of it, and the second sends a row again while its first payout is in flight', async (_how, both) => {
    const engine = engineIn();
    // AppotaPay over real HTTP, scripted: "no such transfer" (36) to the first two status
    // queries — the first at once, the second after 300 ms — then pending (35) a second
    // later; every transfer answered pending (35) at once. None needs a signature (no
    // transaction in them).
    const transfers: string[] = [];
    let statusQueries = 0;
    const server = sims.track(
      await startSimServer(async (request): Promise<SimAnswer> => {
        if (request.path === '/api/v1/service/transfer/make') {
          transfers.push(String((JSON.parse(request.body) as { partnerRefId: string }).partnerRefId));
          return { status: 200, json: { errorCode: 35, message: 'pending' } };
        }
        if (request.path.startsWith('/api/v1/service/transfer/transaction/')) {
          statusQueries += 1;
          const nth = statusQueries;
          if (nth >= 2) await sleep(nth === 2 ? 300 : 1000);
          return { status: 200, json: nth <= 2 ? { errorCode: 36, message: 'not found' } : { errorCode: 35, message: 'pending' } };
        }
        return { status: 404, json: { errorCode: 99, message: 'not scripted' } };
      }, defaultFaults()),
    );
    const credentials = generateSimCredentials('appotapay');
    valueOf(await call(engine, 'keys.import', { provider: 'appotapay', environment: 'practice', creds: { ...credentials.creds, baseUrl: server.baseUrl } }));
    const { batchId } = await approvedBatch(engine, 'appotapay', 1);
    // As a crash leaves it: the batch sending, its one row claimed and left unknown.
    const [row] = engine.send.journal.rows(batchId);
    if (!row) throw new Error('one row expected');
    engine.send.journal.startSending(batchId, 'practice');
    expect(engine.send.journal.claim(batchId, row.seq, row.orderId)).toBe(true);
    engine.send.journal.record(batchId, row.seq, { status: 'unknown', errorCode: 'no_definite_answer', errorMessage: 'timeout' }, 'sending');

    await Promise.all(both(engine, batchId));
    await sleep(900);
    await engine.send.close(1000);
    // One status query said "no such transfer": the row may be sent again, once.
    expect(transfers).toEqual([row.orderId]);
  });

  /** A batch cancelled while its first payouts' 429 (Retry-After: 1) holds the gate: those rows are unknown, the next two taken. */
  async function cancelledDuringRetryAfter() {
    const engine = engineIn();
    const sim = await simFor(engine, 'appotapay', {}, { settings: { concurrency: 2, ratePerSecond: 500 } });
    const { batchId } = await approvedBatch(engine, 'appotapay', 6);
    await checkedToSend(engine, batchId);
    sim.faults.busy = 1;
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice', concurrency: 2 }));
    await expect.poll(() => engine.send.journal.counts(batchId).byStatus.unknown ?? 0, { timeout: 5_000, interval: 5 }).toBe(2);
    // The next two rows are taken meanwhile (today: claimed, then held at the gate).
    await sleep(100);
    sim.faults.busy = 0;
    const cancelledAt = Date.now();
    expect(valueOf(await call(engine, 'send.cancel', { batchId }))).toMatchObject({ status: 'cancelled' });
    await engine.send.idle(batchId);
    return { engine, sim, batchId, cancelledAt };
  }

  it('P2 cancel while rows are unknown: a status query then says "no such transfer", and the row goes back to ready in a cancelled batch — never final, the batch never finished', async () => {
    const { engine, sim, batchId } = await cancelledDuringRetryAfter();
    const rows = engine.send.journal.rows(batchId);
    expect(disagreements(rows, sim.ledger)).toEqual([]);
    const final = new Set(['succeeded', 'failed', 'rejected', 'cancelled', 'needs_review']);
    expect(rows.filter((r) => !final.has(r.status)).map((r) => `${r.orderId} ${r.status}: ${r.errorMessage ?? ''}`)).toEqual([]);
    expect(engine.send.journal.batch(batchId)).toMatchObject({ status: 'cancelled', finishedAt: expect.any(String) });
  });

  it('P2 rows claimed before the provider gate are paid after Cancel (here after a 1 s Retry-After; a Retry-After may hold them up to 10 minutes)', async () => {
    const { sim, cancelledAt } = await cancelledDuringRetryAfter();
    // Nothing the accountant cancelled may leave afterwards: only requests already on the wire.
    expect(sim.ledger.entries().filter((e) => e.recordedAt > cancelledAt + 50).map((e) => `${e.orderId} paid ${e.recordedAt - cancelledAt} ms after cancel`)).toEqual([]);
  });

  it('P1 an exception in one worker (here an event listener; in life SQLITE_BUSY/FULL from journal.record) ends the run and frees the lock while the batch’s other workers go on paying', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'appotapay', { latencyMs: 20 }, { settings: { concurrency: 3, ratePerSecond: 500 } });
    const { batchId } = await approvedBatch(engine, 'appotapay', 30);
    await checkedToSend(engine, batchId);
    let thrown = false;
    engine.onEvent((event) => {
      if (event.type === 'row.status' && event.status === 'accepted' && !thrown) {
        thrown = true;
        throw new Error('a listener failed');
      }
    });
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice', concurrency: 3 }));
    await expect.poll(() => engine.send.running(batchId), { timeout: 5_000, interval: 5 }).toBe(false);
    const endedAt = Date.now();
    const lockHeld = engine.send.lock.held;
    await sleep(600);
    // Once the service says the run has ended (and has let go of the lock), nothing more is paid.
    expect({ lockHeld, paidAfterwards: sim.ledger.entries().filter((e) => e.recordedAt > endedAt + 50).length }).toEqual({ lockHeld: false, paidAfterwards: 0 });
  });

  it('P2 HiTechPAY: the top-up goes to whoever holds the wallet when it is sent; the name its own lookup returns is not compared with the one checked', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'hitechpay');
    const phone = '0912345678';
    const { batchId } = await approvedBatchOf(engine, 'hitechpay', [{ name: 'Nguyễn Văn An', phone, amount: 1_000_000 }]);
    const check = await checkedToSend(engine, batchId);
    expect(check.inquiry).toMatchObject({ checked: 1, matched: 1, findings: [] });
    // Between the check and the send (no age limit on the check), the phone's wallet changes hands.
    sim.holders?.learn([[phone, 'TRAN THI BICH']]);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    expect(sim.ledger.entries().map((e) => `${e.orderId} paid to the wallet of ${phone}, now held by TRAN THI BICH`)).toEqual([]);
  });

  it('P2 paybatch resume (resumeAll continuePaused) sends a paused batch past the pre-send gate that send.start enforces: a name finding nobody decided is paid', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'appotapay', { error5xx: 1, latencyMs: 30 }, { settings: { concurrency: 1, ratePerSecond: 500 } });
    const payees = Array.from({ length: 6 }, (_, i) => ({ name: 'NGUYEN VAN AN', accountNo: String(2_000_000 + i), amount: 1_000_000 + i * 1000 }));
    const { batchId } = await approvedBatchOf(engine, 'appotapay', payees);
    // The name service is down at the first check: each row is an `unknown` finding, kept.
    const first = await checkedToSend(engine, batchId, 'practice', 'keep');
    expect(first.inquiry.findings.every((f) => f.result === 'unknown' && f.decision === 'keep')).toBe(true);
    sim.faults.error5xx = 0;
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice', concurrency: 1 }));
    valueOf(await call(engine, 'send.pause', { batchId }));
    await engine.send.idle(batchId);
    // Checked again while paused: the last payee's account is now held by someone else.
    const last = payees[5];
    if (!last) throw new Error('six payees');
    sim.holders?.learn([[last.accountNo, 'TRAN THI BICH']]);
    const again = valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }));
    expect(again.undecided).toBe(1);
    expect(await call(engine, 'send.start', { batchId, environment: 'practice' })).toMatchObject({ ok: false, error: { params: { reason: 'presend_undecided' } } });
    // What `paybatch resume` asks for (refusing it would do too).
    await call(engine, 'send.resume', { continuePaused: true });
    await engine.send.idle(batchId);
    const lastRow = engine.send.journal.rows(batchId).find((r) => r.payee.accountNo === last.accountNo);
    expect({ status: lastRow?.status, paid: sim.ledger.find(lastRow?.orderId ?? '') !== undefined }).toEqual({ status: 'ready', paid: false });
  });

  it('P2 a send lock left by a crash before the machine restarted holds for ever once its pid is reused (here by pid 1)', async () => {
    const engine = engineIn();
    const { batchId } = await approvedBatch(engine, 'appotapay', 1);
    await checkedToSend(engine, batchId);
    // Taken long before this machine booted: its process cannot be running now, whatever holds that pid today.
    const file = new Database(`${engine.dataDir}/paybatch.sqlite`);
    file.prepare("INSERT INTO send_lock (id, pid, host, command, taken_at) VALUES (1, 1, ?, 'paybatch send', '2000-01-01T00:00:00.000Z')").run((await import('node:os')).hostname());
    file.close();
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    expect(engine.send.journal.batch(batchId)?.status).toBe('finished');
  });

  it('P2 a pace under one call a second (ratePerSecond 0.5, a valid setting) never lets a call through: the check, and any send, waits for ever', { timeout: 60_000 }, async () => {
    const engine = engineIn();
    await simFor(engine, 'appotapay', {}, { settings: { ratePerSecond: 0.5 } });
    const { batchId } = await approvedBatch(engine, 'appotapay', 1);
    // Two calls (a name, the balance) at one every two seconds: the check ends (before the fix it never did).
    expect(valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }))).toMatchObject({ balance: { state: 'enough' } });
  });
});
