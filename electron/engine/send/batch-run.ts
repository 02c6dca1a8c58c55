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
  readonly onRowChanged: (change: RowChanged) => void;
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

  // Workers that want to send at the same moment share one commit (one fsync): each still
  // waits for its row's move to sending to be on disk before its request is made.
  let claims: Array<{ seq: number; orderId: string; done: (claimed: boolean) => void }> = [];
  function claimSoon(seq: number, orderId: string): Promise<boolean> {
    return new Promise((done) => {
      if (claims.length === 0) setImmediate(flushClaims);
      claims.push({ seq, orderId, done });
    });
  }
  function flushClaims(): void {
    const waiting = claims;
    claims = [];
    try {
      const claimed = journal.claimMany(batchId, waiting);
      for (const c of waiting) c.done(claimed.has(c.seq));
    } catch {
      // Not on disk, so not sent: each worker gives its row back to the schedule.
      for (const c of waiting) c.done(false);
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

  async function perform(task: { kind: 'send' | 'query'; seq: number }): Promise<void> {
    const { seq } = task;
    busy.add(seq);
    try {
      const before = journal.row(batchId, seq);
      if (!before) return;
      let change: RowChange;
      let row: JournalRow = before;
      if (task.kind === 'send') {
        if (before.status !== 'ready') return;
        if (!(await claimSoon(seq, before.orderId))) {
          // Still ready (the commit failed): tried again later, never sent unclaimed.
          if (journal.row(batchId, seq)?.status === 'ready') sends.push({ at: Date.now() + policy.retryBaseMs, seq });
          return;
        }
        row = journal.row(batchId, seq) ?? before;
        deps.onRowChanged({ batchId, row, from: before.status, to: 'sending', message: null });
        const outcome = await call('payout', row, () => client.payout(orderOf(row)));
        change = afterPayout(row, outcome, policy, Date.now());
      } else {
        if (before.status !== 'sending' && before.status !== 'unknown' && before.status !== 'accepted') return;
        const outcome = await call('status', row, () => client.status(row.orderId));
        change = afterQuery(row, outcome, policy, Date.now());
        reconcileFirst.delete(seq);
      }
      journal.record(batchId, seq, change);
      schedule(seq, change, Date.now());
      const after = journal.row(batchId, seq) ?? row;
      deps.onRowChanged({ batchId, row: after, from: row.status, to: change.status, message: change.reviewReason ?? change.errorMessage ?? null });
    } finally {
      busy.delete(seq);
      // A finished row may end the run, or free a retry for the others.
      wakeAll();
    }
  }

  /** A client that throws instead of answering has told us nothing: the row is unknown. */
  async function call(kind: 'payout' | 'status', row: JournalRow, work: () => Promise<PayoutOutcome>): Promise<PayoutOutcome> {
    try {
      return await gate.run(() => forAttempt({ batchId, orderId: row.orderId, kind }, work));
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
  };
}
