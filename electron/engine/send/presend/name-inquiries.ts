import type { Environment } from '../../../../shared/credentials/credential-fields.js';
import type { NameInquiry, ProviderClient } from '../../providers/payout-outcome.js';
import { forAttempt } from '../attempt-log.js';
import type { ProviderGate } from '../provider-gate.js';
import { sameName } from './name-match.js';
import type { InquiryResult, RowPresend, UnsentRow } from './presend-store.js';

/** A name the provider gave within this long, in the same environment, is not asked again. */
export const nameKeptMs = 24 * 60 * 60_000;
/** This many inquiries without an answer in a row, and the rest are not asked: the service is down. */
export const unansweredInARow = 20;
/**
 * Answers are written at least this often while a large batch is asked about (and in chunks
 * of at most 200 rows), so a check cut short, even by a kill, keeps what it learnt.
 */
const writeEveryMs = 100;
const rowsPerWrite = 200;

export type InquiryRun = {
  readonly batchId: string;
  readonly environment: Environment;
  readonly inquire: NonNullable<ProviderClient['inquireName']>;
  readonly gate: ProviderGate;
  /** Calls in flight at once for this check (the gate may allow fewer). */
  readonly workers: number;
  /** True once the engine is closing: no new call starts. */
  readonly stopping: () => boolean;
  readonly save: (rows: ReadonlyArray<{ seq: number; presend: RowPresend }>) => void;
};

export type InquiryTally = { readonly checked: number; readonly matched: number; readonly stopped: boolean };

/**
 * Asks the provider the name behind each row still to send, through the provider's gate (the
 * same concurrency and rate as sending), each call journaled as an `inquiry` attempt. Rows paid
 * into the same destination are asked about once; a name given in the last 24 hours in this
 * environment is kept, so a check interrupted half-way, or run again on reopening, goes on
 * where it was. After 20 calls in a row without an answer the rest are not asked: each becomes
 * an `unknown` finding saying so, for the accountant to decide.
 */
export async function inquireNames(rows: readonly UnsentRow[], run: InquiryRun): Promise<InquiryTally> {
  const now = Date.now();
  const groups = new Map<string, UnsentRow[]>();
  let checked = 0;
  let matched = 0;
  for (const row of rows) {
    const kept = row.presend;
    if (kept && kept.env === run.environment && kept.found !== null && now - Date.parse(kept.at) < nameKeptMs) {
      checked += 1;
      if (kept.result === 'match') matched += 1;
      continue;
    }
    const key = [row.bankCode, row.accountType, row.payee.accountNo, row.payee.phone].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }

  const queue = [...groups.values()];
  let next = 0;
  let unanswered = 0;
  let lastReason = '';
  let pending: Array<{ seq: number; presend: RowPresend }> = [];
  let writtenAt = Date.now();
  const flush = (): void => {
    const chunk = pending;
    pending = [];
    writtenAt = Date.now();
    run.save(chunk);
  };
  const record = (group: readonly UnsentRow[], answer: NameInquiry): void => {
    const at = new Date().toISOString();
    for (const row of group) {
      const presend = presendOf(row, answer, run.environment, at);
      if (presend.result === 'match') matched += 1;
      if (presend.result !== 'unknown') checked += 1;
      pending.push({ seq: row.seq, presend });
    }
    if (pending.length >= rowsPerWrite || Date.now() - writtenAt >= writeEveryMs) flush();
  };
  const tripped = (): boolean => unanswered >= unansweredInARow;

  const worker = async (): Promise<void> => {
    while (!run.stopping() && !tripped() && next < queue.length) {
      const group = queue[next++];
      const first = group?.[0];
      if (!group || !first) continue;
      const order = { orderId: first.orderId, accountNo: first.payee.accountNo, accountType: first.accountType, bankCode: first.bankCode, phone: first.payee.phone };
      let answer: NameInquiry;
      try {
        answer = await run.gate.run(() => forAttempt({ batchId: run.batchId, orderId: first.orderId, kind: 'inquiry' }, () => run.inquire(order)));
      } catch (error) {
        answer = { kind: 'unknown', reason: error instanceof Error ? error.message : String(error) };
      }
      if (answer.kind === 'unknown') {
        unanswered += 1;
        lastReason = answer.reason;
      } else unanswered = 0;
      record(group, answer);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(run.workers, queue.length)) }, () => worker()));

  const stopped = run.stopping();
  if (!stopped && tripped()) {
    const reason = `not asked: the provider's name inquiry gave no answer ${unansweredInARow} times in a row (the last: ${lastReason})`;
    for (const group of queue.slice(next)) record(group, { kind: 'unknown', reason });
  }
  flush();
  return { checked, matched, stopped };
}

/** A row's finding from the answer about its destination, keeping a decision taken on the same finding before. */
function presendOf(row: UnsentRow, answer: NameInquiry, env: Environment, at: string): RowPresend {
  const result: InquiryResult = answer.kind === 'found' ? (sameName(row.payee.name, answer.name) ? 'match' : 'mismatch') : answer.kind;
  const found = answer.kind === 'found' ? answer.name : null;
  const message = answer.kind === 'not_found' ? answer.message : answer.kind === 'unknown' ? answer.reason : null;
  const before = row.presend;
  const same = before !== null && before.env === env && before.result === result && before.found === found && result !== 'match';
  return { env, result, found, message, at, decision: same ? before.decision : null, decidedAt: same ? before.decidedAt : null, decisions: before?.decisions ?? [] };
}
