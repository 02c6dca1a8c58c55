import { useEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import type { RowFilter } from '../../../shared/batches/batch-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { PayeeField } from '../../../shared/import/model';
import type { ApiError } from '../../../shared/result';
import { rulesFor } from '../../../shared/providers/provider-rules';
import { ApprovePanel, type RepeatOf } from '../components/ApprovePanel';
import { BulkActions } from '../components/BulkActions';
import { BusyNote } from '../components/BusyNote';
import { ReviewGrid } from '../components/ReviewGrid';
import { SelectedRowPanel } from '../components/SelectedRowPanel';
import { SummaryBar } from '../components/SummaryBar';
import { useDraft } from '../batches/use-draft';
import { watchedValue } from '../batches/watched-value';
import { saveBase64 } from '../batches/download';
import { payAgainTarget } from '../../../shared/batches/pay-again';
import { errorText } from '../../../shared/i18n/issue-text';
import { useT } from '../i18n/language';
import { providerDoing } from '../i18n/operation-words';
import { ruleFields } from '../components/rule-fields';

type Props = {
  readonly bridge: PaybatchBridge | null;
  readonly batchId: string | null;
  readonly onDiscarded: () => void;
  /** The batch is approved: the window goes on to send it. */
  readonly onApproved: (approved: Approved) => void;
  /** An approved batch opened here: on to the Send screen. */
  readonly onSend: () => void;
};

export function ReviewScreen({ bridge, batchId, onDiscarded, onApproved, onSend }: Props) {
  const tr = useT();
  if (!bridge || !batchId) {
    return (
      <section aria-labelledby="review-title">
        <h1 id="review-title">{tr.t('app.review.title')}</h1>
        <p>{bridge ? tr.t('app.review.empty') : tr.t('app.review.noEngine')}</p>
      </section>
    );
  }
  return <Review key={batchId} bridge={bridge} batchId={batchId} onDiscarded={onDiscarded} onApproved={onApproved} onSend={onSend} />;
}

const filters: ReadonlyArray<Exclude<RowFilter, object>> = ['all', 'problems', 'errors', 'warnings', 'excluded', 'edited'];

type Approved = MethodOutput<'batch.approve'>;

/** Who, where and how much, then the rest: an accountant reads a payment from left to right. */
const columnOrder: readonly PayeeField[] = ['name', 'accountNo', 'bank', 'amount', 'phone', 'email', 'partnerUserId', 'accountType', 'description', 'reference'];

function Review({ bridge, batchId, onDiscarded, onApproved, onSend }: Omit<Props, 'bridge' | 'batchId'> & { readonly bridge: PaybatchBridge; readonly batchId: string }) {
  const tr = useT();
  const [filter, setFilter] = useState<Exclude<RowFilter, object>>('all');
  const draft = useDraft(bridge, batchId, filter);
  const { head } = draft;
  // The row whose panel is open: the grid and the panel watch it, so a click on a row draws them only.
  const [selection] = useState(() => watchedValue<number | null>(null));
  const [facts, setFacts] = useState<MethodOutput<'batch.get'>['approval']>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [repeatOf, setRepeatOf] = useState<RepeatOf | null>(null);
  const [approved, setApproved] = useState<Approved | null>(null);
  const [approving, setApproving] = useState(false);
  const [preparing, setPreparing] = useState(false);
  // The problems workbook that could not be made or saved, and why; or where the desktop app saved it.
  const [fileProblem, setFileProblem] = useState<ApiError | null>(null);
  const [savedTo, setSavedTo] = useState<string | null>(null);

  const batch = head?.batch;
  const rules = batch ? rulesFor(batch.provider, batch.operation) : null;
  // While a change is on its way the grid, the row panel and the bulk actions wait too: each
  // watches the busy state itself, so that its coming and going does not draw the whole screen.
  // The grid reads draft.busy (no edit starts meanwhile); what is drawn waiting reads
  // draft.shownBusy, which a change answered within a blink never sets.
  const readOnly = batch?.status !== 'draft';
  const blocker = head?.tally?.blocker;

  // What the Approve step shows, once nothing blocks approval; read again after every change
  // (a head read again that is the one shown keeps its counts, so they alone would not say so).
  useEffect(() => {
    if (!head?.tally || head.tally.blocker || head.batch.status !== 'draft') return;
    void bridge['batch.get']({ batchId, approval: true }).then((got) => {
      if (!got.ok) return;
      setFacts(got.value.approval);
      setRepeatOf(payAgainTarget(got.value.approval?.earlier ?? []) ?? null);
    });
  }, [bridge, batchId, head?.tally, head?.batch.status, draft.version]);

  // Columns: the provider's fields this sheet has (an unmapped column would only ever be empty),
  // who and how much first: the ones the grid keeps in view are on the left. A refund is read
  // from the transaction refunded, in its rules' own order.
  const fields = useMemo(() => {
    if (!rules || !head) return [];
    const order: readonly PayeeField[] = rules.operation === 'refund' ? ruleFields(rules) : rules.usesBank ? columnOrder : ['name', 'phone', ...columnOrder.filter((f) => f !== 'name' && f !== 'phone')];
    return order.filter((f) => rules.fields.includes(f) && head.mapping[f] !== undefined);
  }, [rules, head]);

  if (!head || !batch || !rules) {
    return (
      <section aria-labelledby="review-title">
        <h1 id="review-title">{tr.t('app.review.title')}</h1>
        {draft.problem ? <div role="alert" className="banner error">{errorText(tr, draft.problem)}</div> : <p role="status">{tr.t('app.review.opening')}</p>}
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
      onApproved(result.value);
      return;
    }
    setRefusal(result.error);
    // What refused it (paid before, a total changed meanwhile) shows in the facts read again.
    draft.refresh();
  };

  const closePanel = () => {
    selection.set(null);
    document.querySelector<HTMLElement>('[data-testid=review-grid]')?.focus();
  };

  // The next or previous problem for the keyboard. With every row shown a row's place in the
  // list is its index, and the engine finds the problem; in a list of problems it is the next row.
  const jump = async (from: number, direction: 'next' | 'previous'): Promise<number | null> => {
    if (filter !== 'all') {
      const at = direction === 'next' ? from + 1 : from - 1;
      return at >= 0 && at < head.matched ? at : null;
    }
    const got = await bridge['batch.get']({ batchId, filter: 'problems', near: { index: direction === 'next' ? from + 1 : from, direction }, limit: 1 });
    return got.ok ? (got.value.rows[0]?.index ?? null) : null;
  };

  const downloadProblems = async () => {
    setPreparing(true);
    setFileProblem(null);
    setSavedTo(null);
    const file = await bridge['batch.problems']({ batchId });
    const saved = file.ok ? await saveBase64(file.value.base64, file.value.fileName, 'xlsx') : null;
    setFileProblem(!file.ok ? file.error : saved?.kind === 'failed' ? saved.error : null);
    setSavedTo(saved?.kind === 'saved' && saved.native ? saved.where : null);
    setPreparing(false);
  };

  const discard = async () => {
    if (!window.confirm(tr.t('app.review.discardConfirm', { file: batch.fileName }))) return;
    const result = await bridge['batch.discard']({ batchId });
    if (result.ok) onDiscarded();
  };

  const tally = head.tally;
  return (
    <section aria-labelledby="review-title" className="review">
      <div className="review-head">
        <h1 id="review-title">{tr.t('app.review.title')}</h1>
        <span className="hint" data-testid="batch-facts">
          {tr.t('app.review.facts', { file: batch.fileName, provider: providerDoing(tr, batch.provider, batch.operation), currency: rules.currency, rows: batch.rowCount, draft: batch.status === 'draft' ? 'yes' : 'no', status: tr.t(`batchStatus.${batch.status}`) })}
        </span>
        {batch.status === 'draft' && (
          <button type="button" className="link" onClick={() => void discard()}>
            {tr.t('app.review.discard')}
          </button>
        )}
      </div>
      {draft.problem && (
        <div role="alert" className="banner error" data-testid="review-problem">
          {errorText(tr, draft.problem)}
        </div>
      )}
      {head.checking && (
        <p role="status">{tr.t('app.review.checking', { provider: rules.name, done: tr.number(head.checking.done), total: tr.number(head.checking.total) })}</p>
      )}
      {tally && (
        <>
          <SummaryBar tally={draft.tally} />
          <div className="toolbar">
            <label>
              {tr.t('app.review.show')}
              <select data-testid="filter" value={filter} onChange={(e) => setFilter(filters.find((value) => value === e.target.value) ?? 'all')}>
                {filters.map((value) => (
                  <option key={value} value={value}>
                    {tr.t(`filter.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            {tally.errors + tally.warnings > 0 && (
              <button type="button" onClick={() => void downloadProblems()} data-testid="download-problems" disabled={preparing} aria-busy={preparing}>
                {preparing ? tr.t('app.review.preparing') : tr.t('app.review.download')}
              </button>
            )}
            <BusyNote busy={draft.shownBusy} />
          </div>
          {fileProblem && (
            <div role="alert" className="banner error" data-testid="problems-file-problem">
              {errorText(tr, fileProblem)}
            </div>
          )}
          {savedTo && (
            <p role="status" className="banner info" data-testid="problems-saved">
              {tr.t('desktop.savedTo', { path: savedTo })}
            </p>
          )}
          {batch.status === 'draft' && <BulkActions head={head} busy={draft.shownBusy} preview={draft.preview} apply={draft.edit} />}
          {filter !== 'all' && draft.headFilter === filter && head.matched === 0 && (
            <p role="status" className="banner info" data-testid="filter-empty">
              {tr.t(`filterEmpty.${filter}`)}
            </p>
          )}
          <div className="review-body">
            <ReviewGrid
              count={head.matched}
              rowAt={draft.rowAt}
              readSince={draft.readSince}
              want={draft.want}
              version={`${filter}|${draft.version}`}
              arrived={draft.arrived}
              fields={fields}
              columnChars={head.columnChars}
              currency={rules.currency}
              selection={selection}
              readOnly={readOnly}
              busy={draft.busy}
              onEdit={(index, field, text) => draft.edit({ kind: 'set', index, field, text }, tr.t('app.review.busy.set'))}
              onJump={jump}
            />
            <SelectedRowPanel
              bridge={bridge}
              batchId={batchId}
              selection={selection}
              version={draft.version}
              currency={rules.currency}
              readOnly={readOnly}
              busy={draft.shownBusy}
              onFix={(index, field, fix) => void draft.edit({ kind: 'fix', index, field, fix }, tr.t('app.review.busy.fix'))}
              onAcknowledge={(index, code) => void draft.edit({ kind: 'acknowledge', index, code }, tr.t('app.review.busy.acknowledge'))}
              onExclude={(index, excluded) => void draft.edit({ kind: 'exclude', index, excluded }, excluded ? tr.t('app.review.busy.exclude') : tr.t('app.review.busy.include'))}
              onClose={closePanel}
            />
          </div>
          {approved || batch.status !== 'draft' ? (
            <>
              <div role="status" className="banner info" data-testid="approved">
                {approved
                  ? tr.t(batch.operation === 'refund' ? 'refund.approve.approvedNow' : 'app.review.approvedNow', { count: approved.rowCount, total: tr.money(approved.total, rules.currency), first: approved.firstOrderId })
                  : tr.t('app.review.frozen', { status: tr.t(`batchStatus.${batch.status}`).toLowerCase(), since: batch.approvedAt ? tr.date(batch.approvedAt) : 'none' })}
              </div>
              {batch.status !== 'discarded' && (
                <div className="actions">
                  <button type="button" className="primary" data-testid="to-send" onClick={onSend}>
                    {tr.t('app.send.goTo')}
                  </button>
                </div>
              )}
            </>
          ) : (
            <ApprovePanel operation={batch.operation} summary={tally} facts={blocker ? null : facts} busy={approving} refusal={refusal ? errorText(tr, refusal) : null} repeatOf={repeatOf} onApprove={(typed, again) => void approve(typed, again)} />
          )}
        </>
      )}
    </section>
  );
}
