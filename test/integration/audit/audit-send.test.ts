import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/audit-contract.js';
import type { Engine } from '../../../electron/engine/engine.js';
import { call, valueOf } from '../../support/drafts.js';
import { approvedBatch, checkedToSend } from '../../support/sending.js';
import { usePractice } from '../../support/practice.js';

const { engineIn, simFor } = usePractice();

/** Every entry of a batch, oldest first, a page at a time. */
async function batchLog(engine: Engine, batchId: string): Promise<AuditEntry[]> {
  const all: AuditEntry[] = [];
  for (;;) {
    const page = valueOf(await call(engine, 'audit.list', { batchId, oldestFirst: true, offset: all.length, limit: 500 }));
    all.push(...page.entries);
    if (page.entries.length === 0 || all.length >= page.matching) return all;
  }
}

/**
 * Each row's moves as the log has them, by order id, checked to be one unbroken path from
 * `ready` (from → to, each starting where the last ended) to the status the journal holds.
 */
function pathsOf(engine: Engine, batchId: string, log: readonly AuditEntry[]): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  for (const entry of log.filter((e) => e.action === 'row.status')) {
    const { orderId, from, to } = entry.details;
    const path = paths.get(String(orderId)) ?? [String(from)];
    expect(path.at(-1), `${String(orderId)}: a move from ${String(from)} after ${path.join(' → ')}`).toBe(from);
    path.push(String(to));
    paths.set(String(orderId), path);
  }
  for (const row of engine.send.journal.rows(batchId)) {
    const path = paths.get(row.orderId) ?? ['ready'];
    expect([row.orderId, path[0], path.at(-1)]).toEqual([row.orderId, 'ready', row.status]);
  }
  return paths;
}

describe('the audit log while a batch is sent', () => {
  it('a Practice batch sent to its end: each row’s every move, from → to, with its order id, sheet row and time; the actions around them', async () => {
    const engine = engineIn();
    const { batchId } = await approvedBatch(engine, 'hitechpay', 25);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    const log = await batchLog(engine, batchId);
    expect(log.slice(0, 5).map((e) => e.action)).toEqual(['batch.create', 'batch.addRows', 'batch.approve', 'send.check', 'send.start']);
    expect(log[4]?.details).toEqual({ environment: 'practice', concurrency: null, status: 'sending' });
    const moves = log.filter((e) => e.action === 'row.status');
    expect(moves.length).toBeGreaterThanOrEqual(25 * 2);
    const rows = engine.send.journal.rows(batchId);
    for (const move of moves) {
      const row = rows.find((r) => r.orderId === move.details['orderId']);
      expect(move.details).toMatchObject({ seq: row?.seq, row: row?.sheetRow });
    }
    const paths = pathsOf(engine, batchId, log);
    expect([...paths.values()].every((path) => path.at(-1) === 'succeeded')).toBe(true);
    expect(valueOf(await call(engine, 'audit.verify', {}))).toMatchObject({ ok: true, broken: null });
  });

  it('faults on the way: unknown answers and retries recorded with their reason codes, every path unbroken, nothing lost', async () => {
    const engine = engineIn();
    await simFor(engine, 'appotapay', { error5xx: 0.2, drop: 0.2, timeout: 0.1 }, { settings: { responseTimeoutMs: 300, concurrency: 6, ratePerSecond: 500 } });
    const { batchId } = await approvedBatch(engine, 'appotapay', 30);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    const log = await batchLog(engine, batchId);
    pathsOf(engine, batchId, log);
    const unclear = log.filter((e) => e.action === 'row.status' && e.details['to'] === 'unknown');
    expect(unclear.length).toBeGreaterThan(0);
    for (const move of unclear) expect(move.details['reason']).toEqual(expect.any(String));
    expect(valueOf(await call(engine, 'audit.verify', {}))).toMatchObject({ ok: true });
  });

  it('pause and cancel: the batch’s actions, and each unsent row recorded as cancelled', async () => {
    const engine = engineIn();
    await simFor(engine, 'smilepayz', { latencyMs: 40 }, { settings: { concurrency: 2, ratePerSecond: 500 } });
    const { batchId } = await approvedBatch(engine, 'smilepayz', 30);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice', concurrency: 2 }));
    await expect.poll(() => engine.send.journal.counts(batchId).byStatus.succeeded ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    valueOf(await call(engine, 'send.pause', { batchId }));
    valueOf(await call(engine, 'send.cancel', { batchId }));
    await engine.send.idle(batchId);
    const log = await batchLog(engine, batchId);
    expect(log.filter((e) => e.action.startsWith('send.')).map((e) => [e.action, e.details['status']])).toEqual([
      ['send.check', undefined],
      ['send.start', 'sending'],
      ['send.pause', 'paused'],
      ['send.cancel', 'cancelled'],
    ]);
    const cancelled = log.filter((e) => e.action === 'row.status' && e.details['to'] === 'cancelled');
    expect(cancelled.length).toBe(engine.send.journal.counts(batchId).byStatus.cancelled);
    expect(cancelled.length).toBeGreaterThan(0);
    for (const move of cancelled) expect(move.details).toMatchObject({ from: 'ready', reason: 'batch_cancelled' });
    pathsOf(engine, batchId, log);
  });
});
