import { useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import { formatMinor } from '../../../shared/import/format-amount';
import { parseAmountText } from '../../../shared/import/parse-amount';
import type { ReviewSummary } from '../../../shared/review/review-summary';

type Approval = NonNullable<MethodOutput<'batch.get'>['approval']>;
export type RepeatOf = Approval['earlier'][number];

type Props = {
  readonly summary: ReviewSummary;
  readonly facts: Approval | null;
  readonly busy: boolean;
  /** The refusal of the last attempt, shown beside the box until the total changes. */
  readonly refusal: string | null;
  /** The earlier batch with this file or these payees, which approving would pay again. */
  readonly repeatOf: RepeatOf | null;
  readonly onApprove: (typedTotal: string, payAgain: string | undefined) => void;
};

/**
 * Approval: what is about to be paid, summed up, then its total typed into an empty box (no
 * hint of the number: it is checked, not copied). Approve is enabled only when they match.
 */
export function ApprovePanel({ summary, facts, busy, refusal, repeatOf, onApprove }: Props) {
  const [typed, setTyped] = useState('');
  const [again, setAgain] = useState(false);
  const read = typed.trim() === '' ? null : parseAmountText(typed, summary.currency, summary.currency === 'THB' ? 'dot-decimal' : 'auto');
  const matches = read?.ok === true && read.minor === summary.total;
  const wrong = read !== null && !matches;
  return (
    <section className="approve" aria-labelledby="approve-title">
      <h2 id="approve-title">Approve</h2>
      {summary.blocker ? (
        <p data-testid="approve-blocker">{summary.blocker}</p>
      ) : (
        <>
          <dl className="approve-facts" data-testid="approve-facts">
            <dt>Payments</dt>
            <dd>{summary.included.toLocaleString('en-US')}</dd>
            <dt>Total</dt>
            <dd>{formatMinor(summary.total, summary.currency)}</dd>
            <dt>Excluded</dt>
            <dd>{summary.excluded.toLocaleString('en-US')}</dd>
            {facts && (
              <>
                <dt>Changed in Paybatch</dt>
                <dd>{facts.edited.toLocaleString('en-US')} rows</dd>
                <dt>Warnings acknowledged</dt>
                <dd>{facts.acknowledged.toLocaleString('en-US')} rows</dd>
              </>
            )}
          </dl>
          {facts && facts.banks.length > 0 && (
            <table className="approve-banks" aria-label="Payments per bank">
              <tbody>
                {facts.banks.slice(0, 8).map((b) => (
                  <tr key={b.bank}>
                    <th scope="row">{b.bank}</th>
                    <td>{b.count.toLocaleString('en-US')}</td>
                    <td>{formatMinor(b.total, summary.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {repeatOf && (
            <div role="alert" className="banner warning pay-again" data-testid="pay-again">
              <p>
                {repeatOf.sameContent ? 'These payees and amounts were' : 'This file was'} approved before: {repeatOf.fileName}, approved {repeatOf.approvedAt?.slice(0, 10)}, {repeatOf.rowCount.toLocaleString('en-US')} payments totalling {formatMinor(repeatOf.total, summary.currency)}. Approving pays these people again.
              </p>
              <label>
                <input type="checkbox" checked={again} onChange={(e) => setAgain(e.target.checked)} />
                Yes, pay these people again
              </label>
            </div>
          )}
          <form
            className="approve-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (matches) onApprove(typed, again && repeatOf ? repeatOf.batchId : undefined);
            }}
          >
            <label htmlFor="typed-total">Type the total to approve</label>
            <input id="typed-total" data-testid="typed-total" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" inputMode="decimal" aria-invalid={wrong} aria-describedby="typed-total-note" />
            <button type="submit" className="primary" disabled={busy || !matches || (repeatOf !== null && !again)}>
              Approve batch
            </button>
            <span id="typed-total-note" role="status" className={wrong || (refusal && !matches) ? 'note error' : 'note'} data-testid="approve-error">
              {wrong ? 'This is not the total of the batch. Check the summary above.' : matches && repeatOf && !again ? 'Confirm above that these people are to be paid again.' : (refusal ?? '')}
            </span>
          </form>
        </>
      )}
    </section>
  );
}
