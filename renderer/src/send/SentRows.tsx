import type { Currency } from '../../../shared/import/model';
import type { RowStatus } from '../../../shared/events';
import { sendReasonText } from '../../../shared/i18n/messages/send-reasons';
import type { SentRow } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { rowStatusText, statusOrder } from './send-words';
import { rowsPerPage, type RowFilter } from './use-send-batch';

type Props = {
  readonly rows: readonly SentRow[];
  readonly matching: number;
  readonly counts: Partial<Record<RowStatus, number>>;
  readonly rowCount: number;
  readonly currency: Currency;
  readonly page: number;
  readonly onPage: (page: number) => void;
  readonly filter: RowFilter;
  readonly onFilter: (filter: RowFilter) => void;
};

/**
 * The batch's rows a page at a time, in sheet order, each with its status as the engine last
 * said it (updated as events arrive) and what a person needs to know: the provider's reference,
 * why it failed, or why it needs review.
 */
export function SentRows({ rows, matching, counts, rowCount, currency, page, onPage, filter, onFilter }: Props) {
  const tr = useT();
  const pages = Math.max(1, Math.ceil(matching / rowsPerPage));
  const first = matching === 0 ? 0 : page * rowsPerPage + 1;
  const last = Math.min(matching, (page + 1) * rowsPerPage);
  return (
    <section className="sent-rows" aria-labelledby="rows-title">
      <div className="section-head">
        <h2 id="rows-title">{tr.t('app.send.rows.title')}</h2>
        <label>
          {tr.t('app.review.show')}
          <select data-testid="status-filter" value={filter} onChange={(e) => onFilter(filterOf(e.target.value))}>
            <option value="all">{tr.t('app.send.rows.all', { count: tr.number(rowCount) })}</option>
            {statusOrder.map((status) => (
              <option key={status} value={status}>
                {tr.t('app.send.rows.only', { status: rowStatusText(tr, status), count: tr.number(counts[status] ?? 0) })}
              </option>
            ))}
          </select>
        </label>
        <div className="pager" aria-label={tr.t('app.send.rows.pages')} role="group">
          <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0} data-testid="rows-previous">
            {tr.t('app.send.rows.previous')}
          </button>
          <span data-testid="rows-range">{tr.t('app.send.rows.range', { first: tr.number(first), last: tr.number(last), matching: tr.number(matching) })}</span>
          <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages - 1} data-testid="rows-next">
            {tr.t('app.send.rows.next')}
          </button>
        </div>
      </div>
      <div className="table-wrap sent-wrap">
        <table className="sent" data-testid="sent-rows">
          <caption className="visually-hidden">{tr.t('app.send.rows.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{tr.t('app.grid.row')}</th>
              <th scope="col">{tr.t('field.name')}</th>
              <th scope="col" className="num">{tr.t('field.amount')}</th>
              <th scope="col">{tr.t('app.batches.status')}</th>
              <th scope="col">{tr.t('app.send.rows.orderId')}</th>
              <th scope="col">{tr.t('app.send.rows.details')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.seq} data-order={row.orderId} data-row={row.row} data-status={row.status} className={`status-${row.status}`}>
                <td className="num">{row.row}</td>
                <td>{row.name ?? '—'}</td>
                <td className="num">{tr.money(row.amount, currency)}</td>
                <td className="row-status">{rowStatusText(tr, row.status)}</td>
                <td className="mono">{row.orderId}</td>
                <td className="details">{detailsOf(tr, row)}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={6}>{tr.t('app.send.rows.none')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Statuses whose reason is shown: why the provider did not pay a row, or has not said yet. */
const explained: ReadonlySet<RowStatus> = new Set(['failed', 'rejected', 'unknown']);

/**
 * Why a row stands as it does, in the reader's language: Paybatch's own reasons from the
 * catalogue (sendReason.<code>), the provider's words as it gave them, with its code.
 */
function detailsOf(tr: ReturnType<typeof useT>, row: SentRow): string {
  const reason = sendReasonText(tr, row);
  if (row.status === 'needs_review') return tr.t('app.send.rows.review', { reason: reason?.text ?? '' });
  if (explained.has(row.status) && reason && (reason.text || reason.providerCode)) return tr.t('app.send.rows.error', { message: reason.text, code: reason.providerCode ?? 'none' });
  if (row.providerRef) return tr.t('app.send.rows.reference', { reference: row.providerRef });
  return '';
}

function filterOf(value: string): RowFilter {
  return statusOrder.find((status) => status === value) ?? 'all';
}
