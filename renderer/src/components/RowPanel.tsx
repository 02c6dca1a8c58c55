import { useEffect } from 'react';
import type { ReviewRowView } from '../../../shared/batches/batch-contract';
import { issueText } from '../../../shared/i18n/issue-text';
import type { Currency, PayeeField } from '../../../shared/import/model';
import type { FixKind } from '../../../shared/review/review-types';
import { fieldLabel } from '../i18n/labels';
import { useWatched, type Watched } from '../batches/watched-value';
import { useT } from '../i18n/language';
import { isMoneyField } from './money-fields';
import { singleClick } from './single-click';

type Props = {
  readonly row: ReviewRowView;
  readonly currency: Currency;
  readonly readOnly: boolean;
  /** Read before the last change, its fresh copy on its way: shown, not acted on. */
  readonly stale: boolean;
  /** What is being done, if anything: the row's actions wait for it. */
  readonly busy: Watched<string | null>;
  readonly onFix: (field: PayeeField, fix: FixKind) => void;
  readonly onAcknowledge: (code: string) => void;
  readonly onExclude: (excluded: boolean) => void;
  readonly onClose: () => void;
};

/** The selected row: every problem in words, what was changed, and what can be done. */
export function RowPanel({ row, currency, readOnly: locked, stale, busy, onFix, onAcknowledge, onExclude, onClose }: Props) {
  const tr = useT();
  const working = useWatched(busy, (value) => value !== null);
  const readOnly = locked || working;
  // A button's props: kept where it is while the row is read again (the focus stays on the one
  // pressed), but inert then, and said so.
  const act = (handler: () => void) => ({
    'aria-disabled': stale || undefined,
    onClick: singleClick(() => {
      if (!stale) handler();
    }),
  });
  // Escape closes the panel wherever the focus is: a fix's button goes away once it is used.
  useEffect(() => {
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) onClose();
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [onClose]);
  const shown = (field: PayeeField, value: string | number | null | undefined): string => (value === null || value === undefined ? tr.t('app.grid.empty') : isMoneyField(field) && typeof value === 'number' ? tr.money(value, currency) : String(value));
  const changed = (Object.keys(row.original) as PayeeField[]).map((field) => ({ field, was: shown(field, row.original[field]), now: shown(field, row.payee[field]) }));
  const title = tr.t('app.row.title', { row: row.row });
  return (
    <aside className="row-panel" aria-label={title} data-testid="row-panel">
      <div className="row-panel-head">
        <h3>{title}</h3>
        <button type="button" className="close" aria-label={tr.t('app.row.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {row.issues.length === 0 && <p>{tr.t('app.row.noProblems')}</p>}
      <ul className="issues">
        {row.issues.map((issue, i) => {
          const acknowledged = issue.severity === 'warning' && row.acknowledged.includes(issue.code);
          const { fix, field } = issue;
          return (
            <li key={`${issue.code}-${i}`} className={`issue-${acknowledged ? 'acknowledged' : issue.severity}`}>
              <span>{issueText(tr, issue, row.row)}</span>
              {!readOnly && fix && field && (
                <button type="button" {...act(() => onFix(field, fix.kind))}>
                  {tr.maybe(`fix.${fix.kind}`, { value: fix.value }) ?? fix.label}
                </button>
              )}
              {!readOnly && issue.severity === 'warning' && !acknowledged && (
                <button type="button" {...act(() => onAcknowledge(issue.code))}>
                  {tr.t('app.row.acknowledge')}
                </button>
              )}
              {acknowledged && <em> — {tr.t('app.row.acknowledged')}</em>}
            </li>
          );
        })}
      </ul>
      {changed.length > 0 && (
        <section aria-label={tr.t('app.row.changes')} data-testid="row-changes">
          <h4>{tr.t('app.row.changes')}</h4>
          <ul className="changes">
            {changed.map((c) => (
              <li key={c.field}>
                {fieldLabel(tr, c.field)}: <s>{c.was}</s> → {c.now}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!readOnly && (
        <button type="button" {...act(() => onExclude(!row.excluded))}>
          {row.excluded ? tr.t('app.row.include') : tr.t('app.row.exclude')}
        </button>
      )}
    </aside>
  );
}
