import type { CheckedRow } from '../../../shared/review/check-rows.js';
import type { ReviewState } from '../../../shared/review/review-state.js';
import { createReviewTally } from '../../../shared/review/review-tally.js';
import { EngineError } from '../engine-error.js';
import type { DraftStore } from './draft-store.js';
import type { OpenDraft } from './open-draft.js';

/**
 * An approved (or later) batch as Review shows it: the rows frozen at approval, read from
 * `batch_row`, never rebuilt from the draft nor checked again, so what is shown is what is
 * paid, whatever the limits say today.
 */
export function openFrozen(id: string, store: DraftStore): OpenDraft {
  const tally = createReviewTally();
  const rows: CheckedRow[] = store.frozenRows(id).map((r) => ({
    row: r.sheetRow,
    payee: r.payee,
    sources: {},
    entryIssues: [],
    excluded: false,
    acknowledged: [],
    issues: [],
    wire: { bankCode: r.bankCode, accountType: r.accountType },
    state: 'ok',
  }));
  for (const row of rows) tally.add(row);
  const frozen = (): never => {
    throw new EngineError('refused', 'This batch is approved and can no longer be changed.', undefined, { reason: 'batch_locked', status: 'approved' });
  };
  const state: ReviewState = { rows, tally, append: frozen, finish: frozen, replace: frozen };
  return {
    id,
    imported: [],
    state: () => state,
    progress: () => null,
    ready: async () => state,
    recheck: () => undefined,
  };
}
