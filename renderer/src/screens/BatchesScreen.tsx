import { useEffect, useState } from 'react';
import type { BatchInfo, BatchStatus } from '../../../shared/batches/batch-contract';
import type { SampleId } from '../samples/sample-payrolls';
import { SampleOffer } from '../samples/SampleOffer';
import type { PaybatchBridge } from '../../../shared/bridge';
import { errorText } from '../../../shared/i18n/issue-text';
import type { ApiError } from '../../../shared/result';
import { useT } from '../i18n/language';
import { providerDoing } from '../i18n/operation-words';

type Props = {
  readonly bridge: PaybatchBridge | null;
  /**
   * A draft opens in Review; an approved or sending batch on the Send screen; an ended one on
   * Results, or on Send while rows of it still wait for the accountant's answer (`waitingReview`).
   */
  readonly onOpen: (batchId: string, status: BatchStatus, waitingReview: boolean) => void;
  readonly onImport: () => void;
  /** "Try a sample payroll in Practice", offered while there is no batch. */
  readonly onSample: (sample: SampleId) => void;
};

/** Every batch Paybatch holds, newest first: continue a draft, send an approved batch, read an ended one's results. */
export function BatchesScreen({ bridge, onOpen, onImport, onSample }: Props) {
  const tr = useT();
  const [batches, setBatches] = useState<readonly BatchInfo[] | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  // Rows still needing review in each ended batch: such a batch is not simply "finished". The
  // list has no counts, so each one shown is asked (send.status, no rows).
  const [review, setReview] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    if (!bridge) return;
    let alive = true;
    void bridge['batch.list']({}).then(async (got) => {
      if (!alive) return;
      if (!got.ok) {
        setProblem(got.error);
        return;
      }
      setBatches(got.value);
      const ended = got.value.filter((b) => b.status === 'finished' || b.status === 'cancelled');
      const answers = await Promise.all(ended.map(async (b) => [b.batchId, await bridge['send.status']({ batchId: b.batchId, limit: 0 })] as const));
      if (!alive) return;
      setReview(new Map(answers.flatMap(([id, status]) => (status.ok && (status.value.counts.needs_review ?? 0) > 0 ? [[id, status.value.counts.needs_review ?? 0] as const] : []))));
    });
    return () => {
      alive = false;
    };
  }, [bridge]);
  /** The batch's status, with the rows still needing review beside it. */
  const reviewedStatusOf = (b: BatchInfo): string => {
    const waiting = review.get(b.batchId) ?? 0;
    return waiting > 0 ? tr.t('app.send.batches.review', { status: tr.t(`batchStatus.${b.status}`), count: waiting }) : tr.t(`batchStatus.${b.status}`);
  };
  const statusOf = (b: BatchInfo): string => {
    const status = reviewedStatusOf(b);
    const repeated = b.repeatOf ? batches?.find((other) => other.batchId === b.repeatOf) : undefined;
    return repeated ? `${status} (${tr.t('app.batches.repeat', { file: repeated.fileName })})` : status;
  };
  return (
    <section aria-labelledby="batches-title">
      <div className="review-head">
        <h1 id="batches-title">{tr.t('app.batches.title')}</h1>
        <button type="button" className="primary" onClick={onImport}>
          {tr.t('app.batches.import')}
        </button>
      </div>
      {problem && <div role="alert" className="banner error">{errorText(tr, problem)}</div>}
      {batches?.length === 0 && (
        <>
          <p>{tr.t('app.batches.none')}</p>
          <SampleOffer onTry={onSample} />
        </>
      )}
      {batches && batches.length > 0 && (
        <table className="batches" data-testid="batches">
          <thead>
            <tr>
              <th scope="col">{tr.t('app.batches.file')}</th>
              <th scope="col">{tr.t('app.batches.provider')}</th>
              <th scope="col">{tr.t('app.batches.environment')}</th>
              <th scope="col" className="num">{tr.t('app.batches.rows')}</th>
              <th scope="col" className="num">{tr.t('app.batches.total')}</th>
              <th scope="col">{tr.t('app.batches.status')}</th>
              <th scope="col">{tr.t('app.batches.imported')}</th>
              <th scope="col">{tr.t('app.batches.approved')}</th>
              <th scope="col"><span className="visually-hidden">{tr.t('app.batches.openColumn')}</span></th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.batchId} data-batch={b.batchId}>
                <td>{b.fileName}</td>
                <td>{providerDoing(tr, b.provider, b.operation)}</td>
                <td>{b.environment === 'practice' || b.environment === 'sandbox' || b.environment === 'production' ? tr.t(`app.send.env.${b.environment}`) : '—'}</td>
                <td className="num">{tr.number(b.rowCount)}</td>
                <td className="num">{tr.money(b.total, b.currency)}</td>
                <td data-testid="batch-status">{statusOf(b)}</td>
                <td>{tr.date(b.createdAt, { time: true })}</td>
                <td>{b.approvedAt ? tr.date(b.approvedAt, { time: true }) : '—'}</td>
                <td>
                  <button type="button" onClick={() => onOpen(b.batchId, b.status, (review.get(b.batchId) ?? 0) > 0)} aria-label={tr.t('app.batches.openLabel', { file: b.fileName, status: reviewedStatusOf(b) })}>
                    {b.status === 'draft' ? tr.t('app.batches.continue') : tr.t('app.batches.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
