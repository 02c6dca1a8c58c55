import { useEffect, useState } from 'react';
import type { BatchInfo } from '../../../shared/batches/batch-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import { useT } from '../i18n/language';

/** Batches that have results to show: sent, or being sent. Drafts and approved batches have none yet. */
const withResults: ReadonlySet<BatchInfo['status']> = new Set(['sending', 'paused', 'finished', 'cancelled']);

type Props = {
  readonly bridge: PaybatchBridge;
  readonly batchId: string | null;
  /** The open batch's status: the list is read again when it moves on, so its option says it. */
  readonly status?: BatchInfo['status'];
  readonly onChoose: (batchId: string) => void;
};

/** Which batch's results to show: the one open, or another sent batch chosen here, newest first. */
export function BatchChoice({ bridge, batchId, status, onChoose }: Props) {
  const tr = useT();
  const [batches, setBatches] = useState<readonly BatchInfo[] | null>(null);
  useEffect(() => {
    let alive = true;
    void bridge['batch.list']({}).then((got) => {
      if (alive && got.ok) setBatches(got.value.filter((b) => withResults.has(b.status) || b.batchId === batchId));
    });
    return () => {
      alive = false;
    };
  }, [bridge, batchId, status]);
  if (!batches) return null;
  if (batches.length === 0) return <p data-testid="results-none-sent">{tr.t('results.noneSent')}</p>;
  return (
    <label className="batch-choice">
      {tr.t('results.choose')}
      <select data-testid="results-batch" value={batchId ?? ''} onChange={(e) => e.target.value && onChoose(e.target.value)}>
        {batchId === null && <option value="">{tr.t('results.choose.prompt')}</option>}
        {batches.map((b) => (
          <option key={b.batchId} value={b.batchId}>
            {tr.t('results.choose.option', { file: b.fileName, date: tr.date(b.approvedAt ?? b.createdAt, { time: true }), status: tr.t(`batchStatus.${b.status}`) })}
          </option>
        ))}
      </select>
    </label>
  );
}
