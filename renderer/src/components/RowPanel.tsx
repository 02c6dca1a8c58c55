import type { ReviewRowView } from '../../../shared/batches/batch-contract';
import { formatMinor } from '../../../shared/import/format-amount';
import type { Currency, PayeeField } from '../../../shared/import/model';
import type { FixKind } from '../../../shared/review/review-types';
import { fieldLabels } from './MapStep';

type Props = {
  readonly row: ReviewRowView;
  readonly currency: Currency;
  readonly readOnly: boolean;
  readonly onFix: (field: PayeeField, fix: FixKind) => void;
  readonly onAcknowledge: (code: string) => void;
  readonly onExclude: (excluded: boolean) => void;
  readonly onClose: () => void;
};

/** The selected row: every problem in words, what was changed, and what can be done. */
export function RowPanel({ row, currency, readOnly, onFix, onAcknowledge, onExclude, onClose }: Props) {
  const shown = (field: PayeeField, value: string | number | null | undefined): string => (value === null || value === undefined ? 'empty' : field === 'amount' && typeof value === 'number' ? formatMinor(value, currency) : String(value));
  const changed = (Object.keys(row.original) as PayeeField[]).map((field) => ({ field, was: shown(field, row.original[field]), now: shown(field, row.payee[field]) }));
  return (
    <aside className="row-panel" aria-label={`Row ${row.row}`} data-testid="row-panel">
      <div className="row-panel-head">
        <h3>Row {row.row}</h3>
        <button type="button" className="close" aria-label="Close the row panel" onClick={onClose}>
          ×
        </button>
      </div>
      {row.issues.length === 0 && <p>No problems.</p>}
      <ul className="issues">
        {row.issues.map((issue, i) => {
          const acknowledged = issue.severity === 'warning' && row.acknowledged.includes(issue.code);
          return (
            <li key={`${issue.code}-${i}`} className={`issue-${acknowledged ? 'acknowledged' : issue.severity}`}>
              <span>{issue.message}</span>
              {!readOnly && issue.fix && issue.field && (
                <button type="button" onClick={() => issue.field && issue.fix && onFix(issue.field, issue.fix.kind)}>
                  {issue.fix.label}
                </button>
              )}
              {!readOnly && issue.severity === 'warning' && !acknowledged && (
                <button type="button" onClick={() => onAcknowledge(issue.code)}>
                  Acknowledge
                </button>
              )}
              {acknowledged && <em> — acknowledged</em>}
            </li>
          );
        })}
      </ul>
      {changed.length > 0 && (
        <section aria-label="Changes made in Paybatch" data-testid="row-changes">
          <h4>Changed here</h4>
          <ul className="changes">
            {changed.map((c) => (
              <li key={c.field}>
                {fieldLabels[c.field]}: <s>{c.was}</s> → {c.now}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!readOnly && (
        <button type="button" onClick={() => onExclude(!row.excluded)}>
          {row.excluded ? 'Include this row again' : 'Exclude this row from the batch'}
        </button>
      )}
    </aside>
  );
}
