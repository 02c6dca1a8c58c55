import { useEffect, useState } from 'react';
import type { BatchInfo } from '../../../shared/batches/batch-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import { formatMinor } from '../../../shared/import/format-amount';
import { providerRules } from '../../../shared/providers/provider-rules';

type Props = {
  readonly bridge: PaybatchBridge | null;
  readonly onOpen: (batchId: string) => void;
  readonly onImport: () => void;
};

const statusLabel: Record<BatchInfo['status'], string> = {
  draft: 'Draft — in review',
  approved: 'Approved',
  sending: 'Sending',
  paused: 'Paused',
  finished: 'Finished',
  cancelled: 'Cancelled',
  discarded: 'Discarded',
};

/** Every batch Paybatch holds, newest first: continue a draft, look at an approved batch. */
export function BatchesScreen({ bridge, onOpen, onImport }: Props) {
  const [batches, setBatches] = useState<readonly BatchInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!bridge) return;
    void bridge['batch.list']({}).then((got) => (got.ok ? setBatches(got.value) : setProblem(got.error.message)));
  }, [bridge]);
  return (
    <section aria-labelledby="batches-title">
      <div className="review-head">
        <h1 id="batches-title">Batches</h1>
        <button type="button" className="primary" onClick={onImport}>
          Import a payroll sheet…
        </button>
      </div>
      {problem && <div role="alert" className="banner error">{problem}</div>}
      {batches?.length === 0 && <p>No batches yet. Import a payroll sheet to start one.</p>}
      {batches && batches.length > 0 && (
        <table className="batches" data-testid="batches">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Provider</th>
              <th scope="col">Environment</th>
              <th scope="col" className="num">Rows</th>
              <th scope="col" className="num">Total</th>
              <th scope="col">Status</th>
              <th scope="col">Imported</th>
              <th scope="col">Approved</th>
              <th scope="col"><span className="visually-hidden">Open</span></th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.batchId} data-batch={b.batchId}>
                <td>{b.fileName}</td>
                <td>{providerRules[b.provider].name}</td>
                <td>{b.environment ?? '—'}</td>
                <td className="num">{b.rowCount.toLocaleString('en-US')}</td>
                <td className="num">{formatMinor(b.total, b.currency)}</td>
                <td>{statusLabel[b.status]}</td>
                <td>{b.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{b.approvedAt ? b.approvedAt.slice(0, 16).replace('T', ' ') : '—'}</td>
                <td>
                  <button type="button" onClick={() => onOpen(b.batchId)} aria-label={`Open ${b.fileName}, ${statusLabel[b.status]}`}>
                    {b.status === 'draft' ? 'Continue review' : 'Open'}
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
