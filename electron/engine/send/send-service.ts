import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { PaybatchEvent, RowStatus } from '../../../shared/events.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { SendState } from '../../../shared/send/send-contract.js';
import { logInternalError } from '../debug-log.js';
import { EngineError } from '../engine-error.js';
import type { ProviderClient, RefundSender } from '../providers/payout-outcome.js';
import type { Db } from '../store/database.js';
import { startBatchRun, type BatchRun, type RowChanged } from './batch-run.js';
import { createPresend } from './presend/presend-service.js';
import { createProviderGate, type ProviderGate } from './provider-gate.js';
import { createSendJournal, type RowChange, type SendBatch } from './send-journal.js';
import { createSendLock } from './send-lock.js';
import { createSendPace, type SendPace } from './send-pace.js';
import { createSendPages } from './send-page.js';
import { capturedFor } from './refund-captures.js';
import { providerRules } from '../../../shared/providers/provider-rules.js';
import type { SendPolicy } from './send-policy.js';
import type { SendAudit } from '../audit/audit-feature.js';

/** A provider client for one environment, with what it was opened with. */
export type OpenedClient = {
  readonly client: ProviderClient;
  readonly concurrency: number;
  readonly ratePerSecond: number;
  readonly close: () => Promise<void>;
  readonly onThrottle: (listener: (ms: number) => void) => void;
  /** Practice's own simulator only: told who holds each account or phone before names are asked. */
  readonly learnHolders?: (entries: Iterable<readonly [string, string]>) => void;
  /** Practice's own simulator only: told what each payment a refund batch refunds captured. */
  readonly learnCaptures?: (entries: Iterable<readonly [string, number]>) => void;
  /** The provider's refunds, where it offers them. */
  readonly refunds?: RefundSender;
};

export type SendServiceOptions = {
  readonly db: Db;
  /** Where the debug log goes (an error on our side while sending is logged there). */
  readonly dataDir: string;
  readonly policy: SendPolicy;
  /** Who sends, as the lock names it to another would-be sender (e.g. "paybatch send"). */
  readonly command: string;
  readonly openClient: (provider: ProviderId, environment: Environment) => Promise<OpenedClient>;
  readonly emit: (event: PaybatchEvent) => void;
  /** The audit log, told each row's move (from → to, with its reason code). */
  readonly audit?: SendAudit;
};

type Running = { readonly run: BatchRun; readonly batch: SendBatch; sending: boolean; cancelled: boolean; readonly ended: Promise<void> };

/** A batch resume did not take up, and why (a refusal, in the contract's error shape). */
export type HeldBatch = { readonly batchId: string; readonly code: string; readonly message: string; readonly params?: Readonly<Record<string, unknown>> };

const unsentStatuses: readonly RowStatus[] = ['ready', 'sending'];
const progressEveryMs = 200;

/**
 * Sends approved batches and follows them to the end, one run per batch, with one gate per
 * provider and environment shared by every batch that calls it. Holds the data folder's
 * send lock while anything runs.
 */
export function createSendService(options: SendServiceOptions) {
  const { db, policy } = options;
  const journal = createSendJournal(db);
  const lock = createSendLock(db, options.command);
  const pages = createSendPages(db);
  const runs = new Map<string, Running>();
  const gates = new Map<string, ProviderGate>();
  const clients = new Map<string, Promise<OpenedClient>>();
  const paces = new Map<string, SendPace>();
  const lastProgress = new Map<string, number>();
  const pendingProgress = new Map<string, NodeJS.Timeout>();
  let closed = false;
  // Pre-send checks call the provider through the same client and gate as sending.
  const presend = createPresend({
    db,
    batchOrThrow,
    open: async (provider, environment, batchId) => {
      const client = await clientOf(provider, environment);
      // Practice pretends each payee's bank knows them by the sheet's name: a new user's own
      // payroll matches, and the reserved accounts still show a mismatch and a missing account.
      client.learnHolders?.(journal.rows(batchId).flatMap((r) => (r.payee.name ? [[r.payee.accountNo ?? '', r.payee.name] as const, [r.payee.phone ?? '', r.payee.name] as const] : [])));
      const batch = journal.batch(batchId);
      return { client: batch ? senderOf(batch, client).client : client.client, gate: gateOf(provider, environment, client), concurrency: client.concurrency };
    },
    emitRowCancelled: (batchId, seq, message) => {
      const row = journal.row(batchId, seq);
      if (!row) return;
      options.audit?.rowMoved({ batchId, seq, orderId: row.orderId, row: row.sheetRow, from: 'ready', to: 'cancelled', reason: row.reasonCode ?? row.errorCode ?? 'presend_excluded' });
      options.emit({ type: 'row.status', batchId, rowId: row.orderId, status: 'cancelled', message });
    },
  });

  function batchOrThrow(batchId: string): SendBatch {
    const batch = journal.batch(batchId);
    if (!batch || batch.status === 'draft' || batch.status === 'discarded') {
      if (batch) throw new EngineError('refused', `This batch is ${batch.status}: approve it before sending.`, undefined, { reason: 'send_not_approved', status: batch.status });
      throw new EngineError('not_found', 'This batch is not in Paybatch.', undefined, { reason: 'batch_not_found' });
    }
    return batch;
  }

  function clientOf(provider: ProviderId, environment: Environment): Promise<OpenedClient> {
    const key = `${provider}:${environment}`;
    let opened = clients.get(key);
    if (!opened) {
      opened = options.openClient(provider, environment);
      clients.set(key, opened);
      opened.catch(() => clients.delete(key));
    }
    return opened;
  }

  function gateOf(provider: ProviderId, environment: Environment, client: OpenedClient): ProviderGate {
    const key = `${provider}:${environment}`;
    let gate = gates.get(key);
    if (!gate) {
      const made = createProviderGate({ concurrency: client.concurrency, ratePerSecond: client.ratePerSecond });
      client.onThrottle((ms) => made.holdFor(ms));
      gates.set(key, made);
      gate = made;
    }
    return gate;
  }

  function onRowChanged(change: RowChanged): void {
    // A move's reason is the row's as just written; a row claimed to be sent has none yet.
    if (change.from !== change.to) {
      const { row } = change;
      options.audit?.rowMoved({ batchId: change.batchId, seq: row.seq, orderId: row.orderId, row: row.sheetRow, from: change.from, to: change.to, reason: change.to === 'sending' ? null : (row.reasonCode ?? row.errorCode) });
    }
    // Pace is payouts answered: a row's first answer, not every move it makes after.
    if (change.from === 'sending') paceOf(change.batchId).answered();
    options.emit({ type: 'row.status', batchId: change.batchId, rowId: change.row.orderId, status: change.to, ...(change.message ? { message: change.message } : {}) });
    progressSoon(change.batchId);
  }

  function paceOf(batchId: string): SendPace {
    let pace = paces.get(batchId);
    if (!pace) {
      pace = createSendPace();
      paces.set(batchId, pace);
    }
    return pace;
  }

  /** At most one progress event per batch every 200 ms, and always the last one. */
  function progressSoon(batchId: string): void {
    if (pendingProgress.has(batchId)) return;
    const wait = Math.max(0, (lastProgress.get(batchId) ?? 0) + progressEveryMs - Date.now());
    pendingProgress.set(batchId, setTimeout(() => {
      pendingProgress.delete(batchId);
      lastProgress.set(batchId, Date.now());
      if (!closed) emitProgress(batchId);
    }, wait));
  }

  function emitProgress(batchId: string): void {
    const state = stateOf(batchId);
    const done = Object.entries(state.counts).reduce((sum, [status, n]) => (unsentStatuses.includes(status as RowStatus) ? sum : sum + (n ?? 0)), 0);
    options.emit({ type: 'batch.progress', batchId, total: state.rowCount, done, byStatus: state.counts, status: state.status, running: state.running, rowsPerSecond: state.rowsPerSecond, secondsLeft: state.secondsLeft });
  }

  function stateOf(batchId: string): SendState {
    const batch = batchOrThrow(batchId);
    const { byStatus, minorByStatus } = journal.counts(batchId);
    const pace = paceOf(batchId);
    const left = (byStatus.ready ?? 0) + (byStatus.sending ?? 0);
    return {
      batchId,
      provider: batch.provider,
      operation: batch.operation,
      currency: batch.currency,
      fileName: batch.fileName,
      environment: batch.environment,
      status: batch.status,
      rowCount: batch.rowCount,
      total: batch.total,
      counts: byStatus,
      amounts: minorByStatus,
      running: runs.has(batchId),
      rowsPerSecond: pace.rowsPerSecond(),
      secondsLeft: runs.has(batchId) ? pace.secondsLeft(left) : null,
      startedAt: batch.sendStartedAt,
      finishedAt: batch.finishedAt,
    };
  }

  /** Runs being opened (their client, their gate): a second caller waits for the first. */
  const starting = new Map<string, Promise<void>>();

  /** Calls (start, resume) part way through taking up batches: the lock stays theirs meanwhile. */
  let holds = 0;

  /** The lock goes only when nothing runs, nothing is being started, and no call is part way. */
  function releaseIfIdle(): void {
    if (runs.size === 0 && starting.size === 0 && holds === 0) lock.release();
  }

  /**
   * Starts (or wakes) the run that sends and follows this batch. The lock must be held. One run
   * per batch: the placeholder is set before the first await, so two callers at once (a double
   * click, two tabs, resume on start beside a resume from the window) share one run.
   */
  async function ensureRun(batch: SendBatch, environment: Environment, workers?: number): Promise<void> {
    const existing = runs.get(batch.id);
    if (existing) {
      const status = journal.batch(batch.id)?.status;
      existing.sending = status === 'sending';
      existing.cancelled = status === 'cancelled';
      existing.run.wake();
      return;
    }
    const pending = starting.get(batch.id);
    if (pending) {
      await pending;
      return ensureRun(batch, environment, workers);
    }
    const opening = openRun(batch, environment, workers).finally(() => {
      starting.delete(batch.id);
      releaseIfIdle();
    });
    starting.set(batch.id, opening);
    await opening;
  }

  /**
   * What a batch is sent with: the provider's payouts, or its refunds (each row's id then
   * made when it is first sent). Practice's simulator is told what each refunded payment
   * captured, so a new user's own refund sheet can be refunded there.
   */
  function senderOf(batch: SendBatch, client: OpenedClient): { client: ProviderClient; idToSend?: RefundSender['idToSend'] } {
    if (batch.operation === 'payout') return { client: client.client };
    if (!client.refunds) throw new EngineError('refused', `${providerRules[batch.provider].name} does not offer refunds in Paybatch.`, undefined, { reason: 'operation_not_offered', provider: providerRules[batch.provider].name, operation: batch.operation });
    client.learnCaptures?.(capturedFor(db, batch.id));
    return client.refunds;
  }

  async function openRun(batch: SendBatch, environment: Environment, workers?: number): Promise<void> {
    const client = await clientOf(batch.provider, environment);
    const gate = gateOf(batch.provider, environment, client);
    if (workers) gate.widen(workers);
    // Read by the run's workers from their first step, before startBatchRun returns.
    const status = journal.batch(batch.id)?.status;
    const flags = { sending: status === 'sending', cancelled: status === 'cancelled' };
    const sender = senderOf(batch, client);
    const run = startBatchRun(batch.id, {
      journal,
      client: sender.client,
      ...(sender.idToSend ? { idToSend: sender.idToSend } : {}),
      gate,
      policy,
      workers: workers ?? client.concurrency,
      sending: () => flags.sending,
      cancelled: () => flags.cancelled,
      onError: (error) => {
        if (!closed) logInternalError(options.dataDir, `sending batch ${batch.id}`, error);
      },
      onRowChanged,
    });
    const ended = run.done
      .catch((error: unknown) => {
        // The run stopped early (its data file closed under it): what was sent is in the journal.
        if (!closed) logInternalError(options.dataDir, `sending batch ${batch.id}`, error);
      })
      .finally(() => {
        runs.delete(batch.id);
        if (!closed && db.open) {
          journal.finishIfDone(batch.id);
          emitProgress(batch.id);
        }
        releaseIfIdle();
      });
    runs.set(batch.id, {
      run,
      batch,
      ended,
      get sending() {
        return flags.sending;
      },
      set sending(value: boolean) {
        flags.sending = value;
      },
      get cancelled() {
        return flags.cancelled;
      },
      set cancelled(value: boolean) {
        flags.cancelled = value;
      },
    });
  }

  return {
    journal,
    lock,
    presend,
    async start(batchId: string, environment: Environment, concurrency?: number): Promise<SendState> {
      const batch = batchOrThrow(batchId);
      if (batch.status === 'finished' || batch.status === 'cancelled') {
        throw new EngineError('refused', `This batch is ${batch.status}: nothing is left to send.`, undefined, { reason: 'send_over', status: batch.status });
      }
      if (batch.environment && batch.environment !== environment) {
        throw new EngineError('refused', `This batch is being sent in ${batch.environment}; it cannot be sent in ${environment} too.`, undefined, { reason: 'send_other_environment', environment: batch.environment, asked: environment });
      }
      // Keys and address first: a batch never turns `sending` if it cannot be sent.
      await clientOf(batch.provider, environment);
      await presend.readyToStart(batch, environment);
      lock.acquire();
      holds += 1;
      try {
        journal.startSending(batchId, environment);
        await ensureRun(journal.batch(batchId) ?? batch, environment, concurrency);
      } finally {
        holds -= 1;
        releaseIfIdle();
      }
      return stateOf(batchId);
    },
    pause(batchId: string): SendState {
      const batch = batchOrThrow(batchId);
      if (batch.status === 'sending') journal.setStatus(batchId, 'paused');
      const running = runs.get(batchId);
      if (running) {
        running.sending = false;
        running.run.wake();
      }
      emitProgress(batchId);
      return stateOf(batchId);
    },
    async cancel(batchId: string): Promise<SendState> {
      const batch = batchOrThrow(batchId);
      if (batch.status === 'finished' || batch.status === 'cancelled') return stateOf(batchId);
      if (batch.status === 'approved') {
        throw new EngineError('refused', 'This batch has not been sent: nothing to cancel. Leave it, or discard the draft it came from.', undefined, { reason: 'cancel_not_sending' });
      }
      const running = runs.get(batchId);
      if (running) {
        running.sending = false;
        running.cancelled = true;
      }
      // Read and cancelled in one turn of the event loop: exactly the rows the cancel moves.
      const unsent = options.audit?.unsentRows(batchId) ?? [];
      journal.cancel(batchId);
      for (const r of unsent) options.audit?.rowMoved({ batchId, seq: r.seq, orderId: r.orderId, row: r.row, from: 'ready', to: 'cancelled', reason: 'batch_cancelled' });
      running?.run.dropUnsent();
      journal.finishIfDone(batchId);
      emitProgress(batchId);
      return stateOf(batchId);
    },
    /**
     * Every unfinished batch: rows left in flight are reconciled before any new payout, and
     * batches that were sending go on. `continuePaused` (the CLI's resume) sends paused ones too.
     */
    async resumeAll(resume: { continuePaused: boolean }): Promise<{ resumed: string[]; held: HeldBatch[] }> {
      const unfinished = journal.unfinishedBatches();
      if (unfinished.length === 0) return { resumed: [], held: [] };
      lock.acquire();
      // Held until every batch is taken up: one whose run ends at once must not free the
      // folder while the next is still being opened.
      holds += 1;
      const resumed: string[] = [];
      const held: HeldBatch[] = [];
      try {
        for (const batch of unfinished) {
          if (!batch.environment) continue;
          try {
            // A paused batch goes on only past the same checks as Start (decisions, balance).
            if (batch.status === 'paused' && resume.continuePaused) {
              await presend.readyToStart(batch, batch.environment);
              journal.setStatus(batch.id, 'sending');
            }
            await ensureRun(journal.batch(batch.id) ?? batch, batch.environment);
            resumed.push(batch.id);
          } catch (error) {
            // One batch that cannot go on (its keys gone, a decision missing) holds up no other.
            held.push(error instanceof EngineError ? { batchId: batch.id, code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) } : { batchId: batch.id, code: 'internal_error', message: error instanceof Error ? error.message : String(error) });
          }
        }
      } finally {
        holds -= 1;
        releaseIfIdle();
      }
      return { resumed, held };
    },
    /**
     * The accountant's answer for a row that needed review, after checking in the provider's
     * portal: paid (succeeded), or not paid — sent again with the same order id, whose
     * uniqueness the provider enforces (in a cancelled batch, cancelled instead). Kept on the row.
     */
    async resolve(batchId: string, seq: number, paid: boolean): Promise<SendState> {
      const batch = batchOrThrow(batchId);
      const row = journal.row(batchId, seq);
      if (!row) throw new EngineError('not_found', `This batch has no payment number ${seq}.`, undefined, { reason: 'resolve_no_such_row', seq });
      if (row.status !== 'needs_review') throw new EngineError('refused', `Row ${row.sheetRow} does not need review: it is ${row.status}.`, undefined, { reason: 'resolve_not_needed', row: row.sheetRow, status: row.status });
      const at = new Date().toISOString();
      const change: RowChange = paid
        ? { status: 'succeeded', settled: true, errorCode: 'resolved_paid', errorMessage: 'Marked paid after checking with the provider.', reviewReason: null, reasonCode: 'resolved_paid', reasonParams: { at }, nextAt: null }
        : batch.status === 'cancelled'
          ? { status: 'cancelled', settled: true, errorCode: 'resolved_not_paid', errorMessage: 'Marked not paid after checking with the provider; the batch is cancelled, so it is not sent again.', reviewReason: null, reasonCode: 'resolved_not_paid_cancelled', reasonParams: { at }, nextAt: null }
          : { status: 'ready', errorCode: 'resolved_not_paid', errorMessage: 'Marked not paid after checking with the provider: sent again with the same order id.', reviewReason: null, reasonCode: 'resolved_not_paid', reasonParams: { at }, nextAt: Date.now() };
      if (!journal.record(batchId, seq, change, 'needs_review')) throw new EngineError('refused', `Row ${row.sheetRow} does not need review: it is ${row.status}.`, undefined, { reason: 'resolve_not_needed', row: row.sheetRow, status: row.status });
      onRowChanged({ batchId, row: journal.row(batchId, seq) ?? row, from: 'needs_review', to: change.status, message: change.errorMessage ?? null });
      if (change.status === 'ready' && batch.environment) {
        journal.reopen(batchId);
        // A paused batch sends it when it goes on; one that was sending or had finished, now.
        if (journal.batch(batchId)?.status === 'sending') {
          lock.acquire();
          holds += 1;
          try {
            await ensureRun(journal.batch(batchId) ?? batch, batch.environment);
          } finally {
            holds -= 1;
            releaseIfIdle();
          }
        }
      } else {
        journal.finishIfDone(batchId);
      }
      emitProgress(batchId);
      return stateOf(batchId);
    },
    /** Resolves when no run is left for this batch (or for any, without one). */
    async idle(batchId?: string): Promise<void> {
      for (;;) {
        const waiting = batchId ? [runs.get(batchId)].filter((r): r is Running => r !== undefined) : [...runs.values()];
        if (waiting.length === 0) return;
        await Promise.all(waiting.map((r) => r.ended));
      }
    },
    /**
     * Settings or keys changed for this provider: the next run (and the next check) opens its
     * client and gate afresh with them. A run already going keeps what it started with.
     */
    forget(provider: ProviderId, environment?: Environment): void {
      for (const key of [...clients.keys()]) {
        if (key !== `${provider}:${environment}` && !(environment === undefined && key.startsWith(`${provider}:`))) continue;
        const opened = clients.get(key);
        clients.delete(key);
        gates.delete(key);
        const inUse = [...runs.values()].some((r) => `${r.batch.provider}:${r.batch.environment}` === key);
        if (!inUse) void opened?.then((c) => c.close()).catch(() => {});
      }
    },
    state: stateOf,
    status(batchId: string, statuses: readonly RowStatus[] | undefined, offset: number, limit: number) {
      return { ...stateOf(batchId), ...pages.page(batchId, statuses, offset, limit) };
    },
    running(batchId: string): boolean {
      return runs.has(batchId);
    },
    /** Stops every run once its calls in progress return (at most `graceMs`), then lets go of the lock. */
    async close(graceMs = 5_000): Promise<void> {
      const checks = presend.close(graceMs);
      for (const { run } of runs.values()) run.stop();
      const ends = [...runs.values()].map((r) => r.ended);
      await Promise.race([Promise.all([...ends, checks]), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      closed = true;
      for (const timer of pendingProgress.values()) clearTimeout(timer);
      // Calls still out past the grace are the next start's to reconcile; this process is
      // done sending, so the folder is free.
      lock.release();
      const opened = [...clients.values()];
      clients.clear();
      await Promise.allSettled(opened.map(async (c) => (await c).close()));
    },
  };
}

export type SendService = ReturnType<typeof createSendService>;
