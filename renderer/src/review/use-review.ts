import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { PayeeField } from '../../../shared/import/model';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { bankResolverFor, providerRules } from '../../../shared/providers/provider-rules';
import { defaultRuleLimits, type RuleLimits } from '../../../shared/providers/rule-limits';
import { checkOne, withDuplicates, type CheckedRow } from '../../../shared/review/check-rows';
import { editRow } from '../../../shared/review/edit-row';
import type { ReviewRow } from '../../../shared/review/review-row';
import { summarize } from '../../../shared/review/review-summary';
import type { Fix } from '../../../shared/review/review-types';
import { checkInSlices } from './check-in-slices';
import type { ImportedBatch } from './imported-batch';

/** The Review screen's state: the rows as the accountant has them now, checked against the chosen provider. */
export function useReview(batch: ImportedBatch, bridge: PaybatchBridge | null) {
  const [provider, setProvider] = useState<ProviderId | null>(null);
  const [limits, setLimits] = useState<RuleLimits | null>(null);
  const [checked, setChecked] = useState<CheckedRow[] | null>(null);
  const [progress, setProgress] = useState(0);
  const generation = useRef(0);
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

  // A new provider or new limits: every row is checked again, in slices.
  useEffect(() => {
    if (!rules || !context) return;
    const mine = ++generation.current;
    const rows: ReviewRow[] = (checked ?? batch.rows.map((r) => ({ row: r.row, payee: r.payee, sources: r.sources, entryIssues: r.issues, excluded: false, acknowledged: [] as string[] }))).map(plain);
    setProgress(0);
    void checkInSlices(rows, rules, context, () => generation.current !== mine, setProgress).then((result) => {
      if (result) setChecked(result);
    });
    // Re-check only when the rules change, not after every edit (edits check their own row).
  }, [rules, context, batch]);

  const update = useCallback(
    (index: number, change: (row: ReviewRow) => ReviewRow) => {
      if (!rules || !context) return;
      setChecked((rows) => {
        if (!rows?.[index]) return rows;
        const next = rows.slice();
        next[index] = checkOne(change(plain(rows[index])), rules, context);
        return withDuplicates(next, rules.usesBank);
      });
    },
    [rules, context],
  );

  const updateMany = useCallback(
    (change: (row: ReviewRow, checkedRow: CheckedRow) => ReviewRow | null) => {
      if (!rules || !context) return;
      setChecked((rows) => {
        if (!rows) return rows;
        const next = rows.map((row) => {
          const changed = change(plain(row), row);
          return changed ? checkOne(changed, rules, context) : row;
        });
        return withDuplicates(next, rules.usesBank);
      });
    },
    [rules, context],
  );

  const currency = rules?.currency ?? batch.summary.currency;
  const actions = {
    edit: (index: number, field: PayeeField, text: string) => update(index, (row) => editRow(row, field, text, currency)),
    fix: (index: number, field: PayeeField, fix: Fix) => update(index, (row) => editRow(row, field, fix.value, currency)),
    fixColumn: (field: PayeeField, kind: Fix['kind']) =>
      updateMany((row, current) => {
        const fix = current.issues.find((i) => i.field === field && i.fix?.kind === kind)?.fix;
        return fix ? editRow(row, field, fix.value, currency) : null;
      }),
    acknowledge: (index: number, code: string) => update(index, (row) => ({ ...row, acknowledged: [...row.acknowledged, code] })),
    acknowledgeAll: (code: string) => updateMany((row, current) => (current.issues.some((i) => i.code === code && i.severity === 'warning') && !row.acknowledged.includes(code) ? { ...row, acknowledged: [...row.acknowledged, code] } : null)),
    setExcluded: (index: number, excluded: boolean) => update(index, (row) => ({ ...row, excluded })),
  };

  const summary = useMemo(() => (checked ? summarize(checked, currency) : null), [checked, currency]);
  return { provider, setProvider, rules, limits, checked, progress, summary, actions };
}

/** The accountant's data without the check results: what is re-checked. */
function plain(row: ReviewRow): ReviewRow {
  return { row: row.row, payee: row.payee, sources: row.sources, entryIssues: row.entryIssues, excluded: row.excluded, acknowledged: row.acknowledged };
}
