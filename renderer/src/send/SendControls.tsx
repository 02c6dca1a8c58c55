import { useEffect, useRef, useState } from 'react';
import type { Environment } from '../../../shared/credentials/credential-fields';
import type { SendState } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { ConfirmPanel } from './ConfirmPanel';
import { environmentWords } from './send-words';

type Props = {
  readonly state: SendState;
  readonly environment: Environment;
  readonly providerName: string;
  /** Why Start is held back (checks not done, a decision missing, too little money); null when it is not. */
  readonly startBlocker: string | null;
  /** A start, pause or cancel on its way to the engine. */
  readonly busy: boolean;
  readonly onStart: () => void;
  readonly onPause: () => void;
  /** The cancel question opens: sending is held (paused) while it is asked. */
  readonly onAskCancel: () => void;
  /** "Yes, cancel". */
  readonly onCancel: () => void;
  /** "No, keep sending" (or Escape): what the question held goes on. */
  readonly onKeep: () => void;
  /** Whether opening the question held a batch that was sending (it goes on after "No"). */
  readonly held: boolean;
};

/**
 * Start (or continue), Pause and Cancel. Real money is confirmed before the first payment;
 * cancelling is confirmed, and says that rows already on their way are followed to their end.
 * While it asks, sending is held: nothing new is paid behind the question.
 */
export function SendControls({ state, environment, providerName, startBlocker, busy, onStart, onPause, onAskCancel, onCancel, onKeep, held }: Props) {
  const tr = useT();
  const [asking, setAsking] = useState<'start' | 'cancel' | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const { status, running } = state;
  // While the cancel question is open, it is the only thing to answer: the batch it held shows
  // as paused, and Continue must not start it again behind the question.
  const askingCancel = asking === 'cancel';
  const canStart = !askingCancel && (status === 'approved' || status === 'paused' || (status === 'sending' && !running));
  const canPause = !askingCancel && status === 'sending' && running;
  const canCancel = !askingCancel && (status === 'sending' || status === 'paused');
  const notSent = state.counts.ready ?? 0;
  const inFlight = (state.counts.sending ?? 0) + (state.counts.accepted ?? 0) + (state.counts.unknown ?? 0);
  const environmentName = tr.t(environmentWords[environment].name);

  // The keyboard returns where it was once the answer is taken (the button is disabled until
  // then), or to the main content when that button is gone.
  const [returnTo, setReturnTo] = useState<'start' | 'cancel' | null>(null);
  useEffect(() => {
    if (!returnTo || busy) return;
    const back = returnTo === 'start' ? startButton.current : cancelButton.current;
    setReturnTo(null);
    if (back && !back.disabled) back.focus();
    else document.getElementById('send-title')?.focus();
  }, [returnTo, busy]);
  const close = (back: 'start' | 'cancel') => {
    setAsking(null);
    setReturnTo(back);
  };

  const start = () => {
    if (environment === 'production' && status === 'approved') setAsking('start');
    else onStart();
  };

  return (
    <div className="send-controls">
      <div className="actions">
        {canStart && (
          <button type="button" ref={startButton} className="primary" data-testid="send-start" disabled={busy || startBlocker !== null} aria-describedby={startBlocker ? 'start-why' : undefined} onClick={start}>
            {status === 'approved' ? tr.t('app.send.start', { environment: environmentName }) : tr.t('app.send.continue', { environment: environmentName })}
          </button>
        )}
        {canPause && (
          <button type="button" data-testid="send-pause" disabled={busy} onClick={onPause}>
            {tr.t('app.send.pause')}
          </button>
        )}
        {canCancel && (
          <button
            type="button"
            ref={cancelButton}
            data-testid="send-cancel"
            disabled={busy}
            onClick={() => {
              setAsking('cancel');
              onAskCancel();
            }}
          >
            {tr.t('app.send.cancel')}
          </button>
        )}
        {canStart && startBlocker && (
          <span id="start-why" className="hint" data-testid="start-why">
            {startBlocker}
          </span>
        )}
      </div>
      {asking === 'start' && (
        <ConfirmPanel
          testId="confirm-start"
          danger
          title={tr.t('app.send.confirmStart.title')}
          yes={tr.t('app.send.confirmStart.yes')}
          no={tr.t('app.send.confirmStart.no')}
          onYes={() => {
            setAsking(null);
            onStart();
          }}
          onNo={() => close('start')}
        >
          <p>{tr.t(state.operation === 'refund' ? 'app.send.confirmStart.refundText' : 'app.send.confirmStart.text', { count: state.counts.ready ?? state.rowCount, total: tr.money(state.amounts.ready ?? state.total, state.currency), provider: providerName })}</p>
        </ConfirmPanel>
      )}
      {asking === 'cancel' && (
        <ConfirmPanel
          testId="confirm-cancel"
          danger
          title={tr.t('app.send.confirmCancel.title')}
          yes={tr.t('app.send.confirmCancel.yes')}
          no={tr.t('app.send.confirmCancel.no', { held: held ? 'yes' : 'no' })}
          onYes={() => {
            setAsking(null);
            onCancel();
          }}
          onNo={() => {
            close('cancel');
            onKeep();
          }}
        >
          <p>{tr.t('app.send.confirmCancel.held')}</p>
          <p>{tr.t('app.send.confirmCancel.text', { notSent, inFlight })}</p>
        </ConfirmPanel>
      )}
    </div>
  );
}
