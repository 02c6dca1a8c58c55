import type { ProviderId } from '../../../shared/providers/provider-ids';
import { providerRules } from '../../../shared/providers/provider-rules';
import { useT } from '../i18n/language';
import { PagedRows, type PagedRowsProps } from '../send/PagedRows';
import { RowsPager } from '../send/RowsPager';
import { ResultRow } from './ResultRow';

type Props = PagedRowsProps & { readonly provider: ProviderId };

/**
 * Every row of the batch a page at a time, filtered by status: what it is, where it stands, the
 * provider's reference, the money (fee, paid), when it was sent and settled, and any error in
 * plain words. A refund's row is named by the payment it refunds and its two refund ids.
 */
export function ResultsRows({ rows, provider, operation, currency, matching, page, onPage, ...filtering }: Props) {
  const tr = useT();
  const refund = operation === 'refund';
  const providerName = providerRules[provider].name;
  const headers = [
    { id: 'row', text: tr.t('app.grid.row'), num: true },
    { id: 'who', text: refund ? tr.t('field.transactionId') : tr.t('field.name') },
    { id: 'amount', text: tr.t('field.amount'), num: true },
    { id: 'status', text: tr.t('app.batches.status') },
    { id: 'order', text: refund ? tr.t('app.send.rows.refundId') : tr.t('app.send.rows.orderId') },
    { id: 'reference', text: refund ? tr.t('app.send.rows.providerRefundId', { provider: providerName }) : tr.t('results.col.reference', { provider: providerName }) },
    { id: 'fee', text: refund ? tr.t('field.refundFee') : tr.t('results.col.fee'), num: true },
    { id: 'paid', text: tr.t('results.col.paid', { operation }), num: true },
    { id: 'sent', text: tr.t('results.col.sent') },
    { id: 'settled', text: tr.t('results.col.settled') },
    // Wide enough for a sentence and what to do to sit on two or three lines, not ten.
    { id: 'error', text: tr.t('results.col.error'), minWidth: '26em' },
  ];
  return (
    <PagedRows
      titleId="results-rows-title"
      title={tr.t('results.rows.title')}
      filterTestId="results-filter"
      {...filtering}
      pager={<RowsPager page={page} matching={matching} onPage={onPage} testIdPrefix="results" ends />}
    >
      {/* Wider than the window at 1366 px with every column: it scrolls sideways, nothing is cut,
          and takes the keyboard so the arrow keys scroll it too. */}
      <div className="table-wrap sent-wrap" role="region" aria-labelledby="results-rows-title" tabIndex={0}>
        <table className="sent" data-testid="result-rows">
          <caption className="visually-hidden">{tr.t('results.rows.caption')}</caption>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h.id} scope="col" className={h.num ? 'num' : undefined} style={h.minWidth ? { minWidth: h.minWidth } : undefined}>
                  {h.text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ResultRow key={row.seq} row={row} provider={provider} refund={refund} currency={currency} />
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={headers.length}>{tr.t('app.send.rows.none')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </PagedRows>
  );
}
