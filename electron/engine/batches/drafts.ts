import { randomUUID } from 'node:crypto';
import type { MethodInput, MethodOutput } from '../../../shared/api.js';
import type { BatchChange, BatchInfo, RowFilter } from '../../../shared/batches/batch-contract.js';
import type { ReviewRow } from '../../../shared/review/review-row.js';
import { openFrozen } from './frozen-batch.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { bankResolverFor, providerRules, rulesFor as sharedRulesFor } from '../../../shared/providers/provider-rules.js';
import { offers, type Operation } from '../../../shared/providers/operations.js';
import type { ProviderRules, RuleContext } from '../../../shared/providers/rule-context.js';
import type { RuleLimits } from '../../../shared/providers/rule-limits.js';
import type { ReviewState } from '../../../shared/review/review-state.js';
import { summaryOf } from '../../../shared/review/review-summary.js';
import { EngineError } from '../engine-error.js';
import { mappingChecks } from '../../../shared/import/mapping-checks.js';
import { type AmountFormat, type PayeeField } from '../../../shared/import/model.js';
import { planChange, shown, withDelta, type PlannedChange } from './draft-changes.js';
import { infoOf, type DraftStore } from './draft-store.js';
import { openDraft, type OpenDraft } from './open-draft.js';
import { pageOf, rowListOf, type RowList } from './row-list.js';
import { viewOf } from './row-view.js';

type Get = MethodOutput<'batch.get'>;

/** What the Approve step shows for a draft (approval-facts.ts), given by the caller that holds the database. */
export type ApprovalFor = (info: BatchInfo, draft: OpenDraft, state: ReviewState) => Get['approval'];

/** Batches held checked in memory at once. */
const keptOpen = 2;

/**
 * The drafts the engine holds open: each checked once when first asked for, then kept
 * current change by change, every change written before it is answered. `rulesFor` gives a
 * provider's rules as the engine checks them when a draft is opened (and at approval): the
 * provider's own, plus what only the engine knows (payments made lately, paid-recently.ts).
 */
export function createDrafts(store: DraftStore, limitsOf: (provider: ProviderId) => RuleLimits, approvalFor: ApprovalFor, rulesFor: (provider: ProviderId, operation: Operation) => ProviderRules = sharedRulesFor) {
  // Batches held open, least recently used first: a 100,000-row draft holds some 300 MB.
  const open = new Map<string, OpenDraft>();
  const approvals = new WeakMap<ReviewState, { stamp: number; facts: Get['approval'] }>();
  let stamp = 0;
  // The Approve step's facts hash the whole batch: once per change, not per look.
  const approvalOf = (batchId: string, draft: OpenDraft, state: ReviewState): Get['approval'] => {
    const known = approvals.get(state);
    if (known?.stamp === stamp) return known.facts;
    const info = store.info(batchId);
    const facts = info ? approvalFor(info, draft, state) : null;
    approvals.set(state, { stamp, facts });
    return facts;
  };
  // Each filter's rows, listed once per state of a draft: every page and every "next problem"
  // of that state reads the same list.
  const lists = new WeakMap<ReviewState, { stamp: number; byFilter: Map<string, RowList> }>();
  const listOf = (state: ReviewState, filter: RowFilter, draft: OpenDraft): RowList => {
    let known = lists.get(state);
    if (known?.stamp !== stamp) {
      known = { stamp, byFilter: new Map() };
      lists.set(state, known);
    }
    const key = typeof filter === 'object' ? `code:${filter.code}` : filter;
    let list = known.byFilter.get(key);
    if (!list) {
      list = rowListOf(filter, state.rows, (index) => draft.imported[index]);
      known.byFilter.set(key, list);
    }
    return list;
  };
  // The plan the last preview worked out, for the change it previewed: applied as it is when
  // the draft has not changed since, instead of working out every row of a bulk change again.
  // `state` and `stamp` say it was made from exactly the rows the change now applies to.
  let previewed: { batchId: string; change: string; state: ReviewState; stamp: number; plan: PlannedChange[] } | null = null;
  const planOf = (batchId: string, change: Exclude<BatchChange, { kind: 'undo' }>, state: ReviewState, currency: 'VND' | 'THB', amountFormat: AmountFormat): PlannedChange[] => {
    const key = JSON.stringify(change);
    const kept = previewed;
    previewed = null;
    if (kept && kept.batchId === batchId && kept.change === key && kept.state === state && kept.stamp === stamp) return kept.plan;
    return planChange(change, state.rows, currency, amountFormat);
  };
  // A draft let go of takes its previewed plan with it: the plan holds the draft's rows.
  const close = (batchId: string): void => {
    open.delete(batchId);
    if (previewed?.batchId === batchId) previewed = null;
  };
  const contextFor = (provider: ProviderId): RuleContext => ({ limits: limitsOf(provider), resolveBank: bankResolverFor(provider) });

  const recordOf = (batchId: string) => {
    const record = store.record(batchId);
    if (!record || (record.status === 'draft' && record.rows_received < record.row_count)) throw new EngineError('not_found', 'This batch is not in Paybatch (it may have been discarded). Open it again from the Batches screen.', undefined, { reason: 'batch_gone' });
    return record;
  };
  // The batch's record, read once by the caller: a page of rows asks for it on every scroll.
  const draftOf = (batchId: string, record = recordOf(batchId)): OpenDraft => {
    let draft = open.get(batchId);
    if (draft) open.delete(batchId);
    else if (record.status === 'draft') draft = openDraft(batchId, store, record.rows_received, rulesFor(record.provider, record.operation), contextFor(record.provider), (state) => store.setTotal(batchId, state.tally.total));
    else draft = openFrozen(batchId, store);
    open.set(batchId, draft);
    for (const id of open.keys()) if (open.size > keptOpen && id !== batchId) close(id);
    return draft;
  };
  const editable = (batchId: string) => {
    const record = recordOf(batchId);
    if (record.status !== 'draft') throw new EngineError('refused', `This batch is ${record.status} and can no longer be changed.`, undefined, { reason: 'batch_locked', status: record.status });
    const draft = draftOf(batchId, record);
    const state = draft.state();
    if (!state) throw new EngineError('refused', 'Paybatch is still checking this batch. Wait until checking is done, then make the change.', undefined, { reason: 'still_checking' });
    return { draft, state, currency: record.currency, amountFormat: record.amount_format };
  };
  // Applies changes to the rows held, then writes the step; a step that cannot be written is
  // taken back out of the rows, so what is held never differs from what is stored.
  const applyThenWrite = (state: ReviewState, changes: ReadonlyArray<{ index: number; to: ReviewRow; back: ReviewRow }>, write: () => void): void => {
    stamp += 1;
    for (const { index, to } of changes) state.replace(index, to);
    try {
      write();
    } catch (error) {
      for (const { index, back } of [...changes].reverse()) state.replace(index, back);
      throw error;
    }
  };
  // The latest live step is the undo offer itself: its kind, rows and step, which an undo names.
  const undoOf = (batchId: string) => store.lastUndoable(batchId);

  return {
    create(input: MethodInput<'batch.create'>): MethodOutput<'batch.create'> {
      // The window's Map step stops these first; the engine does not take its word for it.
      const operation = input.operation ?? 'payout';
      if (!offers(input.provider, operation)) {
        const name = providerRules[input.provider].name;
        throw new EngineError('invalid_input', `${name} does not offer ${operation}s in Paybatch.`, undefined, { reason: 'operation_not_offered', provider: name, operation });
      }
      const blocks = mappingChecks({ mapping: input.mapping, columns: [], rows: [], provider: input.provider, operation, currency: input.currency }).filter((c) => c.severity === 'block');
      const first = blocks[0];
      if (first) throw new EngineError('refused', first.message, blocks.map((b) => b.code).join(', '), { reason: first.code, ...first.params });
      const batchId = randomUUID();
      store.create(batchId, { ...input, operation, sheet: input.sheet ?? null });
      return { batchId, earlier: store.sameFile(input.fileHash, batchId) };
    },

    addRows({ batchId, rows }: MethodInput<'batch.addRows'>): MethodOutput<'batch.addRows'> {
      const record = store.record(batchId);
      if (!record || record.status !== 'draft') throw new EngineError('not_found', 'This import is no longer open. Import the file again.', undefined, { reason: 'import_closed' });
      if (record.rows_received + rows.length > record.row_count) throw new EngineError('invalid_input', `More rows arrived than the import announced (${record.row_count}). Import the file again.`, undefined, { reason: 'too_many_rows', rowCount: record.row_count });
      store.addRows(batchId, record.rows_received, rows);
      const received = record.rows_received + rows.length;
      const complete = received === record.row_count;
      // Checking starts as soon as the last row is in, while the window moves to Review.
      if (complete) draftOf(batchId);
      return { received, complete };
    },

    list: (includeDiscarded: boolean) => store.list(includeDiscarded),

    get(input: MethodInput<'batch.get'>): Get {
      const record = recordOf(input.batchId);
      const batch = infoOf(record);
      const draft = draftOf(input.batchId, record);
      const state = draft.state();
      const base = { batch, mapping: record.mapping, checking: draft.progress(), undo: record.status === 'draft' ? undoOf(input.batchId) : null };
      if (!state) return { ...base, tally: null, offers: { fixes: [], warnings: [], problems: [] }, columnChars: {}, matched: 0, rows: [], approval: null };
      const list = listOf(state, input.filter ?? 'all', draft);
      const rows: Get['rows'] = [];
      for (const index of pageOf(list, input.offset ?? 0, input.limit ?? 0, input.near)) {
        const row = state.rows[index];
        if (row) rows.push(viewOf(index, row, draft.imported[index]));
      }
      const matched = list.count;
      return {
        ...base,
        tally: tallyOf(state, record.currency),
        offers: { fixes: [...state.tally.fixes], warnings: state.tally.warnings.map(([code, count]) => ({ code, count })), problems: state.tally.problems },
        columnChars: longestValues(state),
        matched,
        rows,
        approval: input.approval && record.status === 'draft' ? approvalOf(input.batchId, draft, state) : null,
      };
    },

    edit({ batchId, change, preview }: MethodInput<'batch.edit'>): MethodOutput<'batch.edit'> {
      const { state, currency, amountFormat } = editable(batchId);
      if (change.kind === 'undo') return undo(batchId, change.step, state, currency, preview === true);
      const plan = planOf(batchId, change, state, currency, amountFormat);
      const examples = examplesOf(plan, change, state);
      if (preview && plan.length > 0) previewed = { batchId, change: JSON.stringify(change), state, stamp, plan };
      if (preview || plan.length === 0) return { rows: plan.length, examples, undo: undoOf(batchId), tally: tallyOf(state, currency) };
      const changes = plan.map(({ index, next }) => ({ index, to: next, back: state.rows[index] ?? next }));
      applyThenWrite(state, changes, () => store.saveStep(batchId, change.kind, plan.map((p) => p.record), state.tally.total));
      return { rows: plan.length, examples, undo: undoOf(batchId), tally: tallyOf(state, currency) };
    },

    discard(batchId: string): MethodOutput<'batch.discard'> {
      const record = recordOf(batchId);
      if (record.status !== 'draft') throw new EngineError('refused', `This batch is ${record.status}: only a draft can be discarded.`, undefined, { reason: 'discard_not_draft', status: record.status });
      store.discard(batchId);
      close(batchId);
      return { status: 'discarded' };
    },

    /** New limits for a provider: its open drafts are checked again, every change kept (a frozen batch is not). */
    limitsChanged(provider: ProviderId): void {
      for (const draft of open.values()) {
        const info = store.info(draft.id);
        if (info?.provider !== provider || info.status !== 'draft') continue;
        if (previewed?.batchId === draft.id) previewed = null;
        draft.recheck(contextFor(provider));
      }
    },

    /** The checked draft, for approval and reports; waits while it is being checked. */
    async checked(batchId: string): Promise<{ draft: OpenDraft; state: ReviewState }> {
      const draft = draftOf(batchId);
      return { draft, state: await draft.ready() };
    },

    forget(batchId: string): void {
      close(batchId);
    },

    rulesFor,
  };

  function undo(batchId: string, step: number, state: ReviewState, currency: 'VND' | 'THB', preview: boolean): MethodOutput<'batch.edit'> {
    const last = store.lastUndoable(batchId);
    if (!last) throw new EngineError('refused', 'There is nothing to undo in this batch.', undefined, { reason: 'nothing_to_undo' });
    // The offer the person clicked is not the latest change any more (a second click, or another
    // change since): taking back the latest one instead would undo something they did not choose.
    if (step !== last.step) throw new EngineError('refused', 'That change was already undone, or another change came after it. Check the rows, then use Undo again if you still want to.', undefined, { reason: 'undo_moved' });
    const changes = store.changesOf(batchId, last.step);
    if (preview) return { rows: changes.length, examples: [], undo: last, tally: tallyOf(state, currency) };
    const back: Array<{ index: number; to: ReviewRow; back: ReviewRow }> = [];
    for (const change of [...changes].reverse()) {
      const row = state.rows[change.index];
      if (row) back.push({ index: change.index, to: withDelta(row, change.before), back: row });
    }
    applyThenWrite(state, back, () => store.saveUndo(batchId, last.step, state.tally.total));
    return { rows: changes.length, examples: [], undo: undoOf(batchId), tally: tallyOf(state, currency) };
  }
}

export type Drafts = ReturnType<typeof createDrafts>;

/** Two rows a change would make, as the preview shows them before anything is applied. */
function examplesOf(plan: readonly PlannedChange[], change: BatchChange, state: ReviewState): MethodOutput<'batch.edit'>['examples'] {
  const field = 'field' in change ? change.field : null;
  return plan.slice(0, 2).map(({ index, next }) => {
    const row = state.rows[index];
    return { row: next.row, field, before: field ? shown(row?.payee[field]) : null, after: field ? shown(next.payee[field]) : null };
  });
}

function tallyOf(state: ReviewState, currency: 'VND' | 'THB') {
  return summaryOf(state.tally.states, state.tally.total, currency);
}

/** A column wider than this scrolls its text in the cell's tooltip and the row panel instead. */
const widestColumn = 48;

/** Per field, the longest value in any row (at most a column's widest); amounts by the digits of the largest one. */
function longestValues(state: ReviewState): Get['columnChars'] {
  const { text, digits } = state.tally.widths.longest();
  const chars: Partial<Record<PayeeField, number>> = {};
  for (const [field, length] of Object.entries(text) as Array<[PayeeField, number]>) chars[field] = Math.min(length, widestColumn);
  // "-" + digits + a separator per three + ".00" + " VND": the widest an amount is written.
  chars.amount = 1 + digits + Math.floor((digits - 1) / 3) + 3 + 4;
  return chars;
}
