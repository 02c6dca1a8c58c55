import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { Environment } from '../../../shared/credentials/credential-fields';
import { errorText } from '../../../shared/i18n/issue-text';
import { providerRules } from '../../../shared/providers/provider-rules';
import type { ApiError, Result } from '../../../shared/result';
import type { SendState } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { isSamplePayroll } from '../samples/sample-payrolls';
import { EnvironmentChoice } from '../send/EnvironmentChoice';
import { PresendChecks } from '../send/PresendChecks';
import { SendControls } from '../send/SendControls';
import { SendProgress } from '../send/SendProgress';
import { SentRows } from '../send/SentRows';
import { environmentWords, finalStatuses } from '../send/send-words';
import { usePresend } from '../send/use-presend';
import { useSendBatch } from '../send/use-send-batch';

export type Approved = MethodOutput<'batch.approve'>;

type Props = {
  readonly bridge: PaybatchBridge | null;
  readonly batchId: string | null;
  /** The approval that brought the window here, when it did: said once at the top. */
  readonly approved: Approved | null;
  readonly onBatches: () => void;
};

export function SendScreen({ bridge, batchId, approved, onBatches }: Props) {
  const tr = useT();
  if (!bridge || !batchId) {
    return (
      <section aria-labelledby="send-title">
        <h1 id="send-title">{tr.t('app.nav.send')}</h1>
        <p>{bridge ? tr.t('app.send.empty') : tr.t('app.review.noEngine')}</p>
        {bridge && (
          <button type="button" className="link" onClick={onBatches}>
            {tr.t('app.send.toBatches')}
          </button>
        )}
      </section>
    );
  }
  return <Send key={batchId} bridge={bridge} batchId={batchId} approved={approved?.batchId === batchId ? approved : null} />;
}

function Send({ bridge, batchId, approved }: { readonly bridge: PaybatchBridge; readonly batchId: string; readonly approved: Approved | null }) {
  const tr = useT();
  const live = useSendBatch(bridge, batchId);
  const { state } = live;
  // Practice until the accountant chooses otherwise: a first batch never moves real money by default.
  const [chosen, setChosen] = useState<Environment>('practice');
  const environment = state?.environment ?? chosen;
  const beforeSending = state !== null && (state.status === 'approved' || state.status === 'paused');
  const presend = usePresend(bridge, batchId, environment, beforeSending);
  const [acting, setActing] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [keysReady, setKeysReady] = useState<Partial<Record<Environment, boolean>> | null>(null);
  const provider = state?.provider;

  useEffect(() => {
    if (!provider) return;
    void bridge['keys.status']({ provider }).then((got) => {
      if (!got.ok) return;
      const ready: Partial<Record<Environment, boolean>> = { sandbox: false, production: false };
      for (const entry of got.value) ready[entry.environment] = entry.secrets.length > 0 && entry.secrets.every((s) => s.set);
      setKeysReady(ready);
    });
  }, [bridge, provider]);

  if (!state) {
    return (
      <section aria-labelledby="send-title">
        <h1 id="send-title">{tr.t('app.nav.send')}</h1>
        {live.problem ? <div role="alert" className="banner error">{errorText(tr, live.problem)}</div> : <p role="status">{tr.t('app.review.opening')}</p>}
      </section>
    );
  }

  const rules = providerRules[state.provider];
  const act = async (call: () => Promise<Result<SendState>>): Promise<void> => {
    setActing(true);
    const got = await call();
    setActing(false);
    if (got.ok) {
      setRefusal(null);
      live.took(got.value);
    } else setRefusal(got.error);
  };
  const startBlocker =
    presend.blocker === 'checking'
      ? tr.t('app.send.why.checking')
      : presend.blocker === 'undecided'
        ? tr.t('app.send.why.undecided', { count: presend.check?.undecided ?? 0 })
        : presend.blocker === 'short'
          ? tr.t('app.send.why.short')
          : null;
  const count = (status: keyof SendState['counts']): number => state.counts[status] ?? 0;
  const ended = state.status === 'finished' || state.status === 'cancelled';

  return (
    <section aria-labelledby="send-title" className="send">
      <div className="review-head">
        <h1 id="send-title" tabIndex={-1}>
          {tr.t('app.nav.send')}
        </h1>
        <span className="hint" data-testid="send-facts">
          {tr.t('app.send.facts', { file: state.fileName, provider: rules.name, currency: state.currency, rows: state.rowCount, total: tr.money(state.total, state.currency) })}
        </span>
      </div>
      {approved && state.status === 'approved' && (
        <div role="status" className="banner info" data-testid="approved">
          {tr.t('app.review.approvedNow', { count: approved.rowCount, total: tr.money(approved.total, state.currency), first: approved.firstOrderId })}
        </div>
      )}
      <p role="status" className={`send-status status-${state.status}`} data-testid="send-status">
        {tr.t('app.send.status', { status: state.status, environment: state.environment ? tr.t(environmentWords[state.environment].name) : '', running: state.running ? 'yes' : 'no' })}
      </p>
      {refusal && (
        <div role="alert" className="banner error" data-testid="send-refusal">
          {errorText(tr, refusal)}
        </div>
      )}
      {live.problem && (
        <div role="alert" className="banner error">
          {errorText(tr, live.problem)}
        </div>
      )}
      {ended && (
        <div className="banner info" data-testid="send-ended">
          {tr.t('app.send.ended', {
            status: state.status,
            succeeded: tr.number(count('succeeded')),
            notPaid: tr.number(finalStatuses.filter((s) => s !== 'succeeded').reduce((n, s) => n + count(s), 0)),
            review: count('needs_review'),
            paid: tr.money(state.amounts.succeeded ?? 0, state.currency),
          })}
        </div>
      )}
      <div className="send-top">
        <div className="send-main">
          <EnvironmentChoice value={environment} onChange={setChosen} locked={state.environment !== null} sample={isSamplePayroll(state.fileName)} keysReady={keysReady} providerName={rules.name} />
          {beforeSending && (
            <PresendChecks check={presend.check} problem={presend.problem} refusal={presend.refusal} busy={presend.busy} providerName={rules.name} currency={state.currency} onRecheck={() => void presend.recheck()} onDecide={(decisions) => void presend.decide(decisions)} />
          )}
          <SendControls
            state={state}
            environment={environment}
            providerName={rules.name}
            startBlocker={startBlocker}
            busy={acting}
            onStart={() => void act(() => bridge['send.start']({ batchId, environment }))}
            onPause={() => void act(() => bridge['send.pause']({ batchId }))}
            onCancel={() => void act(() => bridge['send.cancel']({ batchId }))}
          />
        </div>
        <SendProgress state={state} />
      </div>
      <SentRows rows={live.rows} matching={live.matching} counts={state.counts} rowCount={state.rowCount} currency={state.currency} page={live.page} onPage={live.setPage} filter={live.filter} onFilter={live.setFilter} />
    </section>
  );
}
