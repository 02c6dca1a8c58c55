import { useT } from '../i18n/language';
import { rowsPerPage } from '../send/use-send-batch';

type Props = { readonly page: number; readonly matching: number; readonly onPage: (page: number) => void };

/**
 * Pages of rows, first to last: a batch reaches 100,000 rows, a thousand pages, so the ends are
 * a press away as well as the page next door.
 */
export function ResultsPager({ page, matching, onPage }: Props) {
  const tr = useT();
  const last = Math.max(0, Math.ceil(matching / rowsPerPage) - 1);
  const from = matching === 0 ? 0 : page * rowsPerPage + 1;
  const to = Math.min(matching, (page + 1) * rowsPerPage);
  return (
    <div className="pager" aria-label={tr.t('app.send.rows.pages')} role="group">
      <button type="button" onClick={() => onPage(0)} disabled={page === 0} data-testid="results-first">
        {tr.t('results.rows.first')}
      </button>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0} data-testid="results-previous">
        {tr.t('app.send.rows.previous')}
      </button>
      <span data-testid="results-range">{tr.t('app.send.rows.range', { first: tr.number(from), last: tr.number(to), matching: tr.number(matching) })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= last} data-testid="results-next">
        {tr.t('app.send.rows.next')}
      </button>
      <button type="button" onClick={() => onPage(last)} disabled={page >= last} data-testid="results-last">
        {tr.t('results.rows.last')}
      </button>
    </div>
  );
}
