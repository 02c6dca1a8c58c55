import type { BatchInfo } from '../../../shared/batches/batch-contract';
import type { RowStatus } from '../../../shared/events';
import type { Payee } from '../../../shared/import/model';
import type { Language } from '../../../shared/i18n/languages';
import type { Translator } from '../../../shared/i18n/translator';
import type { SendState, SentRow } from '../../../shared/send/send-contract';

/** One payee (or refund) as the statement lists it, in the batch's order. */
export type StatementLine = {
  readonly no: number;
  readonly sheetRow: number;
  readonly name: string;
  /** The account or wallet paid into; for a refund, the payment refunded. */
  readonly account: string;
  readonly bank: string;
  readonly amount: number;
  readonly status: RowStatus;
  readonly reference: string;
};

export type StatementTotals = {
  readonly rows: number;
  readonly total: number;
  readonly succeeded: { readonly count: number; readonly amount: number };
  readonly notPaid: { readonly count: number; readonly amount: number };
  readonly pending: { readonly count: number; readonly amount: number };
};

/** Everything the statement prints, read from the engine once when it is opened. */
export type StatementData = {
  readonly state: SendState;
  readonly batch: BatchInfo | null;
  readonly lines: readonly StatementLine[];
  readonly totals: StatementTotals;
};

const notPaidStatuses: readonly RowStatus[] = ['failed', 'rejected', 'cancelled'];

/**
 * The statement's lines: each sent row with the account it was paid into (from the batch's
 * frozen rows, matched by sheet row) or, for a refund, the payment refunded.
 */
export function statementLines(rows: readonly SentRow[], payees: ReadonlyMap<number, Payee>, operation: SendState['operation']): StatementLine[] {
  return rows.map((row, i) => {
    const payee = payees.get(row.row);
    const account = operation === 'refund' ? (row.transactionId ?? payee?.transactionId ?? '') : (payee?.accountNo ?? payee?.phone ?? payee?.partnerUserId ?? '');
    return {
      no: i + 1,
      sheetRow: row.row,
      name: row.name ?? payee?.name ?? '',
      account,
      bank: operation === 'refund' ? '' : (payee?.bank ?? ''),
      amount: row.amount,
      status: row.status,
      reference: row.providerRef ?? row.orderId,
    };
  });
}

/** What the lines add up to: all of them, those paid, those not paid, those without an end yet. */
export function statementTotals(lines: readonly StatementLine[]): StatementTotals {
  const tally = { count: 0, amount: 0 };
  const succeeded = { ...tally };
  const notPaid = { ...tally };
  const pending = { ...tally };
  let total = 0;
  for (const line of lines) {
    total += line.amount;
    const into = line.status === 'succeeded' ? succeeded : notPaidStatuses.includes(line.status) ? notPaid : pending;
    into.count += 1;
    into.amount += line.amount;
  }
  return { rows: lines.length, total, succeeded, notPaid, pending };
}

/**
 * The period a statement covers unless the accountant says otherwise: the month the batch was
 * approved in (created, for one never approved), as the statement's language names it:
 * "Tháng 11/2026", "เดือนพฤศจิกายน 2569" (Buddhist era, as Thai documents date), "November 2026".
 */
export function defaultPeriod(tr: Translator, batch: Pick<BatchInfo, 'approvedAt' | 'createdAt'> | null, fallback: string | null): string {
  const when = batch?.approvedAt ?? batch?.createdAt ?? fallback;
  if (!when) return '';
  const date = new Date(when);
  return tr.t('statement.periodDefault', { month: monthName(date, tr.language), year: yearOf(date, tr.language) });
}

function monthName(date: Date, language: Language): string {
  if (language === 'vi') return String(date.getMonth() + 1);
  return new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', { month: 'long' }).format(date);
}

/** The year as the language dates documents: Thai in the Buddhist era (2026 → 2569). */
export function yearOf(date: Date, language: Language): string {
  return String(date.getFullYear() + (language === 'th' ? 543 : 0));
}
