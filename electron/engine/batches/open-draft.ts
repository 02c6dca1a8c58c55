import type { ProviderRules, RuleContext } from '../../../shared/providers/rule-context.js';
import { createReviewState, type ReviewState } from '../../../shared/review/review-state.js';
import { reviewRowOf, type ReviewRow } from '../../../shared/review/review-row.js';
import { withDelta } from './draft-changes.js';
import type { DraftStore, StoredRow } from './draft-store.js';

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
};

export function openDraft(id: string, store: DraftStore, rowCount: number, rules: ProviderRules, initial: RuleContext, onChecked: (state: ReviewState) => void): OpenDraft {
  const imported: Array<StoredRow['imported']> = [];
  let state: ReviewState | null = null;
  let done = 0;
  let generation = 0;
  let finished: Promise<ReviewState>;

  // First check: the rows as imported, read a page at a time, with every step since laid over them.
  const fromStore = async (mine: number, context: RuleContext): Promise<ReviewState | null> => {
    const rows: ReviewRow[] = [];
    let until = performance.now() + turnMs;
    for (let from = 0; from < rowCount; from += rowsPerRead) {
      for (const stored of store.rows(id, from, rowsPerRead)) {
        imported[stored.index] = stored.imported;
        rows[stored.index] = reviewRowOf(stored.imported);
      }
      if (performance.now() < until) continue;
      await nextTurn();
      if (mine !== generation) return null;
      until = performance.now() + turnMs;
    }
    for (const step of store.liveSteps(id)) {
      for (const change of step.changes) {
        const row = rows[change.index];
        if (row) rows[change.index] = withDelta(row, change.after);
      }
    }
    return fromRows(mine, rows, context);
  };

  // The rows as they now are (read and replayed, or from the state being replaced), checked in turns.
  const fromRows = async (mine: number, rows: readonly ReviewRow[], context: RuleContext): Promise<ReviewState | null> => {
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
  };
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
