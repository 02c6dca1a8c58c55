import type { RowStatus } from '../../../shared/events';
import { sendReasonText } from '../../../shared/i18n/messages/send-reasons';
import type { SentRow } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { PagedRows, type PagedRowsProps } from './PagedRows';
import { RowsPager } from './RowsPager';
import { rowStatusText } from './send-words';

type Props = PagedRowsProps & { readonly providerName: string };

/**
 * The batch's rows a page at a time, in sheet order, each with its status as the engine last
 * said it (updated as events arrive) and what a person needs to know: the provider's reference,
 * why it failed, or why it needs review. A refund's row shows the transaction refunded, its
 * m_refund_id (the row's order id, fixed at approval) and the provider's refund_id once given.
 */
export function SentRows({ rows, operation, providerName, matching, currency, page, onPage, ...filtering }: Props) {
  const tr = useT();
  const refund = operation === 'refund';
  const columns = refund ? 7 : 6;
  return (
    <PagedRows
      titleId="rows-title"
      title={tr.t('app.send.rows.title')}
      filterTestId="status-filter"
      {...filtering}
      pager={<RowsPager page={page} matching={matching} onPage={onPage} testIdPrefix="rows" />}
    >
      <div className="table-wrap sent-wrap">
        <table className="sent" data-testid="sent-rows">
          <caption className="visually-hidden">{tr.t('app.send.rows.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{tr.t('app.grid.row')}</th>
              <th scope="col">{refund ? tr.t('field.transactionId') : tr.t('field.name')}</th>
              <th scope="col" className="num">{tr.t('field.amount')}</th>
              <th scope="col">{tr.t('app.batches.status')}</th>
              <th scope="col">{refund ? tr.t('app.send.rows.refundId') : tr.t('app.send.rows.orderId')}</th>
              {refund && <th scope="col">{tr.t('app.send.rows.providerRefundId', { provider: providerName })}</th>}
              <th scope="col">{tr.t('app.send.rows.details')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.seq} data-order={row.orderId} data-row={row.row} data-status={row.status} className={`status-${row.status}`}>
                <td className="num">{row.row}</td>
                {refund ? <td className="mono" data-field="transactionId">{row.transactionId ?? '—'}</td> : <td>{row.name ?? '—'}</td>}
                <td className="num">{tr.money(row.amount, currency)}</td>
                <td className="row-status">{rowStatusText(tr, row.status)}</td>
                <td className="mono">{row.orderId}</td>
                {refund && <td className="mono" data-field="providerRef">{row.providerRef ?? '—'}</td>}
                <td className="details">{detailsOf(tr, row, refund)}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns}>{tr.t('app.send.rows.none')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </PagedRows>
  );
}

/** Statuses whose reason is shown: why the provider did not pay a row, or has not said yet. */
const explained: ReadonlySet<RowStatus> = new Set(['failed', 'rejected', 'unknown']);

/**
 * Why a row stands as it does, in the reader's language: Paybatch's own reasons from the
 * catalogue (sendReason.<code>), the provider's words as it gave them, with its code; the
 * provider's reference, unless it has a column of its own (a refund's refund_id has).
 */
function detailsOf(tr: ReturnType<typeof useT>, row: SentRow, refund: boolean): string {
  const reason = sendReasonText(tr, row);
  if (row.status === 'needs_review') return tr.t(refund ? 'refund.send.rows.review' : 'app.send.rows.review', { reason: reason?.text ?? '' });
  if (explained.has(row.status) && reason && (reason.text || reason.providerCode)) return tr.t('app.send.rows.error', { message: reason.text, code: reason.providerCode ?? 'none' });
  if (row.providerRef && !refund) return tr.t('app.send.rows.reference', { reference: row.providerRef });
  return '';
}
