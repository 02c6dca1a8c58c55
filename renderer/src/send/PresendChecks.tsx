import { useState } from 'react';
import type { Currency } from '../../../shared/import/model';
import type { Operation } from '../../../shared/providers/operations';
import { errorText } from '../../../shared/i18n/issue-text';
import type { ApiError } from '../../../shared/result';
import type { PresendCheck, PresendFinding } from '../../../shared/send/send-contract';
import { useT } from '../i18n/language';
import type { Decision } from './use-presend';

type Props = {
  readonly check: PresendCheck | null;
  /** A refund batch has no balance to read and no payee to name: the lines say so. */
  readonly operation: Operation;
  readonly problem: ApiError | null;
  /** The engine's refusal of the last decision. */
  readonly refusal: ApiError | null;
  readonly busy: boolean;
  readonly providerName: string;
  readonly currency: Currency;
  readonly onRecheck: () => void;
  readonly onDecide: (decisions: ReadonlyArray<{ readonly seq: number; readonly decision: Decision }>) => void;
};

/** Findings shown at a time: a long list of names the provider does not know is paged. */
const findingsPerPage = 50;

const resultIds = { mismatch: 'app.send.finding.mismatch', not_found: 'app.send.finding.notFound', unknown: 'app.send.finding.unknown' } as const;

/**
 * Before the first payment: is there money enough, and does the provider know each payee by the
 * name in the sheet? Each finding is kept or excluded by the accountant, one by one or all those
 * left at once; Start waits for every decision, and for the balance. An excluded row is
 * cancelled there and then, so that decision is final; a kept one can still be excluded.
 */
export function PresendChecks({ check, operation, problem, refusal, busy, providerName, currency, onRecheck, onDecide }: Props) {
  const tr = useT();
  const refund = operation === 'refund';
  const [page, setPage] = useState(0);
  const findings = check?.inquiry.findings ?? [];
  const pages = Math.max(1, Math.ceil(findings.length / findingsPerPage));
  const shown = findings.slice(page * findingsPerPage, (page + 1) * findingsPerPage);
  const undecided = findings.filter((f) => f.decision === null);
  const all = (decision: Decision) => onDecide(undecided.map((f) => ({ seq: f.seq, decision })));

  return (
    <section className="presend" aria-labelledby="presend-title" data-testid="presend" aria-busy={busy}>
      <div className="section-head">
        <h2 id="presend-title">{tr.t('app.send.check.title')}</h2>
        <button type="button" onClick={onRecheck} disabled={busy} data-testid="presend-again">
          {tr.t('app.send.check.again')}
        </button>
      </div>
      {busy && !check && <p role="status">{tr.t(refund ? 'refund.send.check.running' : 'app.send.check.running', { provider: providerName })}</p>}
      {problem && (
        <p className="banner warning" data-testid="presend-problem">
          {tr.t('app.send.check.failed', { reason: errorText(tr, problem) })}
        </p>
      )}
      {check && (
        <>
          <p className={`balance balance-${check.balance.state}`} data-testid="presend-balance">
            {balanceText(tr, check.balance, currency, providerName)}
          </p>
          <p data-testid="presend-names">
            {check.inquiry.offered
              ? tr.t('app.send.names.checked', { checked: tr.number(check.inquiry.checked), matched: tr.number(check.inquiry.matched), findings: findings.length, provider: providerName })
              : refund
                ? tr.t('refund.send.names.none')
                : tr.t('app.send.names.notOffered', { provider: providerName })}
          </p>
          {refusal && (
            <p role="alert" className="banner error" data-testid="decide-refusal">
              {errorText(tr, refusal)}
            </p>
          )}
          {findings.length > 0 && (
            <>
              {undecided.length > 0 && (
                <div className="toolbar">
                  <button type="button" onClick={() => all('keep')} disabled={busy} data-testid="keep-all">
                    {tr.t('app.send.finding.keepAll', { count: undecided.length })}
                  </button>
                  <button type="button" onClick={() => all('exclude')} disabled={busy} data-testid="exclude-all">
                    {tr.t('app.send.finding.excludeAll', { count: undecided.length })}
                  </button>
                  <span className="note error" data-testid="presend-undecided">
                    {tr.t('app.send.finding.undecided', { count: check.undecided })}
                  </span>
                </div>
              )}
              <div className="table-wrap findings-wrap">
                <table className="findings" data-testid="findings">
                  <caption className="visually-hidden">{tr.t('app.send.finding.caption', { provider: providerName })}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="num">{tr.t('app.grid.row')}</th>
                      <th scope="col">{tr.t('app.send.finding.sheetName')}</th>
                      <th scope="col">{tr.t('app.send.finding.providerName', { provider: providerName })}</th>
                      <th scope="col">{tr.t('app.send.finding.result')}</th>
                      <th scope="col">{tr.t('app.send.finding.decision')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((finding) => (
                      <FindingRow key={finding.seq} finding={finding} busy={busy} onDecide={(decision) => onDecide([{ seq: finding.seq, decision }])} />
                    ))}
                  </tbody>
                </table>
              </div>
              {pages > 1 && (
                <div className="pager">
                  <button type="button" onClick={() => setPage((p) => Math.max(0, p - 1))} disabled={page === 0}>
                    {tr.t('app.send.rows.previous')}
                  </button>
                  <span>{tr.t('app.send.rows.pageOf', { page: tr.number(page + 1), pages: tr.number(pages) })}</span>
                  <button type="button" onClick={() => setPage((p) => Math.min(pages - 1, p + 1))} disabled={page >= pages - 1}>
                    {tr.t('app.send.rows.next')}
                  </button>
                </div>
              )}
            </>
          )}
          <p className="hint">{tr.t('app.send.check.when', { when: tr.date(check.checkedAt, { time: true }) })}</p>
        </>
      )}
    </section>
  );
}

/**
 * The balance against what is left to send. A refund batch's is not read at all
 * (`not_applicable`): a refund is given back out of the payment it refunds, and the only balance
 * HiTechPAY tells is the top-up wallet's, so the line says there is none to check.
 */
function balanceText(tr: ReturnType<typeof useT>, balance: PresendCheck['balance'], currency: Currency, providerName: string): string {
  const needed = tr.money(balance.neededMinor, currency);
  switch (balance.state) {
    case 'enough':
      return tr.t('app.send.balance.enough', { balance: tr.money(balance.balanceMinor ?? 0, currency), needed });
    case 'short':
      return tr.t('app.send.balance.short', { balance: tr.money(balance.balanceMinor ?? 0, currency), needed, provider: providerName });
    case 'unreadable':
      return tr.t('app.send.balance.unreadable', { needed, reason: balance.reason ?? '' });
    case 'not_applicable':
      return tr.t('refund.send.balance.notApplicable', { needed });
  }
}

function FindingRow({ finding, busy, onDecide }: { readonly finding: PresendFinding; readonly busy: boolean; readonly onDecide: (decision: Decision) => void }) {
  const tr = useT();
  const name = `finding-${finding.seq}`;
  return (
    <tr data-seq={finding.seq} className={finding.decision ? `decided-${finding.decision}` : 'undecided'}>
      <td className="num">{finding.row}</td>
      <td>{finding.name ?? '—'}</td>
      <td>{finding.found ?? '—'}</td>
      <td>
        {tr.t(resultIds[finding.result])}
        {finding.message && <span className="hint"> ({finding.message})</span>}
      </td>
      <td>
        <span role="radiogroup" aria-label={tr.t('app.send.finding.decisionFor', { row: finding.row })} className="decision">
          {(['keep', 'exclude'] as const).map((decision) => (
            <label key={decision}>
              <input type="radio" name={name} value={decision} checked={finding.decision === decision} disabled={busy || finding.decision === 'exclude'} onChange={() => onDecide(decision)} />
              {decision === 'keep' ? tr.t('app.send.finding.keep') : tr.t('app.send.finding.exclude')}
            </label>
          ))}
        </span>
      </td>
    </tr>
  );
}
