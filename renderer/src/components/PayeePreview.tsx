import { useMemo } from 'react';
import { issueText } from '../../../shared/i18n/issue-text';
import type { ImportedRow, PayeeField } from '../../../shared/import/model';
import type { Operation } from '../../../shared/providers/operations';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { rulesFor } from '../../../shared/providers/provider-rules';
import type { ImportSummary } from '../import/import-protocol';
import { excludedText } from '../../../shared/import/import-text';
import { fieldLabel } from '../i18n/labels';
import { useT } from '../i18n/language';
import { ruleFields } from './rule-fields';
import { isMoneyField } from './money-fields';

const previewLimit = 100;
const payoutColumns: readonly PayeeField[] = ['name', 'accountNo', 'bank', 'amount', 'phone', 'description'];

type Props = { readonly summary: ImportSummary; readonly rows: readonly ImportedRow[]; readonly provider: ProviderId | null; readonly operation: Operation };

/** The first rows as payees (or refunds, with the columns Review will show), with every problem on the cell it belongs to. */
export function PayeePreview({ summary, rows, provider, operation }: Props) {
  const columns = provider && operation !== 'payout' ? ruleFields(rulesFor(provider, operation)) : payoutColumns;
  // Counted once per import, not on every draw (the screen redraws while rows arrive).
  const { withErrors, withWarnings, total } = useMemo(() => countPayees(rows), [rows]);
  const tr = useT();
  return (
    <section aria-labelledby="payees-title">
      <h2 id="payees-title">{tr.t('import.preview.title')}</h2>
      <p role="status" data-testid="import-summary">
        {tr.t('import.preview.summary', { rows: summary.rowCount, errors: withErrors, warnings: withWarnings, excluded: summary.excludedRows.length, total: tr.money(total, summary.currency) })}
      </p>
      {summary.excludedRows.length > 0 && (
        <details className="excluded">
          <summary>{tr.t('import.preview.excluded', { count: summary.excludedRows.length })}</summary>
          <ul data-testid="excluded-rows">
            {summary.excludedRows.map((e) => (
              <li key={e.row}>{excludedText(tr, e)}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="table-wrap">
        <table className="preview" data-testid="payee-table">
          <thead>
            <tr>
              <th scope="col">{tr.t('import.preview.row')}</th>
              {columns.map((field) => (
                <th scope="col" key={field}>
                  {fieldLabel(tr, field)}
                </th>
              ))}
              <th scope="col">{tr.t('import.preview.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, previewLimit).map((row) => (
              <tr key={row.row}>
                <td className="line">{row.row}</td>
                {columns.map((field) => {
                  const issue = row.issues.find((i) => i.field === field);
                  const held = row.payee[field];
                  const value = isMoneyField(field) && typeof held === 'number' ? tr.money(held, summary.currency) : (held ?? '');
                  return (
                    <td key={field} className={issue ? `cell-${issue.severity}` : undefined} title={issue ? issueText(tr, issue, row.row) : undefined}>
                      {value}
                    </td>
                  );
                })}
                <td className="problems">{row.issues.map((i) => issueText(tr, i, row.row)).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > previewLimit && <p className="hint">{tr.t('import.preview.more', { shown: previewLimit, total: rows.length })}</p>}
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
