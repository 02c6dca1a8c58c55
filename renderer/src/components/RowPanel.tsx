import type { PayeeField } from '../../../shared/import/model';
import type { CheckedRow } from '../../../shared/review/check-rows';
import type { Fix } from '../../../shared/review/review-types';

type Props = {
  readonly row: CheckedRow;
  readonly readOnly: boolean;
  readonly onFix: (field: PayeeField, fix: Fix) => void;
  readonly onAcknowledge: (code: string) => void;
  readonly onExclude: (excluded: boolean) => void;
};

/** The selected row: every problem in words, with what can be done about it. */
export function RowPanel({ row, readOnly, onFix, onAcknowledge, onExclude }: Props) {
  return (
    <aside className="row-panel" aria-label={`Row ${row.row}`} data-testid="row-panel">
      <h3>Row {row.row}</h3>
      {row.wire.bankCode && <p className="hint">Sent to bank code {row.wire.bankCode}{row.wire.accountType ? ` · ${row.wire.accountType}` : ''}</p>}
      {row.issues.length === 0 && <p>No problems.</p>}
      <ul className="issues">
        {row.issues.map((issue, i) => {
          const acknowledged = issue.severity === 'warning' && row.acknowledged.includes(issue.code);
          return (
            <li key={`${issue.code}-${i}`} className={`issue-${acknowledged ? 'acknowledged' : issue.severity}`}>
              <span>{issue.message}</span>
              {!readOnly && issue.fix && issue.field && (
                <button type="button" onClick={() => issue.field && issue.fix && onFix(issue.field, issue.fix)}>
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
      {!readOnly && (
        <button type="button" onClick={() => onExclude(!row.excluded)}>
          {row.excluded ? 'Include this row again' : 'Exclude this row from the batch'}
        </button>
      )}
    </aside>
  );
}
