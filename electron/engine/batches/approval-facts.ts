import type { MethodOutput } from '../../../shared/api.js';
import type { BatchInfo } from '../../../shared/batches/batch-contract.js';
import { batchContentHash } from './batch-hash.js';
import type { ReviewState } from '../../../shared/review/review-state.js';
import type { Db } from '../store/database.js';
import { earlierApprovals } from './approve-batch.js';
import { retriedChain } from './retry-batch.js';
import type { OpenDraft } from './open-draft.js';
import { isEdited } from './row-view.js';

/** What the Approve step shows before the total is typed: what was changed, and to which banks the money goes. */
export function approvalFacts(db: Db, info: BatchInfo, draft: OpenDraft, state: ReviewState): NonNullable<MethodOutput<'batch.get'>['approval']> {
  let edited = 0;
  let acknowledged = 0;
  const banks = new Map<string, { bank: string; count: number; total: number }>();
  state.rows.forEach((row, index) => {
    if (isEdited(row, draft.imported[index])) edited += 1;
    if (row.excluded) return;
    if (row.acknowledged.length > 0) acknowledged += 1;
    // By the code the provider will receive; the name as written is what the accountant knows.
    const key = row.wire.bankCode ?? row.payee.bank ?? '';
    const entry = banks.get(key) ?? { bank: row.payee.bank ?? row.wire.bankCode ?? '—', count: 0, total: 0 };
    entry.count += 1;
    entry.total += row.payee.amount ?? 0;
    banks.set(key, entry);
  });
  const contentHash = batchContentHash(info.provider, info.currency, state.rows, info.operation);
  // A retry's own batch is not an earlier payment to confirm: its rows here were never paid.
  const retried = retriedChain(db, info.retryOf);
  const earlier = earlierApprovals(db, contentHash, info.fileHash, info.batchId).filter((e) => !retried.has(e.batchId));
  return { edited, acknowledged, banks: [...banks.values()].sort((a, b) => b.total - a.total), earlier };
}
