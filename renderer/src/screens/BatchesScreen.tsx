import { useEffect, useState } from 'react';
import type { BatchInfo, BatchStatus } from '../../../shared/batches/batch-contract';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { SampleOffer } from '../samples/SampleOffer';
import type { PaybatchBridge } from '../../../shared/bridge';
import { errorText } from '../../../shared/i18n/issue-text';
import type { ApiError } from '../../../shared/result';
import { useT } from '../i18n/language';
import { providerRules } from '../../../shared/providers/provider-rules';

type Props = {
  readonly bridge: PaybatchBridge | null;
  /** A draft opens in Review; an approved, sending or ended batch on the Send screen. */
  readonly onOpen: (batchId: string, status: BatchStatus) => void;
  readonly onImport: () => void;
  /** "Try a sample payroll in Practice", offered while there is no batch. */
  readonly onSample: (provider: ProviderId) => void;
};

/** Every batch Paybatch holds, newest first: continue a draft, look at an approved batch. */
export function BatchesScreen({ bridge, onOpen, onImport, onSample }: Props) {
  const tr = useT();
  const [batches, setBatches] = useState<readonly BatchInfo[] | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!bridge) return;
    void bridge['batch.list']({}).then((got) => (got.ok ? setBatches(got.value) : setProblem(got.error)));
  }, [bridge]);
  const statusOf = (b: BatchInfo): string => {
    const status = tr.t(`batchStatus.${b.status}`);
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
                <td>{providerRules[b.provider].name}</td>
                <td>{b.environment ?? '—'}</td>
                <td className="num">{tr.number(b.rowCount)}</td>
                <td className="num">{tr.money(b.total, b.currency)}</td>
                <td>{statusOf(b)}</td>
                <td>{tr.date(b.createdAt, { time: true })}</td>
                <td>{b.approvedAt ? tr.date(b.approvedAt, { time: true }) : '—'}</td>
                <td>
                  <button type="button" onClick={() => onOpen(b.batchId, b.status)} aria-label={tr.t('app.batches.openLabel', { file: b.fileName, status: tr.t(`batchStatus.${b.status}`) })}>
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
