import { auditActions, isAuditAction } from '../../../shared/audit/audit-actions';
import type { AuditVerdict } from '../../../shared/audit/audit-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import { errorText } from '../../../shared/i18n/issue-text';
import { useT } from '../i18n/language';
import { actionLabel, actionLabelIds, detailsText, timeText } from './audit-words';
import { auditPageSize, useAuditLog } from './use-audit-log';

/**
 * Settings' audit log: every action and each payment's change of status, newest first, a page
 * at a time; filtered by action and batch; verified (the first broken entry named) and exported
 * as CSV, as the engine writes it.
 */
export function AuditSection({ bridge }: { readonly bridge: PaybatchBridge }) {
  const tr = useT();
  const audit = useAuditLog(bridge);
  const { entries, matching, page } = audit;
  const pages = Math.max(1, Math.ceil(matching / auditPageSize));
  const first = matching === 0 ? 0 : page * auditPageSize + 1;
  const last = Math.min(matching, (page + 1) * auditPageSize);
  return (
    <section className="audit-log" aria-labelledby="audit-title" data-testid="audit-log">
      <h2 id="audit-title">{tr.t('audit.view.title')}</h2>
      <p className="hint">{tr.t('audit.view.hint')}</p>
      <div className="toolbar">
        <label>
          {tr.t('audit.view.action')}
          <select data-testid="audit-action" value={audit.filter.action ?? ''} onChange={(e) => audit.setFilter({ ...audit.filter, action: isAuditAction(e.target.value) ? e.target.value : null })}>
            <option value="">{tr.t('audit.view.allActions')}</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {tr.t(actionLabelIds[action])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr.t('audit.view.batch')}
          <select data-testid="audit-batch" value={audit.filter.batchId ?? ''} onChange={(e) => audit.setFilter({ ...audit.filter, batchId: e.target.value || null })}>
            <option value="">{tr.t('audit.view.allBatches')}</option>
            {audit.batches.map((b) => (
              <option key={b.batchId} value={b.batchId}>
                {tr.t('audit.view.batchOption', { file: b.fileName, date: tr.date(b.createdAt, { time: true }) })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="audit-verify" onClick={() => void audit.verify()} disabled={audit.verdict === 'checking'}>
          {tr.t('audit.view.verify')}
        </button>
        <button type="button" data-testid="audit-export" onClick={() => void audit.exportCsv()}>
          {tr.t('audit.view.export')}
        </button>
      </div>
      <Verdict verdict={audit.verdict} />
      {audit.savedTo && (
        <p role="status" className="banner info" data-testid="audit-saved">
          {tr.t('desktop.savedTo', { path: audit.savedTo })}
        </p>
      )}
      {audit.problem && (
        <div role="alert" className="banner error" data-testid="audit-problem">
          {errorText(tr, audit.problem)}
        </div>
      )}
      <div className="pager" aria-label={tr.t('audit.view.pages')} role="group">
        <button type="button" onClick={() => audit.setPage(page - 1)} disabled={page === 0} data-testid="audit-newer">
          {tr.t('audit.view.previous')}
        </button>
        <span data-testid="audit-range">{tr.t('audit.view.range', { first: tr.number(first), last: tr.number(last), matching: tr.number(matching) })}</span>
        <button type="button" onClick={() => audit.setPage(page + 1)} disabled={page >= pages - 1} data-testid="audit-older">
          {tr.t('audit.view.next')}
        </button>
      </div>
      {entries === null ? (
        <p role="status">{tr.t('audit.view.loading')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="audit-title" tabIndex={0}>
          <table className="preview audit-entries" data-testid="audit-entries">
            <caption className="visually-hidden">{tr.t('audit.view.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{tr.t('audit.view.seq')}</th>
                <th scope="col">{tr.t('audit.view.at')}</th>
                <th scope="col">{tr.t('audit.view.action')}</th>
                <th scope="col">{tr.t('audit.view.batch')}</th>
                <th scope="col">{tr.t('audit.view.details')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.seq} data-seq={entry.seq} data-action={entry.action}>
                  <td className="line">{entry.seq}</td>
                  <td title={entry.at}>{timeText(tr, entry.at)}</td>
                  <td>{actionLabel(tr, entry.action)}</td>
                  <td className="mono" title={entry.batchId ?? undefined}>
                    {entry.batchId ? entry.batchId.slice(0, 8) : '—'}
                  </td>
                  <td className="problems">{detailsText(tr, entry)}</td>
                </tr>
              ))}
              {entries.length === 0 && (
                <tr>
                  <td colSpan={5}>{tr.t('audit.view.none')}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Verdict({ verdict }: { readonly verdict: AuditVerdict | 'checking' | null }) {
  const tr = useT();
  if (verdict === null) return null;
  if (verdict === 'checking') return <p role="status">{tr.t('audit.view.verifying')}</p>;
  const broken = verdict.broken;
  return (
    <div role={broken ? 'alert' : 'status'} className={`banner ${broken ? 'error' : 'info'}`} data-testid="audit-verdict">
      {broken ? tr.t('audit.view.broken', { seq: broken.seq, reason: broken.reason }) : tr.t('audit.view.intact', { count: verdict.entries })}
    </div>
  );
}
