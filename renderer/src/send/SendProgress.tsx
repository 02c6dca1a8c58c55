import type { RowStatus } from '../../../shared/events';
import type { SendState } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import { CountsTable } from './CountsTable';
import { durationText, finalStatuses, rowStatusText, statusOrder } from './send-words';

/** Always listed, even at nought: where the rows start and where they should end. */
const alwaysShown: readonly RowStatus[] = ['ready', 'succeeded'];

/**
 * How far the batch has come: rows that reached an end out of all of them, the pace and the
 * time left while it is sent, then how many rows and how much money stand in each status.
 * A row that needs review has not reached an end (the progress event's `done` counts it, so
 * the figure is made from the counts): it waits for the accountant, and is said apart.
 */
export function SendProgress({ state }: { readonly state: SendState }) {
  const tr = useT();
  const count = (status: RowStatus): number => state.counts[status] ?? 0;
  const ended = finalStatuses.reduce((sum, status) => sum + count(status), 0);
  const review = count('needs_review');
  const shown = statusOrder.filter((status) => count(status) > 0 || alwaysShown.includes(status));
  const pace: string[] = [];
  if (state.running && state.rowsPerSecond !== null) pace.push(tr.t('app.send.pace.rate', { rate: tr.number(Math.round(state.rowsPerSecond * 10) / 10) }));
  if (state.running && state.secondsLeft !== null) pace.push(tr.t('app.send.pace.left', { time: durationText(tr, state.secondsLeft) }));
  if (state.startedAt) pace.push(tr.t('app.send.pace.started', { when: tr.date(state.startedAt, { time: true }) }));
  if (state.finishedAt) pace.push(tr.t('app.send.pace.finished', { when: tr.date(state.finishedAt, { time: true }) }));

  return (
    <section className="send-progress" aria-labelledby="progress-title" data-testid="send-progress">
      <h2 id="progress-title">{tr.t('app.send.progress.title')}</h2>
      <div className="progress">
        <progress max={Math.max(state.rowCount, 1)} value={ended} aria-labelledby="progress-text" />
        <span id="progress-text" data-testid="progress-text">
          {tr.t('app.send.progress.ended', { ended: tr.number(ended), total: tr.number(state.rowCount) })}
        </span>
        {review > 0 && (
          <strong className="review-count" data-testid="progress-review">
            {tr.t('app.send.progress.review', { count: review })}
          </strong>
        )}
      </div>
      {pace.length > 0 && (
        <p className="pace" data-testid="send-pace">
          {pace.join(' · ')}
        </p>
      )}
      <CountsTable amountHeading={tr.t('app.send.progress.amount')} caption={tr.t('app.send.progress.caption')} testId="status-counts" rowCount={state.rowCount} total={state.total} currency={state.currency}>
        {shown.map((status) => (
          <tr key={status} data-status={status} className={`status-${status}`}>
            <th scope="row">{rowStatusText(tr, status)}</th>
            <td className="num">{tr.number(count(status))}</td>
            <td className="num">{tr.money(state.amounts[status] ?? 0, state.currency)}</td>
          </tr>
        ))}
      </CountsTable>
    </section>
  );
}
