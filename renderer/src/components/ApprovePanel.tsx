import { useState } from 'react';
import { formatMinor, formatMinorNumber } from '../../../shared/import/format-amount';
import type { ReviewSummary } from '../../../shared/review/review-summary';

type Props = {
  readonly summary: ReviewSummary;
  readonly busy: boolean;
  readonly onApprove: (typedTotal: string) => void;
};

/** Approval asks for the batch total to be typed: a last look at what is about to be paid. */
export function ApprovePanel({ summary, busy, onApprove }: Props) {
  const [typed, setTyped] = useState('');
  const total = formatMinor(summary.total, summary.currency);
  return (
    <section className="approve" aria-labelledby="approve-title">
      <h2 id="approve-title">Approve</h2>
      {summary.blocker ? (
        <p data-testid="approve-blocker">{summary.blocker}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onApprove(typed);
          }}
        >
          <label>
            To approve {summary.included.toLocaleString('en-US')} payments totalling <strong>{total}</strong>, type the total:
            <input data-testid="typed-total" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder={formatMinorNumber(summary.total, summary.currency)} autoComplete="off" />
          </label>
          <button type="submit" disabled={busy || typed.trim() === ''}>
            Approve batch
          </button>
        </form>
      )}
    </section>
  );
}
