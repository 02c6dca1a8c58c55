import { useT } from '../i18n/language';
import { rowsPerPage } from './use-send-batch';

type Props = {
  readonly page: number;
  readonly matching: number;
  readonly onPage: (page: number) => void;
  /** Names its buttons and range for tests: `<testIdPrefix>-previous`, `-next`, `-range`, `-first`, `-last`. */
  readonly testIdPrefix: string;
  /** First and Last as well: a batch reaches 100,000 rows, a thousand pages, so the ends are a press away. */
  readonly ends?: boolean;
};

/** Pages of a batch's rows, as the Send and Results screens list them: the page next door, and the range shown. */
export function RowsPager({ page, matching, onPage, testIdPrefix, ends = false }: Props) {
  const tr = useT();
  const last = Math.max(0, Math.ceil(matching / rowsPerPage) - 1);
  const from = matching === 0 ? 0 : page * rowsPerPage + 1;
  const to = Math.min(matching, (page + 1) * rowsPerPage);
  return (
    <div className="pager" aria-label={tr.t('app.send.rows.pages')} role="group">
      {ends && (
        <button type="button" onClick={() => onPage(0)} disabled={page === 0} data-testid={`${testIdPrefix}-first`}>
          {tr.t('results.rows.first')}
        </button>
      )}
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0} data-testid={`${testIdPrefix}-previous`}>
        {tr.t('app.send.rows.previous')}
      </button>
      <span data-testid={`${testIdPrefix}-range`}>{tr.t('app.send.rows.range', { first: tr.number(from), last: tr.number(to), matching: tr.number(matching) })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= last} data-testid={`${testIdPrefix}-next`}>
        {tr.t('app.send.rows.next')}
      </button>
      {ends && (
        <button type="button" onClick={() => onPage(last)} disabled={page >= last} data-testid={`${testIdPrefix}-last`}>
          {tr.t('results.rows.last')}
        </button>
      )}
    </div>
  );
}
