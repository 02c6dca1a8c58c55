import { useMemo, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { MethodOutput } from '../../../shared/api';
import { formatMinor } from '../../../shared/import/format-amount';
import { providerIds } from '../../../shared/providers/provider-ids';
import { providerRules } from '../../../shared/providers/provider-rules';
import { fixLabel } from '../../../shared/providers/safe-fixes';
import { ApprovePanel } from '../components/ApprovePanel';
import { fieldLabels } from '../components/MapStep';
import { ReviewGrid } from '../components/ReviewGrid';
import { RowPanel } from '../components/RowPanel';
import type { ImportedBatch } from '../review/imported-batch';
import { useReview } from '../review/use-review';

type Filter = 'all' | 'problems' | 'excluded';

export function ReviewScreen({ batch, bridge }: { readonly batch: ImportedBatch | null; readonly bridge: PaybatchBridge | null }) {
  if (!batch) {
    return (
      <section aria-labelledby="review-title">
        <h1 id="review-title">Review</h1>
        <p>Import a payroll sheet first; its rows are checked here against the provider you choose.</p>
      </section>
    );
  }
  return <Review batch={batch} bridge={bridge} />;
}

function Review({ batch, bridge }: { readonly batch: ImportedBatch; readonly bridge: PaybatchBridge | null }) {
  const review = useReview(batch, bridge);
  const { rules, checked, summary, actions, offers } = review;
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<number | null>(null);
  const [approved, setApproved] = useState<MethodOutput<'batch.approve'> | null>(null);
  const [approveError, setApproveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // null: every row, in order (no list of 100,000 indexes to build).
  const visible = useMemo(() => {
    if (!checked || filter === 'all') return null;
    const wanted = filter === 'excluded' ? (state: string) => state === 'excluded' : (state: string) => state === 'error' || state === 'warning';
    const shown: number[] = [];
    checked.forEach((row, i) => {
      if (wanted(row.state)) shown.push(i);
    });
    return shown;
    // `version` marks a change made in place to the checked rows.
  }, [checked, review.version, filter]);

  const approve = async (typedTotal: string) => {
    if (!bridge || !checked || !review.provider) return;
    setBusy(true);
    setApproveError(null);
    const result = await bridge['batch.approve']({
      provider: review.provider,
      fileName: batch.summary.file,
      fileHash: batch.summary.contentHash,
      currency: rules?.currency ?? batch.summary.currency,
      typedTotal,
      rows: checked.map((r) => ({ row: r.row, payee: r.payee, sources: r.sources, excluded: r.excluded, acknowledged: [...r.acknowledged] })),
    });
    setBusy(false);
    if (result.ok) setApproved(result.value);
    else setApproveError(result.error.message);
  };

  const currencyMismatch = rules && rules.currency !== batch.summary.currency;
  const selectedRow = selected === null ? undefined : checked?.[selected];

  return (
    <section aria-labelledby="review-title" className="review">
      <h1 id="review-title">Review</h1>
      <div className="review-head">
        <label>
          Provider
          <select data-testid="provider-select" value={review.provider ?? ''} disabled={approved !== null} onChange={(e) => review.setProvider(providerIds.find((id) => id === e.target.value) ?? null)}>
            <option value="">Choose the provider…</option>
            {providerIds.map((id) => (
              <option key={id} value={id}>
                {providerRules[id].name} ({providerRules[id].currency})
              </option>
            ))}
          </select>
        </label>
        <span className="hint">
          {batch.summary.file} · {batch.rows.length.toLocaleString('en-US')} payees
        </span>
      </div>
      {batch.previousImports.length > 0 && (
        <div role="alert" className="banner warning" data-testid="reimport-warning">
          This exact file was imported before ({batch.previousImports.map((p) => `${p.fileName} on ${p.importedAt.slice(0, 10)}`).join('; ')}). Make sure these payees have not been paid already.
        </div>
      )}
      <p className="hint" data-testid="history-note">
        Checking each row against payouts sent in the last 30 days is not available yet: it arrives with sending.
      </p>
      {currencyMismatch && (
        <div role="alert" className="banner error">
          This sheet was read as {batch.summary.currency}, but {rules.name} pays in {rules.currency}. Import it again and choose {rules.currency} on the Map step.
        </div>
      )}
      {rules && !checked && <p role="status">Checking rows against {rules.name}’s rules… {review.progress.toLocaleString('en-US')}</p>}
      {rules && checked && summary && (
        <>
          <p className="summary-bar" role="status" data-testid="review-summary">
            {summary.rows.toLocaleString('en-US')} rows · {summary.valid.toLocaleString('en-US')} valid · {summary.errors.toLocaleString('en-US')} with errors · {summary.warnings.toLocaleString('en-US')} with warnings ·{' '}
            {summary.excluded.toLocaleString('en-US')} excluded · total {formatMinor(summary.total, summary.currency)}
          </p>
          <div className="toolbar">
            <label>
              Show
              <select data-testid="filter" value={filter} onChange={(e) => setFilter(e.target.value === 'problems' ? 'problems' : e.target.value === 'excluded' ? 'excluded' : 'all')}>
                <option value="all">All rows</option>
                <option value="problems">Rows with problems</option>
                <option value="excluded">Excluded rows</option>
              </select>
            </label>
            {!approved &&
              offers.fixes.map((f) => (
                <button type="button" key={`${f.field}-${f.kind}`} disabled={review.bulk !== null} onClick={() => actions.fixColumn(f.field, f.kind)}>
                  {fixLabel(f.kind)} in {fieldLabels[f.field]} ({f.count.toLocaleString('en-US')})
                </button>
              ))}
            {!approved &&
              offers.warnings.map(([code, count]) => (
                <button type="button" key={code} disabled={review.bulk !== null} onClick={() => actions.acknowledgeAll(code)}>
                  Acknowledge all “{code.replaceAll('_', ' ')}” warnings ({count.toLocaleString('en-US')})
                </button>
              ))}
            {review.bulk && (
              <span role="status" data-testid="bulk-progress">
                Applying to every row… {review.bulk.done.toLocaleString('en-US')} of {review.bulk.total.toLocaleString('en-US')}
              </span>
            )}
          </div>
          <div className="review-body">
            <ReviewGrid rows={checked} visible={visible} fields={rules.fields} currency={rules.currency} selected={selected} readOnly={approved !== null || review.bulk !== null} onSelect={setSelected} onEdit={actions.edit} />
            {/* Always there, so selecting a row never shifts the grid's columns under the pointer. */}
            {selectedRow && selected !== null ? (
              <RowPanel
                row={selectedRow}
                readOnly={approved !== null}
                onFix={(field, fix) => actions.fix(selected, field, fix)}
                onAcknowledge={(code) => actions.acknowledge(selected, code)}
                onExclude={(excluded) => actions.setExcluded(selected, excluded)}
              />
            ) : (
              <aside className="row-panel hint">Select a row to see its problems and what can be done about them. Double-click a cell to change it.</aside>
            )}
          </div>
          {approved ? (
            <div role="status" className="banner info" data-testid="approved">
              Approved: {approved.rowCount.toLocaleString('en-US')} payments, total {formatMinor(approved.total, summary.currency)}. The batch is frozen (content {approved.contentHash.slice(0, 12)}…); each row has its order id, starting {approved.firstOrderId}.
            </div>
          ) : (
            <>
              {!bridge && <p className="hint">Approval needs the Paybatch engine: open the app from the address it printed.</p>}
              <ApprovePanel summary={summary} busy={busy} onApprove={(typed) => void approve(typed)} />
              {approveError && (
                <div role="alert" className="banner error" data-testid="approve-error">
                  {approveError}
                </div>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
