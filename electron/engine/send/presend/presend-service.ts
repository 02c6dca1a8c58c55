import type { Environment } from '../../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../../shared/providers/provider-ids.js';
import { providerRules } from '../../../../shared/providers/provider-rules.js';
import type { PresendCheck } from '../../../../shared/send/send-contract.js';
import { EngineError } from '../../engine-error.js';
import type { ProviderClient } from '../../providers/payout-outcome.js';
import type { Db } from '../../store/database.js';
import { forAttempt } from '../attempt-log.js';
import type { ProviderGate } from '../provider-gate.js';
import type { SendBatch } from '../send-journal.js';
import { inquireNames } from './name-inquiries.js';
import { presendRefusals } from './presend-refusals.js';
import { createPresendStore, type BatchPresend, type Decision, type ExclusionReason, type RowPresend } from './presend-store.js';

export type PresendDeps = {
  readonly db: Db;
  /** The batch, refused when it does not exist or is not approved (send-service's own check). */
  readonly batchOrThrow: (batchId: string) => SendBatch;
  /** The provider's client for this environment, with the gate every call to it goes through. */
  readonly open: (provider: ProviderId, environment: Environment, batchId: string) => Promise<{ client: ProviderClient; gate: ProviderGate; concurrency: number }>;
  readonly emitRowCancelled: (batchId: string, seq: number, message: string) => void;
};

type Running = { readonly environment: Environment; readonly done: Promise<PresendCheck> };

/**
 * The checks before the first payment (DESIGN.md "At-most-once sending" 6): the balance
 * against what is left to send, and each payee's name as the provider holds it, compared
 * without diacritics or case. Every finding waits for the accountant's decision (keep, or
 * exclude: the row is cancelled and never sent); sending is refused until there is one for
 * each, and while the balance is short. Everything is stored with the batch.
 */
export function createPresend(deps: PresendDeps) {
  const store = createPresendStore(deps.db);
  const running = new Map<string, Running>();
  let stopping = false;

  function checkable(batchId: string, environment?: Environment): SendBatch {
    const batch = deps.batchOrThrow(batchId);
    if (batch.status === 'finished' || batch.status === 'cancelled') {
      // The same refusal as send.start's (messages/send.ts).
      throw new EngineError('refused', `This batch is ${batch.status}: nothing is left to send.`, undefined, { reason: 'send_over', status: batch.status });
    }
    if (batch.status === 'sending') throw presendRefusals.whileSending();
    if (environment && batch.environment && batch.environment !== environment) {
      throw new EngineError('refused', `This batch is being sent in ${batch.environment}; it cannot be sent in ${environment} too.`, undefined, { reason: 'send_other_environment', environment: batch.environment, asked: environment });
    }
    return batch;
  }

  async function readBalance(batch: SendBatch, environment: Environment): Promise<BatchPresend['balance']> {
    const neededMinor = store.neededMinor(batch.id);
    const at = new Date().toISOString();
    // A refund is given back out of the payment it refunds; the only balance the provider
    // tells is the top-up wallet's, which says nothing about it.
    if (batch.operation === 'refund') return { state: 'not_applicable', balanceMinor: null, neededMinor, reason: null, at };
    const { client, gate } = await deps.open(batch.provider, environment, batch.id);
    try {
      const read = await gate.run(() => forAttempt({ batchId: batch.id, orderId: null, kind: 'balance' }, () => client.balance()));
      if (!read.ok) return { state: 'unreadable', balanceMinor: null, neededMinor, reason: read.reason, at };
      return { state: read.balanceMinor >= neededMinor ? 'enough' : 'short', balanceMinor: read.balanceMinor, neededMinor, reason: null, at };
    } catch (error) {
      return { state: 'unreadable', balanceMinor: null, neededMinor, reason: error instanceof Error ? error.message : String(error), at };
    }
  }

  async function runCheck(batch: SendBatch, environment: Environment): Promise<PresendCheck> {
    const startedAt = new Date().toISOString();
    const { client, gate, concurrency } = await deps.open(batch.provider, environment, batch.id);
    const inquire = client.inquireName?.bind(client);
    let tally = { checked: 0, matched: 0, stopped: false };
    if (inquire) {
      tally = await inquireNames(store.unsent(batch.id), {
        batchId: batch.id,
        environment,
        inquire,
        gate,
        workers: concurrency,
        stopping: () => stopping,
        save: (rows) => {
          if (deps.db.open) store.saveRows(batch.id, rows);
        },
      });
    }
    if (tally.stopped || stopping || !deps.db.open) throw presendRefusals.interrupted();
    // Read last, so that what a long check says of the balance is as of its end.
    const balance = await readBalance(batch, environment);
    if (stopping || !deps.db.open) throw presendRefusals.interrupted();
    store.saveFacts(batch.id, { env: environment, startedAt, checkedAt: new Date().toISOString(), balance, offered: inquire !== undefined, checked: tally.checked, matched: tally.matched });
    return viewOf(batch.id) ?? unreachable(batch.id);
  }

  function viewOf(batchId: string): PresendCheck | null {
    const facts = store.facts(batchId);
    if (!facts) return null;
    const { at: _at, ...balance } = facts.balance;
    const findings: PresendCheck['inquiry']['findings'] = [];
    for (const { seq, sheetRow, name, presend } of store.findings(batchId)) {
      if (presend.result !== 'match') findings.push({ seq, row: sheetRow, name, found: presend.found, result: presend.result, message: presend.message, decision: presend.decision });
    }
    return {
      batchId,
      environment: facts.env,
      balance,
      inquiry: { offered: facts.offered, checked: facts.checked, matched: facts.matched, findings },
      undecided: store.undecided(batchId),
      checkedAt: facts.checkedAt ?? facts.startedAt,
    };
  }

  return {
    /** Runs the check (or joins the one running for this batch in the same environment). */
    check(batchId: string, environment: Environment): Promise<PresendCheck> {
      const batch = checkable(batchId, environment);
      const now = running.get(batchId);
      if (now) {
        if (now.environment !== environment) return Promise.reject(presendRefusals.busy());
        return now.done;
      }
      if (stopping) return Promise.reject(presendRefusals.interrupted());
      const done = runCheck(batch, environment).finally(() => running.delete(batchId));
      running.set(batchId, { environment, done });
      return done;
    },

    /** Records each decision with its time; an exclusion cancels the row, saying which finding. */
    decide(batchId: string, decisions: ReadonlyArray<{ seq: number; decision: Decision }>): PresendCheck {
      checkable(batchId);
      if (running.has(batchId)) throw presendRefusals.busy();
      if (!store.facts(batchId)) throw presendRefusals.nothingToDecide();
      const last = new Map<number, Decision>();
      for (const { seq, decision } of decisions) last.set(seq, decision);
      const at = new Date().toISOString();
      const planned: Array<{ seq: number; presend: RowPresend; excludedBecause: ExclusionReason | null }> = [];
      for (const [seq, decision] of last) {
        const row = store.row(batchId, seq);
        if (!row) throw presendRefusals.noSuchRow(seq);
        const finding = row.presend;
        if (!finding || finding.result === 'match') throw presendRefusals.noFinding(row.sheetRow);
        // Said again ("keep all" over some already kept or excluded): already recorded.
        if (finding.decision === decision) continue;
        if (row.status !== 'ready') throw presendRefusals.rowNotReady(row.sheetRow, row.status);
        const presend: RowPresend = { ...finding, decision, decidedAt: at, decisions: [...finding.decisions, { decision, at }] };
        planned.push({ seq, presend, excludedBecause: decision === 'exclude' ? exclusionReason(finding, row.name) : null });
      }
      store.decide(batchId, planned);
      for (const { seq, excludedBecause } of planned) if (excludedBecause !== null) deps.emitRowCancelled(batchId, seq, excludedBecause.message);
      return viewOf(batchId) ?? unreachable(batchId);
    },

    /**
     * Before a batch's first payment (or going on after a pause): refused unless it was checked
     * in this environment, every finding has a decision, and the balance, read again now, is
     * not short. A balance that cannot be read does not stop it: the check already said so.
     */
    async readyToStart(batch: SendBatch, environment: Environment): Promise<void> {
      if (batch.status !== 'approved' && batch.status !== 'paused') return;
      if (running.has(batch.id)) throw presendRefusals.busy();
      const facts = store.facts(batch.id);
      if (!facts || facts.env !== environment || facts.checkedAt === null) throw presendRefusals.notChecked(environment);
      const undecided = store.undecided(batch.id);
      if (undecided > 0) throw presendRefusals.undecided(undecided);
      const balance = await readBalance(batch, environment);
      store.saveFacts(batch.id, { ...facts, balance });
      if (balance.state === 'short' && balance.balanceMinor !== null) throw presendRefusals.balanceShort(providerRules[batch.provider].name, balance.balanceMinor, balance.neededMinor, batch.currency);
    },

    /** The last check as stored (what a reopened window shows), or null if there was none. */
    stored: viewOf,

    /** Stops every check once its calls in progress return (at most `graceMs`). */
    async close(graceMs = 5_000): Promise<void> {
      stopping = true;
      const all = [...running.values()].map((r) => r.done.catch(() => undefined));
      await Promise.race([Promise.all(all), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    },
  };
}

export type Presend = ReturnType<typeof createPresend>;

/**
 * What the journal keeps of why a row was excluded: the finding, in the accountant's terms, in
 * English and as a code with its values (`sendReason.<code>`); the provider's words are quoted
 * as `answer` ('none' when it gave none).
 */
export function exclusionReason(finding: Pick<RowPresend, 'result' | 'found' | 'message'>, sheetName: string | null): ExclusionReason {
  const answer = finding.message ?? 'none';
  switch (finding.result) {
    case 'mismatch':
      return {
        message: `Excluded before sending: the provider names this payee "${finding.found ?? ''}", the sheet "${sheetName ?? ''}".`,
        code: 'excluded_name_mismatch',
        params: { found: finding.found ?? '', name: sheetName ?? '' },
      };
    case 'not_found':
      return { message: `Excluded before sending: the provider knows no such account or wallet (${finding.message ?? 'no reason given'}).`, code: 'excluded_not_found', params: { answer } };
    default:
      return { message: `Excluded before sending: the provider's name inquiry gave no answer (${finding.message ?? 'no reason given'}).`, code: 'excluded_no_answer', params: { answer } };
  }
}

function unreachable(batchId: string): never {
  throw new Error(`the pre-send check of ${batchId} was not stored`);
}
