import type { Engine } from '../../electron/engine/engine.js';
import type { SendPolicy } from '../../electron/engine/send/send-policy.js';
import { defaultSendPolicy } from '../../electron/engine/send/send-policy.js';
import type { Ledger } from '../../electron/simulator/sim-ledger.js';
import type { JournalRow } from '../../electron/engine/send/send-journal.js';
import type { Environment } from '../../shared/credentials/credential-fields.js';
import type { Payee } from '../../shared/import/model.js';
import type { ProviderId } from '../../shared/providers/provider-ids.js';
import type { PresendCheck } from '../../shared/send/send-contract.js';
import { providerRules } from '../../shared/providers/provider-rules.js';
import { acknowledgeWarnings, call, draftOf, importedRow, valueOf } from './drafts.js';

/** Waits short enough that a test follows rows to their end in well under a second each. */
export const quickPolicy: SendPolicy = { ...defaultSendPolicy, retryBaseMs: 20, retryMaxMs: 200, pollBaseMs: 20, pollMaxMs: 200, unknownWindowMs: 60_000, maxUnknownQueries: 12 };

/** An approved batch of `count` good rows (each its own account and amount), through the contract. */
export async function approvedBatch(engine: Engine, provider: ProviderId, count: number, fileHash = 'c'.repeat(64)): Promise<{ batchId: string; total: number }> {
  const thai = providerRules[provider].currency === 'THB';
  const rows = Array.from({ length: count }, (_, i) => importedRow(provider, i + 2, { amount: (thai ? 150_000 : 1_500_000) + i * (thai ? 100 : 1000), phone: `09${String(10_000_000 + i).padStart(8, '0')}` }));
  const batchId = await draftOf(engine, provider, rows, fileHash);
  // The same payees may be in another approved batch of the test: said, and acknowledged.
  await acknowledgeWarnings(engine, batchId);
  const total = rows.reduce((sum, r) => sum + (r.payee.amount ?? 0), 0);
  const typedTotal = thai ? (total / 100).toFixed(2) : String(total);
  valueOf(await call(engine, 'batch.approve', { batchId, typedTotal }));
  return { batchId, total };
}

/** An approved batch of these payees (each a good one but for what is given), through the contract. */
export async function approvedBatchOf(engine: Engine, provider: ProviderId, payees: ReadonlyArray<Partial<Payee>>, fileHash = 'd'.repeat(64)): Promise<{ batchId: string; total: number }> {
  const rows = payees.map((payee, i) => importedRow(provider, i + 2, payee));
  const batchId = await draftOf(engine, provider, rows, fileHash);
  await acknowledgeWarnings(engine, batchId);
  const total = rows.reduce((sum, r) => sum + (r.payee.amount ?? 0), 0);
  const typedTotal = providerRules[provider].currency === 'THB' ? (total / 100).toFixed(2) : String(total);
  valueOf(await call(engine, 'batch.approve', { batchId, typedTotal }));
  return { batchId, total };
}

/**
 * The checks before sending (send.check), and `decision` for every finding without one
 * (send.decide, 500 at a time): what send.start requires first.
 */
export async function checkedToSend(engine: Engine, batchId: string, environment: Environment = 'practice', decision: 'keep' | 'exclude' = 'keep'): Promise<PresendCheck> {
  let check = valueOf(await call(engine, 'send.check', { batchId, environment }));
  const undecided = check.inquiry.findings.filter((f) => f.decision === null);
  for (let from = 0; from < undecided.length; from += 500) {
    check = valueOf(await call(engine, 'send.decide', { batchId, decisions: undecided.slice(from, from + 500).map((f) => ({ seq: f.seq, decision })) }));
  }
  return check;
}

/**
 * Where the journal and the simulator's books disagree on a row: paid but not said so, said
 * paid but not paid, or paid under an order id the batch does not have. The ledger pays an
 * order id once whatever arrives; a second payment could only come from a second order id.
 */
export function disagreements(rows: readonly JournalRow[], ledger: Ledger): string[] {
  const problems: string[] = [];
  const ours = new Set(rows.map((r) => r.orderId));
  for (const entry of ledger.entries()) if (!ours.has(entry.orderId)) problems.push(`${entry.orderId}: paid, but no row has this order id`);
  for (const row of rows) {
    const entry = ledger.find(row.orderId);
    const state = entry ? ledger.stateOf(entry) : null;
    if (row.status === 'succeeded' && state !== 'success') problems.push(`${row.orderId}: succeeded in the journal, ${state ?? 'absent'} in the ledger`);
    if (row.status === 'failed' && state !== 'failed') problems.push(`${row.orderId}: failed in the journal, ${state ?? 'absent'} in the ledger`);
    if ((row.status === 'rejected' || row.status === 'cancelled' || row.status === 'ready') && entry) problems.push(`${row.orderId}: ${row.status} in the journal, but the ledger paid it`);
    if (row.status === 'needs_review' && !row.reviewReason) problems.push(`${row.orderId}: needs review without a reason`);
  }
  return problems;
}
