import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine.js';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import { call, valueOf } from '../../support/drafts.js';
import { approvedBatch, approvedBatchOf, checkedToSend, disagreements } from '../../support/sending.js';
import { usePractice } from '../../support/practice.js';

const { engineIn, simFor } = usePractice();

function attempts(engine: Engine): Array<{ kind: string; http_status: number | null; started_at: string; ended_at: string | null }> {
  const db = new Database(`${engine.dataDir}/paybatch.sqlite`, { readonly: true });
  try {
    return db.prepare('SELECT kind, http_status, started_at, ended_at FROM attempt ORDER BY id').all() as ReturnType<typeof attempts>;
  } finally {
    db.close();
  }
}

describe('what providers answer, as the runner takes it', () => {
  it('honours 429 Too Many Requests: nothing starts until its Retry-After has passed, and every row still ends right', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'appotapay', {}, { settings: { concurrency: 4, ratePerSecond: 500 } });
    const { batchId } = await approvedBatch(engine, 'appotapay', 12);
    await checkedToSend(engine, batchId);
    // Busy for the first payouts (the checks before them were answered), then not: at least
    // one 429 comes back, whatever the machine's pace.
    sim.faults.busy = 1;
    setTimeout(() => (sim.faults.busy = 0), 300);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    expect(disagreements(engine.send.journal.rows(batchId), sim.ledger)).toEqual([]);
    const all = attempts(engine);
    const busy = all.filter((a) => a.http_status === 429 && a.ended_at);
    expect(busy.length).toBeGreaterThan(0);
    // Retry-After: 1 — within the second after a 429 came back, no call starts but those the
    // gate had let through already (at most the other 3 of its 4 at once). Counted, not timed:
    // a slow machine makes fewer calls, never more; without the hold there would be dozens.
    for (const answer of busy) {
      const heard = Date.parse(answer.ended_at ?? '');
      const within = all.filter((a) => Date.parse(a.started_at) > heard && Date.parse(a.started_at) < heard + 1000);
      expect(within.length, `calls started within a second of the 429 heard at ${answer.ended_at}`).toBeLessThanOrEqual(3);
    }
  });

  it('HiTechPAY status 4 (held for manual handling) is needs_review with the reason, never sent again', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'hitechpay', {});
    const { batchId } = await approvedBatchOf(engine, 'hitechpay', [{ phone: '0912345678', amount: 1_000_000 }, { phone: reserved.phoneHeldForReview, amount: 2_000_000 }]);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    const rows = engine.send.journal.rows(batchId);
    expect(rows.map((r) => r.status)).toEqual(['succeeded', 'needs_review']);
    expect(rows[1]?.reviewReason).toContain('status 4');
    expect(rows[1]?.attempts).toBe(1);
    expect(disagreements(rows, sim.ledger)).toEqual([]);
    expect(engine.send.journal.batch(batchId)?.status).toBe('finished');
  });

  it('a row needing review is answered by the accountant: paid ends it; not paid sends it again with the same order id, once', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'appotapay', {});
    const { batchId } = await approvedBatch(engine, 'appotapay', 3);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    // Two rows a person must look at (as after an unclear answer past the window). The provider
    // has them: sent again with the same order id, it answers for the payment already made.
    const { journal } = engine.send;
    for (const seq of [2, 3]) {
      const row = journal.row(batchId, seq);
      if (!row) throw new Error(`row ${seq} expected`);
      expect(journal.record(batchId, seq, { status: 'needs_review', reviewReason: 'No definite answer', errorMessage: 'timeout' }, 'succeeded')).toBe(true);
    }
    const before = journal.row(batchId, 3);
    expect(valueOf(await call(engine, 'send.resolve', { batchId, seq: 2, paid: true }))).toMatchObject({ counts: { succeeded: 2, needs_review: 1 } });
    const resent = valueOf(await call(engine, 'send.resolve', { batchId, seq: 3, paid: false }));
    expect(resent.status).toBe('sending');
    await engine.send.idle(batchId);
    const after = journal.row(batchId, 3);
    expect({ status: after?.status, orderId: after?.orderId, attempts: after?.attempts }).toEqual({ status: 'succeeded', orderId: before?.orderId, attempts: 2 });
    expect(journal.batch(batchId)).toMatchObject({ status: 'finished', finishedAt: expect.any(String) });
    expect(sim.ledger.entries()).toHaveLength(3);
    expect(disagreements(journal.rows(batchId), sim.ledger)).toEqual([]);
    expect(await call(engine, 'send.resolve', { batchId, seq: 3, paid: true })).toMatchObject({ ok: false, error: { params: { reason: 'resolve_not_needed' } } });
  });

  it('new keys or settings take effect for the next batch without a restart: it goes to the address now stored', async () => {
    const engine = engineIn();
    const before = await simFor(engine, 'appotapay', {});
    const first = await approvedBatch(engine, 'appotapay', 2, 'a'.repeat(64));
    await checkedToSend(engine, first.batchId);
    valueOf(await call(engine, 'send.start', { batchId: first.batchId, environment: 'practice' }));
    await engine.send.idle(first.batchId);
    // Practice's keys imported again, for another simulator.
    const after = await simFor(engine, 'appotapay', {});
    const { batchId } = await approvedBatchOf(engine, 'appotapay', [{ accountNo: '7770001', amount: 4_000_000 }], 'b'.repeat(64));
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    const [row] = engine.send.journal.rows(batchId);
    expect({ old: before.ledger.find(row?.orderId ?? '') !== undefined, now: after.ledger.find(row?.orderId ?? '') !== undefined }).toEqual({ old: false, now: true });
  });
});
