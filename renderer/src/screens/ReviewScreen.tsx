import { useEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import type { RowFilter } from '../../../shared/batches/batch-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import { formatMinor } from '../../../shared/import/format-amount';
import type { PayeeField } from '../../../shared/import/model';
import { providerRules } from '../../../shared/providers/provider-rules';
import { ApprovePanel, type RepeatOf } from '../components/ApprovePanel';
import { BulkActions } from '../components/BulkActions';
import { ReviewGrid } from '../components/ReviewGrid';
import { RowPanel } from '../components/RowPanel';
import { useDraft } from '../batches/use-draft';
import { downloadBase64 } from '../batches/download';

type Props = {
  readonly bridge: PaybatchBridge | null;
  readonly batchId: string | null;
  readonly onDiscarded: () => void;
};

export function ReviewScreen({ bridge, batchId, onDiscarded }: Props) {
  if (!bridge || !batchId) {
    return (
      <section aria-labelledby="review-title">
        <h1 id="review-title">Review</h1>
        <p>{bridge ? 'Import a payroll sheet, or open a draft from the Batches screen; its rows are checked here.' : 'Review needs the Paybatch engine: open the app from the address it printed.'}</p>
      </section>
    );
  }
  return <Review key={batchId} bridge={bridge} batchId={batchId} onDiscarded={onDiscarded} />;
}

const filters: ReadonlyArray<[Exclude<RowFilter, object>, string]> = [
  ['all', 'All rows'],
  ['problems', 'Rows with problems'],
  ['errors', 'Rows with errors'],
  ['warnings', 'Rows with warnings'],
  ['excluded', 'Excluded rows'],
  ['edited', 'Rows changed here'],
];

type Approved = MethodOutput<'batch.approve'>;

/** Who, where and how much, then the rest: an accountant reads a payment from left to right. */
const columnOrder: readonly PayeeField[] = ['name', 'accountNo', 'bank', 'amount', 'phone', 'email', 'partnerUserId', 'accountType', 'description', 'reference'];

function Review({ bridge, batchId, onDiscarded }: { readonly bridge: PaybatchBridge; readonly batchId: string; readonly onDiscarded: () => void }) {
  const [filter, setFilter] = useState<Exclude<RowFilter, object>>('all');
  const draft = useDraft(bridge, batchId, filter);
  const { head } = draft;
  const [selected, setSelected] = useState<number | null>(null);
  const [selectedRow, setSelectedRow] = useState<MethodOutput<'batch.get'>['rows'][number] | null>(null);
  const [facts, setFacts] = useState<MethodOutput<'batch.get'>['approval']>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [repeatOf, setRepeatOf] = useState<RepeatOf | null>(null);
  const [approved, setApproved] = useState<Approved | null>(null);
  const [approving, setApproving] = useState(false);
  const [preparing, setPreparing] = useState(false);

  const batch = head?.batch;
  const rules = batch ? providerRules[batch.provider] : null;
  const readOnly = batch?.status !== 'draft' || draft.busy !== null;
  const blocker = head?.tally?.blocker;

  // The selected row, read again after every change so its panel never shows an old state.
  useEffect(() => {
    if (selected === null) {
      setSelectedRow(null);
      return;
    }
    void bridge['batch.get']({ batchId, filter: 'all', offset: selected, limit: 1 }).then((got) => setSelectedRow(got.ok ? (got.value.rows[0] ?? null) : null));
  }, [bridge, batchId, selected, draft.version]);

  // What the Approve step shows, once nothing blocks approval.
  useEffect(() => {
    if (!head?.tally || head.tally.blocker || head.batch.status !== 'draft') return;
    void bridge['batch.get']({ batchId, approval: true }).then((got) => {
      if (!got.ok) return;
      setFacts(got.value.approval);
      setRepeatOf(got.value.approval?.earlier.at(-1) ?? null);
    });
  }, [bridge, batchId, head?.tally, head?.batch.status]);

  // Columns: the provider's fields this sheet has (an unmapped column would only ever be empty),
  // who and how much first: the ones the grid keeps in view are on the left.
  const fields = useMemo(() => {
    if (!rules || !head) return [];
    const order: readonly PayeeField[] = rules.usesBank ? columnOrder : ['name', 'phone', ...columnOrder.filter((f) => f !== 'name' && f !== 'phone')];
    return order.filter((f) => rules.fields.includes(f) && head.mapping[f] !== undefined);
  }, [rules, head]);

  if (!head || !batch || !rules) {
    return (
      <section aria-labelledby="review-title">
        <h1 id="review-title">Review</h1>
        {draft.problem ? <div role="alert" className="banner error">{draft.problem}</div> : <p role="status">Opening the batch…</p>}
      </section>
    );
  }

  const approve = async (typedTotal: string, payAgain: string | undefined) => {
    setApproving(true);
    const result = await bridge['batch.approve']({ batchId, typedTotal, ...(payAgain ? { payAgain } : {}) });
    setApproving(false);
    if (result.ok) {
      setApproved(result.value);
      setRefusal(null);
      draft.refresh();
      return;
    }
    setRefusal(result.error.message);
    // What refused it (paid before, a total changed meanwhile) shows in the facts read again.
    draft.refresh();
  };

  const downloadProblems = async () => {
    setPreparing(true);
    const file = await bridge['batch.problems']({ batchId });
    if (file.ok) await downloadBase64(file.value.base64, file.value.fileName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    setPreparing(false);
  };

  const discard = async () => {
    if (!window.confirm(`Discard this draft of ${batch.fileName}? Its rows and your changes are removed; the file itself is not touched.`)) return;
    const result = await bridge['batch.discard']({ batchId });
    if (result.ok) onDiscarded();
  };

  const tally = head.tally;
  return (
    <section aria-labelledby="review-title" className="review">
      <div className="review-head">
        <h1 id="review-title">Review</h1>
        <span className="hint" data-testid="batch-facts">
          {batch.fileName} · {rules.name} ({rules.currency}) · {batch.rowCount.toLocaleString('en-US')} rows · {batch.status === 'draft' ? 'draft, saved as you go' : batch.status}
        </span>
        {batch.status === 'draft' && (
          <button type="button" className="link" onClick={() => void discard()}>
            Discard draft
          </button>
        )}
      </div>
      {draft.problem && (
        <div role="alert" className="banner error" data-testid="review-problem">
          {draft.problem}
        </div>
      )}
      {head.checking && (
        <p role="status">
          Checking rows against {rules.name}’s rules… {head.checking.done.toLocaleString('en-US')} of {head.checking.total.toLocaleString('en-US')}
        </p>
      )}
      {tally && (
        <>
          <p className="summary-bar" role="status" data-testid="review-summary">
            {tally.rows.toLocaleString('en-US')} rows · {tally.valid.toLocaleString('en-US')} valid · {tally.errors.toLocaleString('en-US')} with errors · {tally.warnings.toLocaleString('en-US')} with warnings · {tally.excluded.toLocaleString('en-US')} excluded · total{' '}
            {formatMinor(tally.total, tally.currency)}
          </p>
          <div className="toolbar">
            <label>
              Show
              <select data-testid="filter" value={filter} onChange={(e) => setFilter(filters.find(([value]) => value === e.target.value)?.[0] ?? 'all')}>
                {filters.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            {tally.errors + tally.warnings > 0 && (
              <button type="button" onClick={() => void downloadProblems()} data-testid="download-problems" disabled={preparing} aria-busy={preparing}>
                {preparing ? 'Preparing the workbook…' : 'Download problems (.xlsx)'}
              </button>
            )}
            {draft.busy && (
              <span role="status" data-testid="bulk-progress">
                {draft.busy}…
              </span>
            )}
          </div>
          {batch.status === 'draft' && <BulkActions head={head} busy={draft.busy !== null} preview={draft.preview} apply={draft.edit} />}
          <div className={`review-body${selectedRow ? ' with-panel' : ''}`}>
            <ReviewGrid
              count={head.matched}
              rowAt={draft.rowAt}
              want={draft.want}
              version={`${filter}|${draft.version}`}
              fields={fields}
              columnChars={head.columnChars}
              currency={rules.currency}
              selected={selected}
              readOnly={readOnly}
              onSelect={setSelected}
              onEdit={(index, field, text) => void draft.edit({ kind: 'set', index, field, text }, 'Saving your change')}
            />
            {selectedRow && selected !== null && (
              <RowPanel
                row={selectedRow}
                currency={rules.currency}
                readOnly={readOnly}
                onFix={(field, fix) => void draft.edit({ kind: 'fix', index: selected, field, fix }, 'Fixing')}
                onAcknowledge={(code) => void draft.edit({ kind: 'acknowledge', index: selected, code }, 'Acknowledging')}
                onExclude={(excluded) => void draft.edit({ kind: 'exclude', index: selected, excluded }, excluded ? 'Excluding' : 'Including')}
                onClose={() => setSelected(null)}
              />
            )}
          </div>
          {approved || batch.status !== 'draft' ? (
            <div role="status" className="banner info" data-testid="approved">
              {approved
                ? `Approved: ${approved.rowCount.toLocaleString('en-US')} payments, total ${formatMinor(approved.total, rules.currency)}. Each row has its order id, starting ${approved.firstOrderId}. The batch can no longer be changed.`
                : `This batch is ${batch.status}${batch.approvedAt ? ` since ${batch.approvedAt.slice(0, 10)}` : ''}: it can no longer be changed.`}
            </div>
          ) : (
            <ApprovePanel summary={tally} facts={blocker ? null : facts} busy={approving} refusal={refusal} repeatOf={repeatOf} onApprove={(typed, again) => void approve(typed, again)} />
          )}
        </>
      )}
    </section>
  );
}
