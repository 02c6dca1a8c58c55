import type { PaybatchBridge } from '../../../shared/bridge';
import { errorText } from '../../../shared/i18n/issue-text';
import { providerRules } from '../../../shared/providers/provider-rules';
import { useT } from '../i18n/language';
import { providerDoing } from '../i18n/operation-words';
import { BatchChoice } from '../results/BatchChoice';
import { ResultsActions } from '../results/ResultsActions';
import { ResultsRows } from '../results/ResultsRows';
import { ResultsTotals } from '../results/ResultsTotals';
import { environmentWords } from '../send/send-words';
import { useSendBatch } from '../send/use-send-batch';

type Props = {
  readonly bridge: PaybatchBridge | null;
  /** The batch open in the window; null until one is opened or chosen here. */
  readonly batchId: string | null;
  readonly onChoose: (batchId: string) => void;
  /** Rows needing review are answered on the Send screen. */
  readonly onSend: () => void;
  /** A retry's new draft, opened in Review. */
  readonly onRetried: (draftId: string) => void;
};

export function ResultsScreen({ bridge, batchId, onChoose, onSend, onRetried }: Props) {
  const tr = useT();
  if (!bridge || !batchId) {
    return (
      <section aria-labelledby="results-title">
        <h1 id="results-title">{tr.t('app.nav.results')}</h1>
        <p>{bridge ? tr.t('results.empty') : tr.t('results.noEngine')}</p>
        {bridge && <BatchChoice bridge={bridge} batchId={null} onChoose={onChoose} />}
      </section>
    );
  }
  return <Results key={batchId} bridge={bridge} batchId={batchId} onChoose={onChoose} onSend={onSend} onRetried={onRetried} />;
}

/**
 * What happened to every row of one batch, kept current as the Send screen is (the same reads
 * and the same engine events, through useSendBatch): while rows are still sent or followed, the
 * statuses, totals and errors here change as the provider answers.
 */
function Results({ bridge, batchId, onChoose, onSend, onRetried }: Omit<Props, 'bridge' | 'batchId'> & { readonly bridge: PaybatchBridge; readonly batchId: string }) {
  const tr = useT();
  const live = useSendBatch(bridge, batchId);
  const { state } = live;
  if (!state) {
    return (
      <section aria-labelledby="results-title">
        <h1 id="results-title">{tr.t('app.nav.results')}</h1>
        {live.problem ? <div role="alert" className="banner error">{errorText(tr, live.problem)}</div> : <p role="status">{tr.t('app.review.opening')}</p>}
      </section>
    );
  }
  const { provider, operation, currency } = state;
  const providerName = providerRules[provider].name;
  const notSent = state.status === 'draft' || state.status === 'discarded' || state.status === 'approved';
  const ended = state.status === 'finished' || state.status === 'cancelled';
  const waiting = state.counts.needs_review ?? 0;
  /** Where the batch stands, in one sentence: not sent, going on (results still change), paused, or ended. */
  const stateText = (): string => {
    if (notSent) return tr.t('results.notSent', { status: state.status });
    if (state.running) return tr.t('results.live', { provider: providerName });
    if (state.status === 'paused') return tr.t('results.paused');
    if (ended) return tr.t('results.ended', { status: state.status, finished: state.finishedAt ? tr.date(state.finishedAt, { time: true }) : 'none' });
    return tr.t('results.live', { provider: providerName });
  };
  return (
    <section aria-labelledby="results-title" className="results">
      <div className="review-head">
        <h1 id="results-title">{operation === 'refund' ? tr.t('results.refunds.title') : tr.t('app.nav.results')}</h1>
        <span className="hint" data-testid="results-facts">
          {tr.t('results.facts', {
            file: state.fileName,
            provider: providerDoing(tr, provider, operation),
            environment: state.environment ? tr.t(environmentWords[state.environment].name) : 'none',
            rows: state.rowCount,
            total: tr.money(state.total, currency),
          })}
        </span>
        <BatchChoice bridge={bridge} batchId={batchId} status={state.status} onChoose={onChoose} />
      </div>
      {live.problem && <div role="alert" className="banner error">{errorText(tr, live.problem)}</div>}
      <p role="status" className="banner info" data-testid="results-state">
        {stateText()}
      </p>
      {waiting > 0 && (
        <div className="banner warning" data-testid="results-review">
          {tr.t('results.review', { count: waiting, provider: providerName })}{' '}
          <button type="button" className="link" onClick={onSend}>
            {tr.t('results.review.go')}
          </button>
        </div>
      )}
      <div className="send-top">
        <div className="send-main">{!notSent && <ResultsActions bridge={bridge} batchId={batchId} state={state} onRetried={onRetried} />}</div>
        <ResultsTotals state={state} operation={operation} currency={currency} />
      </div>
      <ResultsRows
        rows={live.rows}
        provider={provider}
        operation={operation}
        currency={currency}
        matching={live.matching}
        counts={state.counts}
        rowCount={state.rowCount}
        page={live.page}
        onPage={live.setPage}
        filter={live.filter}
        onFilter={live.setFilter}
      />
    </section>
  );
}
