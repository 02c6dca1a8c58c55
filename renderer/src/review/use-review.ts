import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { PayeeField } from '../../../shared/import/model';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { bankResolverFor, providerRules } from '../../../shared/providers/provider-rules';
import { defaultRuleLimits, type RuleLimits } from '../../../shared/providers/rule-limits';
import type { CheckedRow } from '../../../shared/review/check-rows';
import { editRow } from '../../../shared/review/edit-row';
import { reviewRowOf, type ReviewRow } from '../../../shared/review/review-row';
import type { ReviewState } from '../../../shared/review/review-state';
import { summaryOf } from '../../../shared/review/review-summary';
import type { Fix } from '../../../shared/review/review-types';
import { checkInSlices, inSlices } from './in-slices';
import type { ImportedBatch } from './imported-batch';

export type BulkProgress = { readonly done: number; readonly total: number };

/**
 * The Review screen's state: the rows as the accountant has them now, checked against the
 * chosen provider. The checked rows live in a ReviewState that each change updates in place
 * (the row and the rows sharing its payee, plus running counts); `version` tells React when to
 * draw again. Work over many rows runs in slices so the window never stops responding.
 */
export function useReview(batch: ImportedBatch, bridge: PaybatchBridge | null) {
  const [provider, setProvider] = useState<ProviderId | null>(null);
  const [limits, setLimits] = useState<RuleLimits | null>(null);
  const [state, setState] = useState<ReviewState | null>(null);
  const [version, setVersion] = useState(0);
  const [progress, setProgress] = useState(0);
  const [bulk, setBulk] = useState<BulkProgress | null>(null);
  const generation = useRef(0);
  // The rows as the accountant has them, checked against the last rules that finished checking:
  // the source for the next check, kept while it runs (`state`, what is shown, is null then).
  const current = useRef<ReviewState | null>(null);
  const rules = provider ? providerRules[provider] : null;
  const context = useMemo(() => (provider && limits ? { limits, resolveBank: bankResolverFor(provider) } : null), [provider, limits]);

  useEffect(() => {
    if (!provider) return;
    setLimits(null);
    if (!bridge) {
      setLimits({ ...defaultRuleLimits[provider] });
      return;
    }
    void bridge['limits.get']({ provider }).then((result) => setLimits(result.ok ? result.value : { ...defaultRuleLimits[provider] }));
  }, [provider, bridge]);

  // A new provider or new limits: every row is checked again, in slices, keeping the edits made so far.
  useEffect(() => {
    if (!rules || !context) return;
    const mine = ++generation.current;
    // Rows are read one by one inside the slices: even copying 100,000 of them would hold the window.
    const edited = current.current?.rows;
    const rowAt = (i: number): ReviewRow | undefined => {
      if (edited) return edited[i];
      const r = batch.rows[i];
      return r && reviewRowOf(r);
    };
    setState(null);
    setProgress(0);
    void checkInSlices(edited?.length ?? batch.rows.length, rowAt, rules, context, () => generation.current !== mine, setProgress).then((result) => {
      if (!result) return;
      current.current = result;
      setState(result);
    });
  }, [rules, context, batch]);

  const changed = useCallback(() => setVersion((v) => v + 1), []);

  const update = useCallback(
    (index: number, change: (row: CheckedRow) => ReviewRow) => {
      const review = current.current;
      const row = review?.rows[index];
      if (!review || !row || bulk) return;
      review.replace(index, change(row));
      changed();
    },
    [bulk, changed],
  );

  // One change over every row it applies to, in slices; other edits wait until it is done.
  // A row's change depends only on that row, so rows are read and changed in the same pass.
  const updateMany = useCallback(
    (change: (row: CheckedRow) => ReviewRow | null) => {
      const review = current.current;
      if (!review || bulk) return;
      const total = review.rows.length;
      const mine = generation.current;
      setBulk({ done: 0, total });
      const step = (index: number) => {
        const row = review.rows[index];
        const next = row ? change(row) : null;
        if (next) review.replace(index, next);
      };
      void inSlices(total, step, () => generation.current !== mine, (done) => setBulk({ done, total })).then(() => {
        setBulk(null);
        changed();
      });
    },
    [bulk, changed],
  );

  const currency = rules?.currency ?? batch.summary.currency;
  const actions = {
    edit: (index: number, field: PayeeField, text: string) => update(index, (row) => editRow(row, field, text, currency)),
    fix: (index: number, field: PayeeField, fix: Fix) => update(index, (row) => editRow(row, field, fix.value, currency)),
    fixColumn: (field: PayeeField, kind: Fix['kind']) =>
      updateMany((row) => {
        if (row.excluded) return null;
        const fix = row.issues.find((i) => i.field === field && i.fix?.kind === kind)?.fix;
        return fix ? editRow(row, field, fix.value, currency) : null;
      }),
    acknowledge: (index: number, code: string) => update(index, (row) => ({ ...row, acknowledged: [...row.acknowledged, code] })),
    acknowledgeAll: (code: string) => updateMany((row) => (!row.excluded && row.issues.some((i) => i.code === code && i.severity === 'warning') && !row.acknowledged.includes(code) ? { ...row, acknowledged: [...row.acknowledged, code] } : null)),
    setExcluded: (index: number, excluded: boolean) => update(index, (row) => ({ ...row, excluded })),
  };

  // Read from the running counts: drawing the screen never walks every row.
  const summary = useMemo(() => (state ? summaryOf(state.tally.states, state.tally.total, currency) : null), [state, version, currency]);
  const offers = useMemo(() => (state ? { fixes: state.tally.fixes, warnings: state.tally.warnings } : { fixes: [], warnings: [] }), [state, version]);
  return { provider, setProvider, rules, limits, checked: state?.rows ?? null, version, progress, bulk, summary, offers, actions };
}
