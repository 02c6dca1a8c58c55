import { useLayoutEffect, useRef, useState } from 'react';
import type { BatchStatus } from '../../../shared/batches/batch-contract';
import type { Currency } from '../../../shared/import/model';
import type { Operation } from '../../../shared/providers/operations';
import { sendReasonText } from '../../../shared/i18n/messages/send-reasons';
import type { SentRow } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { ConfirmPanel } from './ConfirmPanel';
import { reviewWords } from './review-words';

type Props = {
  readonly rows: readonly SentRow[];
  /** A refund's row is named by its transaction and answered "refunded" or "not refunded". */
  readonly operation: Operation;
  /** How many rows need review in all (more than listed when there are many). */
  readonly waiting: number;
  readonly batchStatus: BatchStatus;
  readonly providerName: string;
  readonly currency: Currency;
  /** An answer on its way to the engine. */
  readonly busy: boolean;
  /** Resolves once the engine has answered (and the list is read again). */
  readonly onResolve: (seq: number, paid: boolean) => Promise<void>;
};

type Asking = { readonly seq: number; readonly paid: boolean };

/**
 * The rows Paybatch could not settle by itself (needs_review), above the list of all rows: for
 * each, the accountant looks it up in the provider's portal and answers "paid" (it ends paid,
 * nothing is sent) or "not paid" (sent again with the same order id, which the provider never
 * pays twice; in a cancelled batch it ends cancelled). Each answer is confirmed first, saying
 * exactly that; the keyboard returns to the button it came from, or to the list's heading.
 * A refund is the same answer in its own words: refunded, or not refunded and sent again with
 * the same refund id, which HiTechPAY refuses as a duplicate if it had it, so never refunded twice.
 */
export function ReviewRows({ rows, operation, waiting, batchStatus, providerName, currency, busy, onResolve }: Props) {
  const tr = useT();
  const words = reviewWords[operation];
  const refund = operation === 'refund';
  const [asking, setAsking] = useState<Asking | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  // The list goes once no row needs review, maybe with the keyboard still in it (the answer
  // came back after focus was put on its heading): the keyboard then goes to the screen's
  // heading, never to the page itself. Measured before React takes the list out of the page.
  useLayoutEffect(() => {
    const root = section.current;
    return () => {
      if (root?.contains(document.activeElement)) queueMicrotask(() => document.getElementById('send-title')?.focus());
    };
  }, []);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const cancelled = batchStatus === 'cancelled' ? 'yes' : 'no';
  const batch = batchStatus === 'cancelled' || batchStatus === 'paused' || batchStatus === 'finished' ? batchStatus : 'other';
  const askingRow = asking ? rows.find((row) => row.seq === asking.seq) : undefined;

  const focusBack = (key: string | null) =>
    requestAnimationFrame(() => {
      const button = key ? buttons.current.get(key) : undefined;
      if (button?.isConnected && !button.disabled) button.focus();
      else if (heading.current?.isConnected) heading.current.focus();
      else document.getElementById('send-title')?.focus();
    });
  const back = (key: string | null) => {
    setAsking(null);
    focusBack(key);
  };
  const keep = (key: string) => (button: HTMLButtonElement | null) => {
    if (button) buttons.current.set(key, button);
    else buttons.current.delete(key);
  };

  return (
    <section ref={section} className="banner warning review-rows" aria-labelledby="review-title" data-testid="needs-review">
      <h2 id="review-title" ref={heading} tabIndex={-1}>
        {tr.t('app.send.review.title', { count: tr.number(waiting) })}
      </h2>
      <p>{tr.t(words.text, { count: waiting, provider: providerName })}</p>
      <div className="table-wrap sent-wrap">
        <table className="sent" data-testid="review-rows">
          <caption className="visually-hidden">{tr.t('app.send.review.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{tr.t('app.grid.row')}</th>
              <th scope="col">{tr.t(words.who)}</th>
              <th scope="col" className="num">{tr.t('field.amount')}</th>
              <th scope="col">{tr.t(words.id)}</th>
              <th scope="col" className="num">{tr.t('app.send.review.sent')}</th>
              <th scope="col">{tr.t('app.send.rows.details')}</th>
              <th scope="col">{tr.t('app.send.review.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((row) => {
              const about = `review-row-${row.seq}`;
              const values = { row: row.row, name: row.name ?? '—', transaction: row.transactionId ?? '—', amount: tr.money(row.amount, currency), orderId: row.orderId, provider: providerName, batch };
              const lines = [
                <tr key={row.seq} id={about} data-seq={row.seq} data-row={row.row} data-order={row.orderId} data-attempts={row.attempts} className="status-needs_review">
                  <td className="num">{row.row}</td>
                  {refund ? <td className="mono" data-field="transactionId">{row.transactionId ?? '—'}</td> : <td>{row.name ?? '—'}</td>}
                  <td className="num">{tr.money(row.amount, currency)}</td>
                  <td className="mono">{row.orderId}</td>
                  <td className="num">{tr.t('app.send.review.times', { count: row.attempts })}</td>
                  <td className="details">{sendReasonText(tr, row)?.text ?? ''}</td>
                  <td>
                    <div className="actions">
                      <button type="button" ref={keep(`${row.seq}:paid`)} data-testid="resolve-paid" aria-describedby={about} disabled={busy} onClick={() => setAsking({ seq: row.seq, paid: true })}>
                        {tr.t(words.paid)}
                      </button>
                      <button type="button" ref={keep(`${row.seq}:not-paid`)} data-testid="resolve-not-paid" aria-describedby={about} disabled={busy} onClick={() => setAsking({ seq: row.seq, paid: false })}>
                        {tr.t(words.notPaid, { cancelled })}
                      </button>
                    </div>
                  </td>
                </tr>,
              ];
              if (asking && askingRow === row) {
                const from = `${row.seq}:${asking.paid ? 'paid' : 'not-paid'}`;
                lines.push(
                  <tr key={`${row.seq}-confirm`}>
                    {/* "details": a cell whose words wrap, where the rest of the row stays on one line. */}
                    <td colSpan={7} className="details">
                      <ConfirmPanel
                        testId={asking.paid ? 'confirm-paid' : 'confirm-not-paid'}
                        danger={!asking.paid && batch !== 'cancelled'}
                        title={asking.paid ? tr.t(words.confirmPaidTitle, values) : tr.t(words.confirmNotPaidTitle, values)}
                        yes={asking.paid ? tr.t(words.confirmPaidYes) : tr.t(words.confirmNotPaidYes, values)}
                        no={tr.t('app.send.review.back')}
                        onYes={() => {
                          setAsking(null);
                          // Once answered the row leaves this list: the keyboard goes to its heading.
                          void onResolve(row.seq, asking.paid).then(() => focusBack(null));
                        }}
                        onNo={() => back(from)}
                      >
                        <p>{asking.paid ? tr.t(words.confirmPaidText, values) : tr.t(words.confirmNotPaidText, values)}</p>
                      </ConfirmPanel>
                    </td>
                  </tr>,
                );
              }
              return lines;
            })}
          </tbody>
        </table>
      </div>
      {waiting > rows.length && rows.length > 0 && <p className="hint">{tr.t('app.send.review.more', { shown: tr.number(rows.length), count: tr.number(waiting) })}</p>}
    </section>
  );
}
