import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { generateSimCredentials } from '../../../electron/simulator/sim-credentials.js';
import { startSimulator } from '../../../electron/simulator/start-simulator.js';
import { call, valueOf } from '../../support/drafts.js';
import { approvedBatch, checkedToSend, disagreements, quickPolicy } from '../../support/sending.js';
import { usePractice } from '../../support/practice.js';

const { sims, tempDir, engineIn, simFor } = usePractice();

describe('sending a batch', () => {
  it('in Practice with nothing set up, the engine’s own simulator pays every row and each reaches succeeded', async () => {
    const engine = engineIn();
    const { batchId, total } = await approvedBatch(engine, 'appotapay', 12);
    await checkedToSend(engine, batchId);
    const started = valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    expect(started).toMatchObject({ status: 'sending', environment: 'practice', running: true });
    await engine.send.idle(batchId);
    const state = valueOf(await call(engine, 'send.status', { batchId, limit: 500 }));
    expect(state).toMatchObject({ status: 'finished', counts: { succeeded: 12 }, amounts: { succeeded: total }, running: false });
    expect(state.rows.every((r) => r.status === 'succeeded' && r.providerRef && r.attempts === 1 && r.sentAt && r.settledAt)).toBe(true);
  });

  it.each(['appotapay', 'hitechpay', 'smilepayz', 'haipay'] as const)('%s: 5xx, timeouts and dropped connections never pay a row twice, and no row’s fate is lost', async (provider) => {
    const engine = engineIn();
    const sim = await simFor(engine, provider, { error5xx: 0.15, drop: 0.15, timeout: 0.1 }, { settings: { responseTimeoutMs: 300, concurrency: 6, ratePerSecond: 500 } });
    const { batchId } = await approvedBatch(engine, provider, 40);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    const rows = engine.send.journal.rows(batchId);
    expect(disagreements(rows, sim.ledger)).toEqual([]);
    // Every row ends (or waits for a person with a reason): none left mid-way. A row that never
    // reached the provider's books on any of its attempts (each refused as unreachable, or lost
    // on the way and then not found when asked) ends rejected, and the ledger shows it unpaid.
    const neverPaid = new Set(['not_sent', 'never_received']);
    const ended = (r: (typeof rows)[number]): boolean => r.status === 'succeeded' || r.status === 'needs_review' || (r.status === 'rejected' && neverPaid.has(r.errorCode ?? '') && r.attempts === quickPolicy.maxSendAttempts);
    expect(rows.filter((r) => !ended(r)).map((r) => `${r.orderId} ${r.status} ${r.errorMessage}`)).toEqual([]);
    expect(engine.send.journal.batch(batchId)?.status).toBe('finished');
  });

  it('a row left in sending by a crash is asked about before anything is sent: paid ones are not sent again, unknown ones are sent again with the same order id', async () => {
    const dataDir = tempDir();
    const keyStore = createMemoryKeyStore();
    const first = engineIn(dataDir, keyStore);
    const sim = await simFor(first, 'appotapay');
    const { batchId } = await approvedBatch(first, 'appotapay', 4);
    const rows = first.send.journal.rows(batchId);
    // As a crash leaves them: two rows claimed; the provider recorded only the first.
    const [paid, lost] = rows;
    if (!paid || !lost) throw new Error('two rows expected');
    for (const row of [paid, lost]) expect(first.send.journal.claim(batchId, row.seq, row.orderId)).toBe(true);
    sim.ledger.record(paid.orderId, paid.amountMinor, paid.payee.accountNo ?? '');
    first.send.journal.startSending(batchId, 'practice');
    await first.close();

    const second = engineIn(dataDir, keyStore);
    expect(await second.send.resumeAll({ continuePaused: false })).toEqual({ resumed: [batchId], held: [] });
    await second.send.idle(batchId);
    const after = second.send.journal.rows(batchId);
    expect(after.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(after[0]?.attempts).toBe(1);
    expect(after[1]?.attempts).toBe(2);
    expect(after[1]?.orderId).toBe(lost.orderId);
    expect(disagreements(after, sim.ledger)).toEqual([]);
  });

  it('pause stops new payouts; cancel leaves unsent rows unpaid and follows those in flight to their end', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'smilepayz', { latencyMs: 40 }, { settings: { concurrency: 2, ratePerSecond: 500 } });
    const { batchId } = await approvedBatch(engine, 'smilepayz', 30);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice', concurrency: 2 }));
    await expect.poll(() => engine.send.journal.counts(batchId).byStatus.succeeded ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    expect(valueOf(await call(engine, 'send.pause', { batchId }))).toMatchObject({ status: 'paused' });
    await engine.send.idle(batchId);
    const paused = engine.send.journal.counts(batchId).byStatus;
    expect(paused.ready ?? 0).toBeGreaterThan(0);
    expect(paused.sending ?? 0).toBe(0);
    expect(engine.send.journal.batch(batchId)?.status).toBe('paused');

    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice', concurrency: 2 }));
    await expect.poll(() => engine.send.journal.counts(batchId).byStatus.succeeded ?? 0, { timeout: 10_000 }).toBeGreaterThan(paused.succeeded ?? 0);
    const cancelled = valueOf(await call(engine, 'send.cancel', { batchId }));
    expect(cancelled.status).toBe('cancelled');
    await engine.send.idle(batchId);
    const rows = engine.send.journal.rows(batchId);
    expect(rows.filter((r) => r.status === 'cancelled').length).toBeGreaterThan(0);
    expect(rows.every((r) => r.status === 'succeeded' || r.status === 'cancelled')).toBe(true);
    expect(disagreements(rows, sim.ledger)).toEqual([]);
    expect(engine.send.journal.batch(batchId)).toMatchObject({ status: 'cancelled', finishedAt: expect.any(String) });
  });

  it('keeps every request and answer, with no key, token or signature in it', async () => {
    const engine = engineIn();
    const credentials = generateSimCredentials('haipay');
    const sim = sims.track(await startSimulator('haipay', credentials, sims.faults({ settleMs: 0 })));
    valueOf(await call(engine, 'keys.import', { provider: 'haipay', environment: 'practice', creds: { ...credentials.creds, baseUrl: sim.baseUrl } }));
    const { batchId } = await approvedBatch(engine, 'haipay', 3);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    const db = (await import('better-sqlite3')).default;
    const file = new db(`${engine.dataDir}/paybatch.sqlite`, { readonly: true });
    const attempts = file.prepare('SELECT kind, order_id, request_json, answer_text, http_status FROM attempt').all() as Array<Record<string, string | number | null>>;
    file.close();
    expect(attempts.filter((a) => a['kind'] === 'payout')).toHaveLength(3);
    const text = JSON.stringify(attempts);
    for (const secret of [credentials.creds['secretKey'], credentials.creds['privateKey']?.slice(40, 80)]) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
    expect(attempts.every((a) => a['http_status'] === 200)).toBe(true);
  });

  it('refuses to send while another process holds the data folder’s send lock, naming it; a dead holder does not hold it', async () => {
    const engine = engineIn();
    const { batchId } = await approvedBatch(engine, 'appotapay', 2);
    await checkedToSend(engine, batchId);
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    const db = (await import('better-sqlite3')).default;
    const file = new db(`${engine.dataDir}/paybatch.sqlite`);
    file.prepare("INSERT INTO send_lock (id, pid, host, command, taken_at) VALUES (1, ?, ?, 'paybatch send', ?)").run(other.pid ?? 0, (await import('node:os')).hostname(), new Date().toISOString());
    file.close();
    const refused = await call(engine, 'send.start', { batchId, environment: 'practice' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused', params: { reason: 'sender_busy', command: 'paybatch send', pid: other.pid } } });
    expect(engine.send.journal.batch(batchId)?.status).toBe('approved');
    await new Promise((resolve) => {
      other.once('exit', resolve);
      other.kill('SIGKILL');
    });
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    expect(engine.send.journal.batch(batchId)?.status).toBe('finished');
  });
});
