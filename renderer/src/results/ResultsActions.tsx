import type { PaybatchBridge } from '../../../shared/bridge';
import { errorText } from '../../../shared/i18n/issue-text';
import type { ApiError } from '../../../shared/result';
import type { SendState } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { StatementButton } from '../statement/StatementButton';
import { totalsOf } from './result-totals';
import { useResultsActions, type ActionNotice } from './use-results-actions';

type Props = {
  readonly bridge: PaybatchBridge;
  readonly batchId: string;
  readonly state: SendState;
  /** The draft a retry made: opened in Review, as any draft is. */
  readonly onRetried: (draftId: string) => void;
};

/**
 * What to do with a batch's results: file the report, make a new draft of the rows that failed
 * (after the batch has ended, so no row is still on its way), take the rows not paid away as a
 * sheet, print the statement.
 */
export function ResultsActions({ bridge, batchId, state, onRetried }: Props) {
  const tr = useT();
  const actions = useResultsActions(bridge, batchId, onRetried);
  const totals = totalsOf(state);
  const ended = state.status === 'finished' || state.status === 'cancelled';
  const toRetry = totals.failed.rows;
  const unsent = totals.failed.rows + totals.cancelled.rows;
  const idle = actions.busy === null;
  return (
    <section aria-labelledby="actions-title" className="results-actions" data-testid="results-actions" aria-busy={!idle}>
      <h2 id="actions-title">{tr.t('results.actions.title')}</h2>
      <div className="section-head">
        <button type="button" onClick={() => void actions.exportReport('xlsx')} disabled={!idle} data-testid="export-xlsx">
          {tr.t('results.export.xlsx')}
        </button>
        <button type="button" onClick={() => void actions.exportReport('csv')} disabled={!idle} data-testid="export-csv">
          {tr.t('results.export.csv')}
        </button>
        <StatementButton batchId={batchId} />
      </div>
      <div className="section-head">
        <button type="button" onClick={() => void actions.retry()} disabled={!idle || !ended || toRetry === 0} aria-describedby={!ended || toRetry > 0 ? 'retry-about' : undefined} data-testid="retry-failed">
          {tr.t('results.retry')}
        </button>
        <button type="button" onClick={() => void actions.exportUnsent('xlsx')} disabled={!idle || unsent === 0} data-testid="unsent-xlsx">
          {tr.t('results.unsent.xlsx')}
        </button>
        <button type="button" onClick={() => void actions.exportUnsent('csv')} disabled={!idle || unsent === 0} data-testid="unsent-csv">
          {tr.t('results.unsent.csv')}
        </button>
      </div>
      {(!ended || toRetry > 0) && (
        <p className="hint" id="retry-about">
          {ended ? tr.t('results.retry.about', { count: toRetry }) : tr.t('results.retry.wait')}
        </p>
      )}
      {actions.busy && (
        <p role="status" data-testid="results-busy">
          {tr.t(actions.busy === 'retry' ? 'results.retrying' : 'results.preparing')}
        </p>
      )}
      {actions.notice && (
        <p role="status" className="banner info" data-testid="results-notice">
          {noticeText(tr, actions.notice)}
        </p>
      )}
      {actions.problem && (
        <div role="alert" className="banner error" data-testid="results-problem">
          {problemText(tr, actions.problem)}
        </div>
      )}
    </section>
  );
}

function noticeText(tr: ReturnType<typeof useT>, notice: ActionNotice): string {
  return notice.kind === 'saved' ? tr.t('results.saved', { file: notice.file }) : tr.t('results.unsentSaved', { file: notice.file, rows: notice.rows });
}

/** A feature still being built answers `unavailable` (not_built): said in the reader's language, not the engine's English. */
function problemText(tr: ReturnType<typeof useT>, problem: ApiError): string {
  return problem.code === 'unavailable' && problem.params?.['reason'] === 'not_built' ? tr.t('results.notReady') : errorText(tr, problem);
}
