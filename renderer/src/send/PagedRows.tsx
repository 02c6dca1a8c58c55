import type { ReactNode } from 'react';
import type { RowStatus } from '../../../shared/events';
import type { Currency } from '../../../shared/import/model';
import type { Operation } from '../../../shared/providers/operations';
import type { SentRow } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { rowStatusText, statusOrder } from './send-words';
import type { RowFilter } from './use-send-batch';

/** A page of a batch's rows, filtered by status, as the Send and Results screens list them. */
export type PagedRowsProps = {
  readonly rows: readonly SentRow[];
  /** A refund's row is named by the transaction it refunds and its refund ids, not by a payee. */
  readonly operation: Operation;
  readonly currency: Currency;
  /** Rows the filter lets through, on every page. */
  readonly matching: number;
  readonly counts: Partial<Record<RowStatus, number>>;
  readonly rowCount: number;
  readonly page: number;
  readonly onPage: (page: number) => void;
  readonly filter: RowFilter;
  readonly onFilter: (filter: RowFilter) => void;
};

type Props = Pick<PagedRowsProps, 'counts' | 'rowCount' | 'filter' | 'onFilter'> & {
  /** The heading's id: it names the section. */
  readonly titleId: string;
  readonly title: string;
  readonly filterTestId: string;
  readonly pager: ReactNode;
  /** The table of the page's rows, with the screen's own columns. */
  readonly children: ReactNode;
};

/**
 * The section a page of rows stands in: its heading, a status filter that says how many rows
 * each status has (so an empty one is seen before it is chosen), the pager, then the table.
 */
export function PagedRows({ titleId, title, filterTestId, counts, rowCount, filter, onFilter, pager, children }: Props) {
  const tr = useT();
  return (
    <section className="sent-rows" aria-labelledby={titleId}>
      <div className="section-head">
        <h2 id={titleId}>{title}</h2>
        <label>
          {tr.t('app.review.show')}
          <select data-testid={filterTestId} value={filter} onChange={(e) => onFilter(filterOf(e.target.value))}>
            <option value="all">{tr.t('app.send.rows.all', { count: tr.number(rowCount) })}</option>
            {statusOrder.map((status) => (
              <option key={status} value={status}>
                {tr.t('app.send.rows.only', { status: rowStatusText(tr, status), count: tr.number(counts[status] ?? 0) })}
              </option>
            ))}
          </select>
        </label>
        {pager}
      </div>
      {children}
    </section>
  );
}

function filterOf(value: string): RowFilter {
  return statusOrder.find((status) => status === value) ?? 'all';
}
