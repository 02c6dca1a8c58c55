import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import { parseAmountText } from '../../../shared/import/parse-amount';
import type { Operation } from '../../../shared/providers/operations';
import type { ReviewSummary } from '../../../shared/review/review-summary';
import { useT } from '../i18n/language';

type Approval = NonNullable<MethodOutput<'batch.get'>['approval']>;
export type RepeatOf = Approval['earlier'][number];

type Props = {
  /** A refund batch is approved as refunds: the count, the total and the warnings say so. */
  readonly operation: Operation;
  readonly summary: ReviewSummary;
  readonly facts: Approval | null;
  readonly busy: boolean;
  /** The refusal of the last attempt, shown beside the box until the total changes. */
  readonly refusal: string | null;
  /** The earlier batch with these payments or this file, which approving would pay again. */
  readonly repeatOf: RepeatOf | null;
  readonly onApprove: (typedTotal: string, payAgain: string | undefined) => void;
};

/**
 * Approval: what is about to be paid, summed up, then its total typed into an empty box (no
 * hint of the number: it is checked, not copied). Approve is enabled only when they match.
 */
export function ApprovePanel({ operation, summary, facts, busy, refusal, repeatOf, onApprove }: Props) {
  const tr = useT();
  const refund = operation === 'refund';
  const [typed, setTyped] = useState('');
  const [again, setAgain] = useState(false);
  // A yes given for one earlier batch is not a yes for another the engine names next.
  useEffect(() => setAgain(false), [repeatOf?.batchId]);
  const read = typed.trim() === '' ? null : parseAmountText(typed, summary.currency, summary.currency === 'THB' ? 'dot-decimal' : 'auto');
  const matches = read?.ok === true && read.minor === summary.total;
  const wrong = read !== null && !matches;
  const note = wrong ? tr.t('app.approve.wrongTotal') : matches && repeatOf && !again ? tr.t(refund ? 'refund.approve.confirmAgain' : 'app.approve.confirmAgain') : (refusal ?? '');
  return (
    <section className="approve" aria-labelledby="approve-title">
      <h2 id="approve-title">{tr.t('app.approve.title')}</h2>
      {summary.blocker ? (
        <p data-testid="approve-blocker">
          {summary.included === 0 ? tr.t('check.blocker_all_excluded') : summary.errors > 0 ? tr.t('check.blocker_errors', { count: summary.errors }) : tr.t('check.blocker_warnings', { count: summary.warnings })}
        </p>
      ) : (
        <>
          <dl className="approve-facts" data-testid="approve-facts">
            <dt>{tr.t(refund ? 'refund.approve.count' : 'app.approve.payments')}</dt>
            <dd>{tr.number(summary.included)}</dd>
            <dt>{tr.t(refund ? 'refund.approve.total' : 'app.approve.total')}</dt>
            <dd>{tr.money(summary.total, summary.currency)}</dd>
            <dt>{tr.t('app.approve.excluded')}</dt>
            <dd>{tr.number(summary.excluded)}</dd>
            {facts && (
              <>
                <dt>{tr.t('app.approve.edited')}</dt>
                <dd>{tr.t('app.approve.rows', { count: facts.edited })}</dd>
                <dt>{tr.t('app.approve.acknowledged')}</dt>
                <dd>{tr.t('app.approve.rows', { count: facts.acknowledged })}</dd>
              </>
            )}
          </dl>
          {/* A refund goes back to whoever paid: there is no bank to sum it by. */}
          {!refund && facts && facts.banks.length > 0 && (
            <table className="approve-banks" aria-label={tr.t('app.approve.banks')}>
              <tbody>
                {facts.banks.slice(0, 8).map((b) => (
                  <tr key={b.bank}>
                    <th scope="row">{b.bank}</th>
                    <td>{tr.number(b.count)}</td>
                    <td>{tr.money(b.total, summary.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {repeatOf && (
            <div role="alert" className="banner warning pay-again" data-testid="pay-again">
              <p>
                {tr.t(refund ? 'refund.approve.before' : 'app.approve.before', {
                  sameContent: repeatOf.sameContent ? 'yes' : 'no',
                  file: repeatOf.fileName,
                  date: repeatOf.approvedAt ? tr.date(repeatOf.approvedAt) : '',
                  count: repeatOf.rowCount,
                  total: tr.money(repeatOf.total, summary.currency),
                })}
              </p>
              <label>
                <input type="checkbox" checked={again} onChange={(e) => setAgain(e.target.checked)} />
                {tr.t(refund ? 'refund.approve.again' : 'app.approve.payAgain')}
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
            <label htmlFor="typed-total">{tr.t(refund ? 'refund.approve.typeTotal' : 'app.approve.typeTotal')}</label>
            <input id="typed-total" data-testid="typed-total" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" inputMode="decimal" aria-invalid={wrong} aria-describedby="typed-total-note" />
            <button type="submit" className="primary" disabled={busy || !matches || (repeatOf !== null && !again)}>
              {tr.t('app.approve.button')}
            </button>
            <span id="typed-total-note" role="status" className={note && note !== refusal ? 'note error' : refusal ? 'note error' : 'note'} data-testid="approve-error">
              {note}
            </span>
          </form>
        </>
      )}
    </section>
  );
}
