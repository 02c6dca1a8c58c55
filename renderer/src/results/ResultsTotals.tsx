import type { Currency } from '../../../shared/import/model';
import type { MessageId } from '../../../shared/i18n/messages/index';
import type { Operation } from '../../../shared/providers/operations';
import type { SendState } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { CountsTable } from '../send/CountsTable';
import { totalBuckets, totalsOf, type TotalBucket } from './result-totals';

const bucketWords = {
  paid: 'results.totals.paid',
  failed: 'results.totals.failed',
  pending: 'results.totals.pending',
  cancelled: 'results.totals.cancelled',
} as const satisfies Record<TotalBucket, MessageId>;

// Coloured as the rows of the Send screen's counts are (styles.css tr.status-*).
const bucketClass: Readonly<Record<TotalBucket, string>> = { paid: 'status-succeeded', failed: 'status-failed', pending: 'status-needs_review', cancelled: '' };

type Props = { readonly state: SendState; readonly operation: Operation; readonly currency: Currency };

/** Paid, failed, pending and never sent: rows and money in the batch's one currency, named. */
export function ResultsTotals({ state, operation, currency }: Props) {
  const tr = useT();
  const totals = totalsOf(state);
  return (
    <section aria-labelledby="totals-title" data-testid="results-totals">
      <h2 id="totals-title">{tr.t('results.totals.title', { currency })}</h2>
      <CountsTable amountHeading={tr.t('results.totals.amount', { currency })} rowCount={state.rowCount} total={state.total} currency={currency}>
        {totalBuckets.map((bucket) => (
          <tr key={bucket} data-bucket={bucket} className={bucketClass[bucket]}>
            <th scope="row">{tr.t(bucketWords[bucket], { operation })}</th>
            <td className="num" data-field="rows">{tr.number(totals[bucket].rows)}</td>
            <td className="num" data-field="amount">{tr.money(totals[bucket].amount, currency)}</td>
          </tr>
        ))}
      </CountsTable>
    </section>
  );
}
