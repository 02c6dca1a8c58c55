import type { Translator } from '../../../shared/i18n/translator';
import { moneyInWords } from '../../../shared/money-words/money-in-words';
import { providerDoing } from '../i18n/operation-words';
import { environmentWords } from '../send/send-words';
import { yearOf, type StatementData } from './statement-lines';

type Props = {
  readonly tr: Translator;
  readonly data: StatementData;
  readonly company: string;
  readonly period: string;
  /** The day the statement is made (printed under the totals). */
  readonly madeOn: Date;
};

const signatures = ['statement.sign.prepared', 'statement.sign.checked', 'statement.sign.approved'] as const;

/**
 * The statement as it prints: company, title and period; the batch's facts; every payee with
 * amount and result; totals in figures and the amount paid in words; the date and the three
 * signatures (Người lập / Kế toán trưởng / Giám đốc; ผู้จัดทำ / ผู้ตรวจสอบ / ผู้อนุมัติ).
 * Every word in the statement's language (`tr`), which may differ from the window's.
 */
export function StatementDocument({ tr, data, company, period, madeOn }: Props) {
  const { state, batch, lines, totals } = data;
  const { operation, currency } = state;
  const { environment } = state;
  const when = (at: string | null | undefined) => (at ? tr.date(at, { time: true, buddhist: tr.language === 'th' }) : null);
  const showBank = operation === 'payout' && lines.some((line) => line.bank !== '');
  const facts: Array<readonly [string, string]> = [
    [tr.t('statement.fact.batch'), state.batchId],
    [tr.t('statement.fact.provider'), providerDoing(tr, state.provider, operation)],
    ...(environment ? [[tr.t('statement.fact.environment'), tr.t(environmentWords[environment].name)] as const] : []),
    [tr.t('statement.fact.file'), state.fileName],
    ...(
      [
        ['statement.fact.approved', batch?.approvedAt],
        ['statement.fact.sent', state.startedAt],
        ['statement.fact.finished', state.finishedAt],
      ] as const
    ).flatMap(([id, at]) => {
      const text = when(at);
      return text ? [[tr.t(id), text] as const] : [];
    }),
  ];
  const amount = (minor: number) => tr.money(minor, currency);
  const day = String(madeOn.getDate()).padStart(2, '0');
  const month = String(madeOn.getMonth() + 1).padStart(2, '0');

  return (
    <article className="statement-doc" lang={tr.language} data-testid="statement">
      <header className="statement-head">
        <p className={company.trim() ? 'statement-company' : 'statement-company empty'} data-testid="statement-company">
          {company.trim() || tr.t('statement.noCompany')}
        </p>
        <h2 className="statement-title">{tr.t('statement.title', { operation })}</h2>
        {period.trim() && <p className="statement-period">{tr.t('statement.periodLine', { period: period.trim() })}</p>}
      </header>
      {environment !== 'production' && environment !== null && (
        <p className="statement-not-real" data-testid="statement-not-real">
          {tr.t('statement.notReal', { environment: tr.t(environmentWords[environment].name) })}
        </p>
      )}
      <dl className="statement-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {totals.pending.count > 0 && <p className="statement-unfinished">{tr.t('statement.unfinished', { count: totals.pending.count })}</p>}
      <table className="statement-table" data-testid="statement-table">
        <thead>
          <tr>
            <th scope="col">{tr.t('statement.col.no')}</th>
            <th scope="col">{tr.t('statement.col.sheetRow')}</th>
            <th scope="col">{tr.t('statement.col.name', { operation })}</th>
            <th scope="col">{tr.t('statement.col.account', { operation })}</th>
            {showBank && <th scope="col">{tr.t('statement.col.bank')}</th>}
            <th scope="col" className="amount">
              {tr.t('statement.col.amount', { currency })}
            </th>
            <th scope="col">{tr.t('statement.col.result')}</th>
            <th scope="col">{tr.t('statement.col.reference')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.no} data-status={line.status}>
              <td className="number">{tr.number(line.no)}</td>
              <td className="number">{line.sheetRow}</td>
              <td>{line.name}</td>
              <td className="code">{line.account}</td>
              {showBank && <td>{line.bank}</td>}
              <td className="amount">{tr.moneyNumber(line.amount, currency)}</td>
              <td>{tr.t('statement.result', { status: line.status })}</td>
              <td className="code">{line.reference}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={showBank ? 5 : 4}>
              {tr.t('statement.total')}
            </th>
            <td className="amount" data-testid="statement-total">
              {tr.moneyNumber(totals.total, currency)}
            </td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
      <div className="statement-summary">
        <p>{tr.t('statement.summary.succeeded', { operation, count: totals.succeeded.count, amount: amount(totals.succeeded.amount) })}</p>
        {totals.notPaid.count > 0 && <p>{tr.t('statement.summary.notPaid', { operation, count: totals.notPaid.count, amount: amount(totals.notPaid.amount) })}</p>}
        {totals.pending.count > 0 && <p>{tr.t('statement.summary.pending', { count: totals.pending.count, amount: amount(totals.pending.amount) })}</p>}
        <p className="statement-words" data-testid="statement-words">
          {tr.t('statement.words', { operation, words: moneyInWords(totals.succeeded.amount, currency, tr.language) })}
        </p>
      </div>
      <p className="statement-date">{tr.t('statement.madeOn', { day, month, year: yearOf(madeOn, tr.language) })}</p>
      <div className="statement-signatures" data-testid="statement-signatures">
        {signatures.map((id) => (
          <div key={id} className="statement-sign">
            <p className="statement-sign-title">{tr.t(id)}</p>
            <p className="statement-sign-hint">{tr.t('statement.sign.hint')}</p>
            <div className="statement-sign-line" />
          </div>
        ))}
      </div>
      <footer className="statement-footer">{tr.t('statement.footer', { batchId: state.batchId })}</footer>
    </article>
  );
}
