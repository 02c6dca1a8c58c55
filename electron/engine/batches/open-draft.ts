import type { ImportedRow, Payee } from '../../../shared/import/model.js';
import type { ProviderRules, RuleContext } from '../../../shared/providers/rule-context.js';
import type { CheckedRow } from '../../../shared/review/check-rows.js';
import { createReviewState, type ReviewState } from '../../../shared/review/review-state.js';
import type { ReviewRow } from '../../../shared/review/review-row.js';
import type { DraftStore, StoredRow, StoredRowState } from './draft-store.js';

/** Rows read from the file per query while checking. */
const rowsPerRead = 500;
/** How long checking holds the event loop before other calls (a page of rows, an edit) get a turn. */
const turnMs = 15;

/**
 * A batch under review as the engine holds it: every row checked against its provider, kept
 * current change by change. `imported` keeps each row as the file gave it, for the original
 * value shown on an edited cell and for what an unreadable cell said.
 */
export type OpenDraft = {
  readonly id: string;
  readonly imported: readonly StoredRow['imported'][];
  /** Null while checking. */
  state(): ReviewState | null;
  progress(): { done: number; total: number } | null;
  /** Resolves once checked (again). */
  ready(): Promise<ReviewState>;
  /** Checks every row again (new limits), keeping every change made. */
  recheck(context: RuleContext): void;
  /** The mutable part of row `index` as it would be written back. */
  stored(index: number): StoredRowState;
};

export function openDraft(id: string, store: DraftStore, rowCount: number, rules: ProviderRules, initial: RuleContext, onChecked: (state: ReviewState) => void): OpenDraft {
  const imported: Array<StoredRow['imported']> = [];
  let state: ReviewState | null = null;
  let done = 0;
  let generation = 0;
  let finished: Promise<ReviewState>;

  const rowOf = (stored: StoredRow): ReviewRow => ({
    row: stored.imported.row,
    payee: stored.payee ?? stored.imported.payee,
    sources: stored.imported.sources,
    entryIssues: stored.entryIssues ?? stored.imported.issues,
    excluded: stored.excluded,
    acknowledged: stored.acknowledged,
  });

  // First check: rows come from the file a page at a time.
  const fromStore = async (mine: number, context: RuleContext): Promise<ReviewState | null> => {
    const next = createReviewState(rules, context);
    let until = performance.now() + turnMs;
    for (let from = 0; from < rowCount; from += rowsPerRead) {
      for (const stored of store.rows(id, from, rowsPerRead)) {
        imported[stored.index] = stored.imported;
        next.append(rowOf(stored));
      }
      done = Math.min(rowCount, from + rowsPerRead);
      if (performance.now() < until) continue;
      await nextTurn();
      if (mine !== generation) return null;
      until = performance.now() + turnMs;
    }
    next.finish();
    return next;
  };

  // Later checks: the rows as they now are, from the state being replaced.
  const fromRows = async (mine: number, rows: readonly CheckedRow[], context: RuleContext): Promise<ReviewState | null> => {
    const next = createReviewState(rules, context);
    let until = performance.now() + turnMs;
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i];
      if (row) next.append(row);
      // The clock is read every 64 rows: reading it costs more than checking a row.
      if (i % 64 !== 63 || performance.now() < until) continue;
      done = i + 1;
      await nextTurn();
      if (mine !== generation) return null;
      until = performance.now() + turnMs;
    }
    next.finish();
    return next;
  };

  const run = (work: (mine: number) => Promise<ReviewState | null>): void => {
    const mine = ++generation;
    state = null;
    done = 0;
    finished = work(mine).then((next) => {
      if (next === null) return finished;
      state = next;
      onChecked(next);
      return next;
    });
  };

  run((mine) => fromStore(mine, initial));

  return {
    id,
    imported,
    state: () => state,
    progress: () => (state ? null : { done, total: rowCount }),
    ready: () => finished,
    recheck(context) {
      // A check still reading the file picks the new limits up by starting over.
      const rows = state?.rows;
      run((mine) => (rows ? fromRows(mine, rows, context) : fromStore(mine, context)));
    },
    stored(index) {
      const row = state?.rows[index];
      const original = imported[index];
      if (!row || !original) throw new Error(`row ${index} of draft ${id} is not loaded`);
      return {
        index,
        payee: samePayee(row.payee, original.payee) ? null : row.payee,
        entryIssues: row.entryIssues === original.issues ? null : row.entryIssues,
        excluded: row.excluded,
        acknowledged: row.acknowledged,
      };
    },
  };
}

export function samePayee(a: Payee, b: Payee): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as Array<keyof Payee>) if (a[key] !== b[key]) return false;
  return true;
}

export type { ImportedRow };

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
