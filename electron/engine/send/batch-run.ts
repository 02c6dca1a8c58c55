import type { RowStatus } from '../../../shared/events.js';
import type { PayoutOrder, PayoutOutcome, ProviderClient } from '../providers/payout-outcome.js';
import { forAttempt } from './attempt-log.js';
import { DueHeap } from './due-heap.js';
import type { ProviderGate } from './provider-gate.js';
import { afterPayout, afterQuery } from './row-transitions.js';
import type { JournalRow, RowChange, SendJournal } from './send-journal.js';
import type { SendPolicy } from './send-policy.js';

export type RowChanged = { readonly batchId: string; readonly row: JournalRow; readonly from: RowStatus; readonly to: RowStatus; readonly message: string | null };

export type BatchRunDeps = {
  readonly journal: SendJournal;
  readonly client: ProviderClient;
  readonly gate: ProviderGate;
  readonly policy: SendPolicy;
  /** Calls made for this batch at once (the provider's gate may allow fewer). */
  readonly workers: number;
  /** Whether new payouts may go: false while paused or cancelled. Queries go on regardless. */
  readonly sending: () => boolean;
  /** Cancelled: a row the provider never received is not sent again, it is cancelled. */
  readonly cancelled: () => boolean;
  /** Something failed on our side; the run goes on (the row is put back) and this is logged. */
  readonly onError: (error: unknown) => void;
  readonly onRowChanged: (change: RowChanged) => void;
  /**
   * The id a row is sent with, when the provider's form of it depends on the moment or the
   * environment (a refund's m_refund_id); left out, the id fixed at approval.
   */
  readonly idToSend?: (stored: string, neverSent: boolean, now: Date) => string;
};

export type BatchRun = {
  /** Resolves when nothing is left to do now: every row final, needing a person, or waiting to be sent while paused. */
  readonly done: Promise<void>;
  /** Something changed (resumed, cancelled): sleeping workers look again. */
  wake(): void;
  /** Drops every payout not yet started (cancel); rows in flight are still followed. */
  dropUnsent(): void;
  /** Ends the run once the calls in progress return. */
  stop(): void;
};

/**
 * Sends one approved batch and follows every row to its end. Before any payout, each row left
 * in `sending` or `unknown` by an earlier run is reconciled with a status query. A row is
 * claimed (committed as `sending`) before its request is made, and only ever sent with the
 * order id fixed at approval.
 */
export function startBatchRun(batchId: string, deps: BatchRunDeps): BatchRun {
  const { journal, client, gate, policy } = deps;
  let sends = new DueHeap();
  const queries = new DueHeap();
  const reconcileFirst = new Set<number>();
  const busy = new Set<number>();
  const keepsId = new Set<number>();
  let stopping = false;
  /** Workers with nothing to do now, each waiting for its next due time or a wake-up. */
  const sleepers: Array<() => void> = [];

  for (const row of journal.openRows(batchId)) {
    if (row.status === 'ready') sends.push({ at: row.nextAt ?? 0, seq: row.seq });
    else {
      queries.push({ at: row.status === 'accepted' ? (row.nextAt ?? 0) : 0, seq: row.seq });
      if (row.status !== 'accepted') reconcileFirst.add(row.seq);
    }
  }

  // Workers that want to send within 2 ms of each other share one commit (one fsync): each
  // still waits for its row's move to sending to be on disk before its request is made. At
  // 50 ms of provider latency and 8 at once, 2 ms of waiting costs less than the fsyncs it
  // saves (bench:send: 0.85 of the ideal instead of 0.78; 4 ms was worse again).
  // 'refused': the journal would not move the row; 'error': the commit itself failed (busy, full).
  let claims: Array<{ seq: number; orderId: string; sendAs: string; done: (claimed: true | 'refused' | 'error') => void }> = [];
  function claimSoon(seq: number, orderId: string, sendAs: string): Promise<true | 'refused' | 'error'> {
    return new Promise((done) => {
      if (claims.length === 0) setTimeout(flushClaims, 2);
      claims.push({ seq, orderId, sendAs, done });
    });
  }
  function flushClaims(): void {
    const waiting = claims;
    claims = [];
    try {
      const claimed = journal.claimMany(batchId, waiting);
      for (const c of waiting) c.done(claimed.has(c.seq) ? true : 'refused');
    } catch {
      // Not on disk, so not sent: each worker gives its row back to the schedule.
      for (const c of waiting) c.done('error');
    }
  }

  function take(now: number): { kind: 'send' | 'query'; seq: number } | null {
    const query = queries.peek();
    if (query && query.at <= now) {
      queries.pop();
      return { kind: 'query', seq: query.seq };
    }
    if (reconcileFirst.size > 0 || !deps.sending()) return null;
    const send = sends.peek();
    if (send && send.at <= now) {
      sends.pop();
      return { kind: 'send', seq: send.seq };
    }
    return null;
  }

  function nextDue(): number | null {
    const times = [queries.peek()?.at, reconcileFirst.size === 0 && deps.sending() ? sends.peek()?.at : undefined].filter((t): t is number => t !== undefined);
    return times.length === 0 ? null : Math.min(...times);
  }

  function finished(): boolean {
    return busy.size === 0 && queries.size === 0 && (sends.size === 0 || !deps.sending());
  }

  function schedule(seq: number, change: RowChange, now: number): void {
    if (change.status === 'ready') sends.push({ at: change.nextAt ?? now, seq });
    else if (change.status === 'sending' || change.status === 'accepted' || change.status === 'unknown') queries.push({ at: change.nextAt ?? now, seq });
  }

  async function sleep(): Promise<void> {
    const due = nextDue();
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      sleepers.push(resolve);
      if (due !== null) timer = setTimeout(resolve, Math.max(1, due - Date.now()));
    });
    clearTimeout(timer);
  }

  function wakeAll(): void {
    for (const resolve of sleepers.splice(0)) resolve();
  }

  /** The row's move told to the window and the CLI; a listener that throws never stops the run. */
  function notify(change: RowChanged): void {
    try {
      deps.onRowChanged(change);
    } catch (error) {
      deps.onError(error);
    }
  }

  async function perform(task: { kind: 'send' | 'query'; seq: number }): Promise<void> {
    const { seq } = task;
    busy.add(seq);
    try {
      if (task.kind === 'send') await send(seq);
      else await query(seq);
    } catch (error) {
      putBack(seq, error);
    } finally {
      // Asked about once (or given up on): it no longer holds up the first payout.
      if (task.kind === 'query') reconcileFirst.delete(seq);
      busy.delete(seq);
      // A finished row may end the run, or free a retry for the others.
      wakeAll();
    }
  }

  /**
   * A task that failed on our side (the data file busy or full, a bug): its row goes back to
   * where its recorded status says, a little later, never lost and never sent on a guess.
   * When even that cannot be read, the run stops; the journal keeps what happened.
   */
  function putBack(seq: number, error: unknown): void {
    deps.onError(error);
    let status: string | undefined;
    try {
      status = journal.row(batchId, seq)?.status;
    } catch {
      stopping = true;
      return;
    }
    const later = Date.now() + policy.retryMaxMs;
    if (status === 'ready') sends.push({ at: later, seq });
    else if (status === 'sending' || status === 'unknown' || status === 'accepted') queries.push({ at: later, seq });
  }

  async function send(seq: number): Promise<void> {
    const before = journal.row(batchId, seq);
    if (!before || before.status !== 'ready') return;
    // Through the gate first, then the claim: a row is only ever claimed when its request can
    // go at once, so nothing claimed waits behind a Retry-After, a pause or a cancel.
    const sent = await gate.run(async (): Promise<{ row: JournalRow; outcome: PayoutOutcome } | 'not_claimed' | null> => {
      if (!deps.sending() || stopping) return null;
      // A row never sent (attempts counts requests made with its id) may go with a fresh id;
      // one the journal would not let change (a request logged with its id) keeps the one it has.
      const sendAs = deps.idToSend?.(before.orderId, before.attempts === 0 && !keepsId.has(seq), new Date()) ?? before.orderId;
      const claim = await claimSoon(seq, before.orderId, sendAs);
      if (claim !== true) {
        // Only the journal's own refusal says the id may not change; a failed commit says nothing.
        if (claim === 'refused' && sendAs !== before.orderId) keepsId.add(seq);
        return 'not_claimed';
      }
      if (!deps.sending() || stopping) {
        // Paused or cancelled during the commit: nothing left, so the claim is undone.
        journal.unclaim(batchId, seq, sendAs);
        return null;
      }
      const row = journal.row(batchId, seq) ?? before;
      notify({ batchId, row, from: 'ready', to: 'sending', message: null });
      return { row, outcome: await answerOf(() => forAttempt({ batchId, orderId: row.orderId, kind: 'payout' }, () => client.payout(orderOf(row)))) };
    });
    if (sent === null || sent === 'not_claimed') {
      // Still ready: sent later (or, paused or cancelled, left as it is).
      if (journal.row(batchId, seq)?.status === 'ready') sends.push({ at: Date.now() + (sent === null ? 0 : policy.retryBaseMs), seq });
      return;
    }
    apply(sent.row, afterPayout(sent.row, sent.outcome, policy, Date.now()));
  }

  async function query(seq: number): Promise<void> {
    const row = journal.row(batchId, seq);
    if (!row || (row.status !== 'sending' && row.status !== 'unknown' && row.status !== 'accepted')) return;
    const outcome = await gate.run(() => answerOf(() => forAttempt({ batchId, orderId: row.orderId, kind: 'status' }, () => client.status(row.orderId))));
    apply(row, afterQuery(row, outcome, policy, Date.now()));
  }

  /**
   * The answer written, if the row is still as it was when the question was asked (another
   * run may have moved it meanwhile: its answer is then stale and dropped), then scheduled.
   */
  function apply(row: JournalRow, proposed: RowChange): void {
    const change: RowChange =
      proposed.status === 'ready' && deps.cancelled()
        ? {
            ...proposed,
            status: 'cancelled',
            errorCode: 'cancelled',
            errorMessage: 'The batch was cancelled before this payment could be sent again: nothing was paid.',
            reasonCode: 'cancelled_before_resend',
            reasonParams: {},
            nextAt: null,
            settled: true,
          }
        : proposed;
    if (!journal.record(batchId, row.seq, change, row.status)) return;
    schedule(row.seq, change, Date.now());
    const after = journal.row(batchId, row.seq) ?? row;
    notify({ batchId, row: after, from: row.status, to: change.status, message: change.reviewReason ?? change.errorMessage ?? null });
  }

  /** A client that throws instead of answering has told us nothing: the row is unknown. */
  async function answerOf(work: () => Promise<PayoutOutcome>): Promise<PayoutOutcome> {
    try {
      return await work();
    } catch (error) {
      return { kind: 'unknown', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async function worker(): Promise<void> {
    while (!stopping) {
      const task = take(Date.now());
      if (task) {
        await perform(task);
        continue;
      }
      if (finished()) return;
      await sleep();
    }
  }

  const done = Promise.all(Array.from({ length: Math.max(1, deps.workers) }, () => worker())).then(() => undefined);
  return {
    done,
    wake: wakeAll,
    dropUnsent() {
      sends = new DueHeap();
      wakeAll();
    },
    stop() {
      stopping = true;
      wakeAll();
    },
  };
}

function orderOf(row: JournalRow): PayoutOrder {
  const p = row.payee;
  return {
    orderId: row.orderId,
    amountMinor: row.amountMinor,
    name: p.name,
    accountNo: p.accountNo,
    accountType: row.accountType,
    bankCode: row.bankCode,
    phone: p.phone,
    email: p.email,
    description: row.description ?? p.description ?? '',
    partnerUserId: p.partnerUserId,
    holder: row.holder,
    transactionId: p.transactionId,
    refundFeeMinor: p.refundFee,
  };
}
