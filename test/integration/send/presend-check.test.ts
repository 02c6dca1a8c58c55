import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { comparableName, sameName } from '../../../electron/engine/send/presend/name-match.js';
import { unansweredInARow } from '../../../electron/engine/send/presend/name-inquiries.js';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import { call, valueOf } from '../../support/drafts.js';
import { approvedBatch, approvedBatchOf, checkedToSend, disagreements } from '../../support/sending.js';
import { usePractice } from '../../support/practice.js';

const { tempDir, engineIn, simFor } = usePractice();

/** The attempts journaled for a batch, by kind. */
function attemptsOf(engine: Engine, batchId: string): Record<string, number> {
  const db = new Database(join(engine.dataDir, 'paybatch.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT kind, count(*) AS n FROM attempt WHERE batch_id = ? GROUP BY kind').all(batchId) as Array<{ kind: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  } finally {
    db.close();
  }
}

function refusalOf(result: Awaited<ReturnType<typeof call>>): { code: string; params?: Readonly<Record<string, unknown>> } {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

describe('names compared as people write them', () => {
  it('ignores diacritics (đ/Đ as d), case, and extra spaces; a different name is different', () => {
    expect(comparableName('  Nguyễn   Văn\u00a0Đức ')).toBe('nguyen van duc');
    expect(sameName('Trần Thị Đào', 'TRAN THI DAO')).toBe(true);
    expect(sameName('NGUYEN VAN AN', 'nguyen  van an')).toBe(true);
    expect(sameName('NGUYEN VAN ANH', 'NGUYEN VAN AN')).toBe(false);
    expect(sameName(null, 'NGUYEN VAN AN')).toBe(false);
  });
});

describe('send.check', () => {
  it('AppotaPay: enough balance; a name the provider writes otherwise and an unknown account are findings, the rest match; every call is journaled', async () => {
    const engine = engineIn();
    await simFor(engine, 'appotapay');
    const { batchId, total } = await approvedBatchOf(engine, 'appotapay', [
      { name: 'NGUYEN VAN AN', amount: 1_000_000 },
      { name: 'NGUYEN  VAN AN', amount: 1_001_000 },
      { name: 'NGUYEN VAN AN', accountNo: reserved.mismatchedAccount, amount: 1_002_000 },
      { name: 'NGUYEN VAN AN', accountNo: reserved.missingAccount, amount: 1_003_000 },
    ]);
    const check = valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }));
    expect(check).toMatchObject({ batchId, environment: 'practice', balance: { state: 'enough', neededMinor: total, reason: null }, undecided: 2 });
    expect(check.balance.balanceMinor).toBeGreaterThanOrEqual(total);
    expect(check.inquiry).toMatchObject({ offered: true, checked: 4, matched: 2 });
    expect(check.inquiry.findings).toEqual([
      { seq: 3, row: 4, name: 'NGUYEN VAN AN', found: reserved.mismatchedName, result: 'mismatch', message: null, decision: null },
      { seq: 4, row: 5, name: 'NGUYEN VAN AN', found: null, result: 'not_found', message: expect.any(String), decision: null },
    ]);
    expect(attemptsOf(engine, batchId)).toEqual({ balance: 1, inquiry: 4 });
  });

  it('HiTechPAY: the wallet behind each phone, by name with or without diacritics; a wallet of another name and a phone without one are findings', async () => {
    const engine = engineIn();
    await simFor(engine, 'hitechpay');
    const { batchId } = await approvedBatchOf(engine, 'hitechpay', [
      { name: 'Nguyễn  Văn An ', phone: '0911111111', amount: 100_000 },
      { name: 'Nguyễn Văn An', phone: reserved.phoneOfOtherName, amount: 101_000 },
      { name: 'Nguyễn Văn An', phone: reserved.phoneWithoutWallet, amount: 102_000 },
    ]);
    const check = valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }));
    expect(check.inquiry).toMatchObject({ offered: true, checked: 3, matched: 1 });
    expect(check.inquiry.findings.map((f) => [f.row, f.result, f.found])).toEqual([
      [3, 'mismatch', reserved.mismatchedName],
      [4, 'not_found', null],
    ]);
    expect(check.inquiry.findings[1]?.message).toContain(reserved.phoneWithoutWallet);
  });

  it('rows paid into the same account are asked about once; each is compared with its own name', async () => {
    const engine = engineIn();
    await simFor(engine, 'appotapay');
    const { batchId } = await approvedBatchOf(engine, 'appotapay', [
      { accountNo: '7770001', name: 'NGUYEN VAN AN', amount: 1_000_000 },
      { accountNo: '7770001', name: 'NGUYEN VAN ANH', amount: 1_100_000 },
      { accountNo: '7770001', name: 'NGUYEN VAN AN', amount: 1_200_000 },
    ]);
    const check = valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }));
    expect(check.inquiry).toMatchObject({ checked: 3, matched: 2, findings: [{ seq: 2, result: 'mismatch', name: 'NGUYEN VAN ANH', found: reserved.holderName }] });
    expect(attemptsOf(engine, batchId).inquiry).toBe(1);
  });

  it('short: what is left to send is more than the balance, and send.start refuses, reading the balance again', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'smilepayz');
    const { batchId, total } = await approvedBatch(engine, 'smilepayz', 3);
    // Spend all but a little of the simulator's balance elsewhere.
    sim.ledger.record('ELSEWHERE1', (await balanceOf(engine, batchId)) - total + 1, 'someone');
    const check = valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }));
    expect(check.balance).toEqual({ state: 'short', balanceMinor: total - 1, neededMinor: total, reason: null });
    expect(check.inquiry).toEqual({ offered: false, checked: 0, matched: 0, findings: [] });
    const refused = refusalOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    expect(refused).toMatchObject({ code: 'refused', params: { reason: 'presend_balance_short', balanceMinor: total - 1, neededMinor: total, currency: 'VND', name: 'SmilePayz' } });
    expect(engine.send.journal.batch(batchId)?.status).toBe('approved');
    expect(sim.ledger.entries().map((e) => e.orderId)).toEqual(['ELSEWHERE1']);
  });

  it('enough at the check, short by the time of start: start refuses, and the stored check says short', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'smilepayz');
    const { batchId, total } = await approvedBatch(engine, 'smilepayz', 2);
    expect(valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' })).balance.state).toBe('enough');
    sim.ledger.record('ELSEWHERE2', (await balanceOf(engine, batchId)) - 5, 'someone');
    expect(refusalOf(await call(engine, 'send.start', { batchId, environment: 'practice' })).params).toMatchObject({ reason: 'presend_balance_short', neededMinor: total });
    expect(engine.send.presend.stored(batchId)?.balance).toMatchObject({ state: 'short', balanceMinor: 5 });
  });

  it('unreadable (no merchant account number for SmilePayz\'s balance): said with the reason, and sending is allowed', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'smilepayz', {}, { creds: { balanceAccountNo: undefined } });
    const { batchId } = await approvedBatch(engine, 'smilepayz', 2);
    const check = valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }));
    expect(check.balance).toMatchObject({ state: 'unreadable', balanceMinor: null, reason: expect.stringContaining('balanceAccountNo') });
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    expect(engine.send.journal.counts(batchId).byStatus).toEqual({ succeeded: 2 });
    expect(disagreements(engine.send.journal.rows(batchId), sim.ledger)).toEqual([]);
  });

  it('unreadable (the provider answers 503): the balance says why, each name is an unknown finding, and after the 20th unanswered call in a row the rest are not asked', async () => {
    const engine = engineIn();
    const sim = await simFor(engine, 'appotapay', { error5xx: 1 });
    const { batchId } = await approvedBatch(engine, 'appotapay', unansweredInARow + 6);
    const check = valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }));
    expect(check.balance).toMatchObject({ state: 'unreadable', reason: expect.stringContaining('503') });
    expect(check.inquiry).toMatchObject({ offered: true, checked: 0, matched: 0 });
    expect(check.inquiry.findings).toHaveLength(unansweredInARow + 6);
    expect(check.inquiry.findings.every((f) => f.result === 'unknown' && f.message)).toBe(true);
    // The calls already on their way (4 at once) when the 20th came back unanswered end too.
    const asked = attemptsOf(engine, batchId).inquiry ?? 0;
    expect(asked).toBeGreaterThanOrEqual(unansweredInARow);
    expect(asked).toBeLessThan(unansweredInARow + 4);
    expect(check.inquiry.findings.filter((f) => f.message?.startsWith('not asked'))).toHaveLength(unansweredInARow + 6 - asked);
    // The provider is back: each unknown is kept by the accountant, and the batch goes.
    sim.faults.error5xx = 0;
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    expect(engine.send.journal.counts(batchId).byStatus).toEqual({ succeeded: unansweredInARow + 6 });
  });
});

describe('send.decide and send.start', () => {
  it('start refuses a batch never checked, then one with findings undecided; decisions are kept with their time and survive reopening; an excluded row is cancelled and never paid', async () => {
    const testStarted = Date.now();
    const dataDir = tempDir();
    const keyStore = createMemoryKeyStore();
    const engine = engineIn(dataDir, keyStore);
    const sim = await simFor(engine, 'appotapay');
    const { batchId } = await approvedBatchOf(engine, 'appotapay', [
      { amount: 1_000_000 },
      { accountNo: reserved.mismatchedAccount, amount: 1_001_000 },
      { accountNo: reserved.missingAccount, amount: 1_002_000 },
    ]);
    expect(refusalOf(await call(engine, 'send.start', { batchId, environment: 'practice' }))).toMatchObject({ code: 'refused', params: { reason: 'presend_not_checked', environment: 'practice' } });
    expect(refusalOf(await call(engine, 'send.decide', { batchId, decisions: [{ seq: 2, decision: 'keep' }] })).params).toMatchObject({ reason: 'presend_nothing_to_decide' });
    valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }));
    expect(refusalOf(await call(engine, 'send.start', { batchId, environment: 'practice' })).params).toEqual({ reason: 'presend_undecided', count: 2 });
    expect(refusalOf(await call(engine, 'send.decide', { batchId, decisions: [{ seq: 1, decision: 'keep' }] })).params).toMatchObject({ reason: 'presend_no_finding', row: 2 });
    expect(refusalOf(await call(engine, 'send.decide', { batchId, decisions: [{ seq: 9, decision: 'keep' }] })).params).toMatchObject({ reason: 'presend_no_such_row', seq: 9 });

    const decided = valueOf(await call(engine, 'send.decide', { batchId, decisions: [{ seq: 2, decision: 'keep' }, { seq: 3, decision: 'exclude' }] }));
    expect(decided.undecided).toBe(0);
    expect(decided.inquiry.findings.map((f) => [f.seq, f.decision])).toEqual([[2, 'keep'], [3, 'exclude']]);
    const excluded = engine.send.journal.row(batchId, 3);
    expect(excluded).toMatchObject({ status: 'cancelled', errorCode: 'excluded_before_send', attempts: 0 });
    expect(excluded?.errorMessage).toContain('no such account');
    // An excluded row stays excluded: it cannot be kept again.
    expect(refusalOf(await call(engine, 'send.decide', { batchId, decisions: [{ seq: 3, decision: 'keep' }] })).params).toMatchObject({ reason: 'presend_row_not_ready', row: 4, status: 'cancelled' });
    await engine.close();

    const reopened = engineIn(dataDir, keyStore);
    const stored = reopened.send.presend.stored(batchId);
    expect(stored?.inquiry.findings.map((f) => [f.seq, f.decision])).toEqual([[2, 'keep'], [3, 'exclude']]);
    const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
    const kept = JSON.parse((db.prepare('SELECT presend_json FROM batch_row WHERE batch_id = ? AND seq = 2').get(batchId) as { presend_json: string }).presend_json) as { decisions: Array<{ decision: string; at: string }>; decidedAt: string };
    db.close();
    expect(kept.decisions).toEqual([{ decision: 'keep', at: kept.decidedAt }]);
    // The time it was decided: during this test (a time, not a limit on how long anything took).
    expect(Date.parse(kept.decidedAt)).toBeGreaterThanOrEqual(testStarted - 1000);
    // Checked again on reopening: the names given within the day are not asked again, the decisions stand.
    const again = valueOf(await call(reopened, 'send.check', { batchId, environment: 'practice' }));
    expect(again.undecided).toBe(0);
    expect(again.inquiry.findings.map((f) => [f.seq, f.decision])).toEqual([[2, 'keep'], [3, 'exclude']]);
    expect(attemptsOf(reopened, batchId)).toEqual({ balance: 2, inquiry: 3 });

    valueOf(await call(reopened, 'send.start', { batchId, environment: 'practice' }));
    await reopened.send.idle(batchId);
    const rows = reopened.send.journal.rows(batchId);
    expect(rows.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'cancelled']);
    expect(sim.ledger.find(rows[2]?.orderId ?? '')).toBeUndefined();
    expect(disagreements(rows, sim.ledger)).toEqual([]);
  });

  it('while a check runs, a second one joins it and decisions and start wait; closing the engine mid-check leaves the batch unchecked', async () => {
    const dataDir = tempDir();
    const keyStore = createMemoryKeyStore();
    const engine = engineIn(dataDir, keyStore);
    await simFor(engine, 'appotapay', { latencyMs: 150 });
    const { batchId } = await approvedBatch(engine, 'appotapay', 8);
    const first = call(engine, 'send.check', { batchId, environment: 'practice' });
    const second = call(engine, 'send.check', { batchId, environment: 'practice' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(refusalOf(await call(engine, 'send.decide', { batchId, decisions: [{ seq: 1, decision: 'keep' }] })).params).toEqual({ reason: 'presend_busy' });
    expect(refusalOf(await call(engine, 'send.start', { batchId, environment: 'practice' })).params).toEqual({ reason: 'presend_busy' });
    expect(valueOf(await second)).toEqual(valueOf(await first));
    expect(attemptsOf(engine, batchId).balance).toBe(1);

    // A check that asks every name again (a new batch), cut short by closing.
    const { batchId: other } = await approvedBatch(engine, 'appotapay', 30, 'e'.repeat(64));
    const cut = call(engine, 'send.check', { batchId: other, environment: 'practice' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await engine.close();
    expect(refusalOf(await cut)).toMatchObject({ code: 'unavailable', params: { reason: 'presend_interrupted' } });
    const reopened = engineIn(dataDir, keyStore);
    await simFor(reopened, 'appotapay');
    expect(reopened.send.presend.stored(other)).toBeNull();
    expect(refusalOf(await call(reopened, 'send.start', { batchId: other, environment: 'practice' })).params).toMatchObject({ reason: 'presend_not_checked' });
  });

  it('a batch being sent is not checked or decided again', async () => {
    const engine = engineIn();
    await simFor(engine, 'appotapay', { latencyMs: 100 });
    const { batchId } = await approvedBatch(engine, 'appotapay', 6);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice', concurrency: 1 }));
    expect(refusalOf(await call(engine, 'send.check', { batchId, environment: 'practice' })).params).toEqual({ reason: 'presend_while_sending' });
    valueOf(await call(engine, 'send.cancel', { batchId }));
    await engine.send.idle(batchId);
  });
});

/** The balance the simulator reports, read through the engine's check. */
async function balanceOf(engine: Engine, batchId: string): Promise<number> {
  const check = valueOf(await call(engine, 'send.check', { batchId, environment: 'practice' }));
  if (check.balance.balanceMinor === null) throw new Error(`balance unreadable: ${check.balance.reason}`);
  return check.balance.balanceMinor;
}
