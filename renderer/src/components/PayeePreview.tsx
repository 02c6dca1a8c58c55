import { useMemo } from 'react';
import { formatMinor } from '../../../shared/import/format-amount';
import type { ImportedRow, PayeeField } from '../../../shared/import/model';
import type { ImportSummary } from '../import/import-protocol';

const previewLimit = 100;
const columns: ReadonlyArray<[PayeeField, string]> = [
  ['name', 'Name'],
  ['accountNo', 'Account'],
  ['bank', 'Bank'],
  ['amount', 'Amount'],
  ['phone', 'Phone'],
  ['description', 'Description'],
];

/** The first rows as payees, with every problem on the cell it belongs to. */
export function PayeePreview({ summary, rows }: { readonly summary: ImportSummary; readonly rows: readonly ImportedRow[] }) {
  // Counted once per import, not on every draw (the screen redraws while rows arrive).
  const { withErrors, withWarnings, total } = useMemo(() => countPayees(rows), [rows]);
  return (
    <section aria-labelledby="payees-title">
      <h2 id="payees-title">Payees</h2>
      <p role="status" data-testid="import-summary">
        {summary.rowCount.toLocaleString('en-US')} payees · {withErrors.toLocaleString('en-US')} with errors · {withWarnings.toLocaleString('en-US')} with warnings ·{' '}
        {summary.excludedRows.length} rows left out · total {formatMinor(total, summary.currency)}
      </p>
      {summary.excludedRows.length > 0 && (
        <details className="excluded">
          <summary>Rows left out ({summary.excludedRows.length})</summary>
          <ul data-testid="excluded-rows">
            {summary.excludedRows.map((e) => (
              <li key={e.row}>{e.reason}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="table-wrap">
        <table className="preview" data-testid="payee-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              {columns.map(([, label]) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
              <th scope="col">Problems</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, previewLimit).map((row) => (
              <tr key={row.row}>
                <td className="line">{row.row}</td>
                {columns.map(([field]) => {
                  const issue = row.issues.find((i) => i.field === field);
                  const value = field === 'amount' ? (row.payee.amount === null ? '' : formatMinor(row.payee.amount, summary.currency)) : (row.payee[field] ?? '');
                  return (
                    <td key={field} className={issue ? `cell-${issue.severity}` : undefined} title={issue?.message}>
                      {value}
                    </td>
                  );
                })}
                <td className="problems">{row.issues.map((i) => i.message.replace(/^Row \d+, /, '')).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > previewLimit && <p className="hint">Showing the first {previewLimit} of {rows.length.toLocaleString('en-US')} payees; the Review step shows them all.</p>}
    </section>
  );
}

function countPayees(rows: readonly ImportedRow[]): { withErrors: number; withWarnings: number; total: number } {
  let withErrors = 0;
  let withWarnings = 0;
  let total = 0;
  for (const row of rows) {
    if (row.issues.some((i) => i.severity === 'error')) withErrors += 1;
    if (row.issues.some((i) => i.severity === 'warning')) withWarnings += 1;
    total += row.payee.amount ?? 0;
  }
  return { withErrors, withWarnings, total };
}
