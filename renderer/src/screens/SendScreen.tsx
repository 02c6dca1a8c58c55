import { useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { Environment } from '../../../shared/credentials/credential-fields';
import { errorText } from '../../../shared/i18n/issue-text';
import { providerRules } from '../../../shared/providers/provider-rules';
import type { ApiError, Result } from '../../../shared/result';
import type { SendState } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { providerDoing } from '../i18n/operation-words';
import { isSampleSheet } from '../samples/sample-payrolls';
import { EnvironmentChoice } from '../send/EnvironmentChoice';
import { PresendChecks } from '../send/PresendChecks';
import { ReviewRows } from '../send/ReviewRows';
import { SendControls } from '../send/SendControls';
import { SendProgress } from '../send/SendProgress';
import { SentRows } from '../send/SentRows';
import { environmentWords, finalStatuses } from '../send/send-words';
import { usePresend } from '../send/use-presend';
import { useReviewRows } from '../send/use-review-rows';
import { useSendBatch } from '../send/use-send-batch';

/** When this page loaded: a batch sending since before then was not started by it. */
const pageLoadedAt = Date.now();
/** Batches this page has started, continued or reopened since it loaded. */
const sentFromHere = new Set<string>();
/** Batches whose first state this page has read (the carried-on notice is considered once each). */
const seenHere = new Set<string>();

export type Approved = MethodOutput<'batch.approve'>;

type Props = {
  readonly bridge: PaybatchBridge | null;
  readonly batchId: string | null;
  /** The approval that brought the window here, when it did: said once at the top. */
  readonly approved: Approved | null;
  readonly onBatches: () => void;
  /** The batch's Results screen: every row's outcome, totals, the report and retry. */
  readonly onResults: () => void;
};

export function SendScreen({ bridge, batchId, approved, onBatches, onResults }: Props) {
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
  return <Send key={batchId} bridge={bridge} batchId={batchId} approved={approved?.batchId === batchId ? approved : null} onResults={onResults} />;
}

function Send({ bridge, batchId, approved, onResults }: { readonly bridge: PaybatchBridge; readonly batchId: string; readonly approved: Approved | null; readonly onResults: () => void }) {
  const tr = useT();
  const live = useSendBatch(bridge, batchId);
  const { state } = live;
  // Practice until the accountant chooses otherwise: a first batch never moves real money by default.
  const [chosen, setChosen] = useState<Environment>('practice');
  const environment = state?.environment ?? chosen;
  const beforeSending = state !== null && (state.status === 'approved' || state.status === 'paused');
  // The cancel question holds the batch (pauses it) while it is asked; this says whether it did.
  const [held, setHeld] = useState(false);
  const holding = useRef<Promise<boolean> | null>(null);
  // Not while the cancel question holds the batch: a check running would refuse "keep sending".
  const presend = usePresend(bridge, batchId, environment, beforeSending && !held);
  const [acting, setActing] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [keysReady, setKeysReady] = useState<Partial<Record<Environment, boolean>> | null>(null);
  const provider = state?.provider;
  const review = useReviewRows(bridge, batchId, state);
  // Sending that went on after Paybatch was closed (taken up as it opened again), said once.
  const [carriedOn, setCarriedOn] = useState(false);

  useEffect(() => {
    if (!state || seenHere.has(batchId)) return;
    seenHere.add(batchId);
    if (state.status === 'sending' && !sentFromHere.has(batchId) && state.startedAt !== null && Date.parse(state.startedAt) < pageLoadedAt) setCarriedOn(true);
  }, [state, batchId]);

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
  const { operation } = state;
  const refund = operation === 'refund';
  const act = async (call: () => Promise<Result<SendState>>): Promise<boolean> => {
    setActing(true);
    const got = await call();
    setActing(false);
    if (got.ok) {
      setRefusal(null);
      live.took(got.value);
    } else setRefusal(got.error);
    return got.ok;
  };
  const start = (): Promise<boolean> => {
    sentFromHere.add(batchId);
    return act(() => bridge['send.start']({ batchId, environment }));
  };
  // Cancel asks first, and nothing new is paid while it asks: a batch sending is paused at once.
  const askCancel = () => {
    const sending = state.status === 'sending' && state.running;
    setHeld(sending);
    holding.current = sending ? act(() => bridge['send.pause']({ batchId })) : Promise.resolve(false);
  };
  const answerCancel = async (cancel: boolean): Promise<void> => {
    // Busy from the answer on: nothing to press (and the keyboard waits) until it is taken.
    setActing(true);
    const paused = (await holding.current) ?? false;
    holding.current = null;
    if (cancel) await act(() => bridge['send.cancel']({ batchId }));
    // "No, keep sending": on as the Continue button would (the same environment, the same checks).
    else if (paused) await start();
    // Only now: the checks before sending, run for a paused batch, would hold Start back meanwhile.
    setHeld(false);
    setActing(false);
  };
  const resolve = async (seq: number, paid: boolean): Promise<void> => {
    if (!paid) sentFromHere.add(batchId);
    await act(() => bridge['send.resolve']({ batchId, seq, paid }));
    review.reread();
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
  const waiting = count('needs_review');
  // Every other row has reached an end: the rows needing review are all that is left.
  const onlyReview = ended && !state.running && waiting > 0;
  const environmentName = state.environment ? tr.t(environmentWords[state.environment].name) : '';
  // One banner for one problem: the engine not answering comes back from every call made meanwhile.
  const problems = [refusal, live.problem]
    .filter((p): p is ApiError => p !== null)
    .map((p) => errorText(tr, p))
    .filter((text, i, all) => all.indexOf(text) === i);
  const presendProblem = presend.problem && problems.includes(errorText(tr, presend.problem)) ? null : presend.problem;

  return (
    <section aria-labelledby="send-title" className="send">
      <div className="review-head">
        <h1 id="send-title" tabIndex={-1}>
          {refund ? tr.t('app.send.refunds.title') : tr.t('app.nav.send')}
        </h1>
        <span className="hint" data-testid="send-facts">
          {tr.t('app.send.facts', { file: state.fileName, provider: providerDoing(tr, state.provider, operation), currency: state.currency, rows: state.rowCount, total: tr.money(state.total, state.currency) })}
        </span>
        {/* Once anything has been sent there are results to read, the report to export, failures to retry. */}
        {state.startedAt !== null && (
          <button type="button" className="link" onClick={onResults} data-testid="to-results">
            {tr.t('results.open')}
          </button>
        )}
      </div>
      {approved && state.status === 'approved' && (
        <div role="status" className="banner info" data-testid="approved">
          {tr.t(refund ? 'refund.approve.approvedNow' : 'app.review.approvedNow', { count: approved.rowCount, total: tr.money(approved.total, state.currency), first: approved.firstOrderId })}
        </div>
      )}
      {carriedOn && (
        <p role="status" className="banner info" data-testid="carried-on">
          {tr.t('app.send.carriedOn')}
        </p>
      )}
      <p role="status" className={`send-status status-${onlyReview ? 'needs_review' : state.status}`} data-testid="send-status">
        {onlyReview
          ? tr.t('app.send.statusReview', { status: state.status, environment: environmentName, count: waiting })
          : tr.t('app.send.status', { status: state.status, environment: environmentName, running: state.running ? 'yes' : 'no' })}
      </p>
      {problems.map((text) => (
        <div key={text} role="alert" className="banner error" data-testid="send-refusal">
          {text}
        </div>
      ))}
      {ended && (
        <div className="banner info" data-testid="send-ended">
          {tr.t(refund ? 'app.send.refunds.ended' : 'app.send.ended', {
            status: state.status,
            succeeded: tr.number(count('succeeded')),
            notPaid: tr.number(finalStatuses.filter((s) => s !== 'succeeded').reduce((n, s) => n + count(s), 0)),
            review: waiting,
            paid: tr.money(state.amounts.succeeded ?? 0, state.currency),
          })}
        </div>
      )}
      <div className="send-top">
        <div className="send-main">
          <EnvironmentChoice value={environment} onChange={setChosen} locked={state.environment !== null} sample={isSampleSheet(state.fileName) ? operation : null} keysReady={keysReady} providerName={rules.name} />
          {beforeSending && !held && (
            <PresendChecks check={presend.check} operation={operation} problem={presendProblem} refusal={presend.refusal} busy={presend.busy} providerName={rules.name} currency={state.currency} onRecheck={() => void presend.recheck()} onDecide={(decisions) => void presend.decide(decisions)} />
          )}
          <SendControls
            state={state}
            environment={environment}
            providerName={rules.name}
            startBlocker={startBlocker}
            busy={acting}
            onStart={() => void start()}
            onPause={() => void act(() => bridge['send.pause']({ batchId }))}
            onAskCancel={askCancel}
            onCancel={() => void answerCancel(true)}
            onKeep={() => void answerCancel(false)}
            held={held}
          />
        </div>
        <SendProgress state={state} />
      </div>
      {waiting > 0 && <ReviewRows rows={review.rows} operation={operation} waiting={waiting} batchStatus={state.status} providerName={rules.name} currency={state.currency} busy={acting} onResolve={resolve} />}
      <SentRows rows={live.rows} operation={operation} providerName={rules.name} matching={live.matching} counts={state.counts} rowCount={state.rowCount} currency={state.currency} page={live.page} onPage={live.setPage} filter={live.filter} onFilter={live.setFilter} />
    </section>
  );
}
