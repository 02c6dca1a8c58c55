import type { BatchStatus } from '../batches/batch-contract.js';
import type { Environment } from '../credentials/credential-fields.js';
import type { RowStatus } from '../events.js';
import { sendReasonText } from '../i18n/messages/send-reasons.js';
import type { Translator } from '../i18n/translator.js';
import { payeeFields, type ColumnMapping, type Currency, type Payee, type PayeeField } from '../import/model.js';
import { headerKey } from '../import/text-normalize.js';
import { answerText } from '../providers/answers/answer-text.js';
import type { Operation } from '../providers/operations.js';
import type { ProviderId } from '../providers/provider-ids.js';
import { providerRules } from '../providers/provider-rules.js';
import type { ReasonParams } from '../send/send-contract.js';

/** A batch as its result report tells it. */
export type ReportBatch = {
  readonly batchId: string;
  readonly provider: ProviderId;
  readonly operation: Operation;
  readonly currency: Currency;
  readonly status: BatchStatus;
  readonly environment: Environment | null;
  readonly fileName: string;
  readonly fileHash: string | null;
  readonly contentHash: string | null;
  /** Payee field → the column's header in the sheet imported. */
  readonly mapping: ColumnMapping;
  /** The sheet's headers in their order, as header keys (batch.header_signature); empty when not known. */
  readonly headerOrder: readonly string[];
  readonly rowCount: number;
  readonly total: number;
  readonly approvedAt: string | null;
  readonly sendStartedAt: string | null;
  readonly finishedAt: string | null;
};

/** A row of the send journal as its result report tells it. */
export type ReportRow = {
  readonly seq: number;
  readonly sheetRow: number;
  readonly orderId: string;
  /** The payee as approved. */
  readonly payee: Payee;
  readonly amount: number;
  readonly status: RowStatus;
  readonly providerRef: string | null;
  readonly fee: number | null;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly reviewReason: string | null;
  readonly reasonCode: string | null;
  readonly reasonParams: ReasonParams | null;
  readonly sentAt: string | null;
  readonly settledAt: string | null;
};

/** What one cell holds, before a format writes it: texts are written guarded (cell-guard.ts), amounts as numbers. */
export type ReportCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'money'; readonly minor: number }
  | { readonly kind: 'time'; readonly iso: string }
  | { readonly kind: 'count'; readonly value: number }
  | { readonly kind: 'status'; readonly status: RowStatus; readonly text: string }
  | null;

export type ReportColumnKind = Exclude<ReportCell, null>['kind'];

export type ReportColumn = {
  /** A payee field for the sheet's own columns; the result's name otherwise. */
  readonly id: PayeeField | 'row' | 'orderId' | 'transactionId' | 'status' | 'providerRef' | 'fee' | 'amountDone' | 'error' | 'sentAt' | 'settledAt';
  readonly header: string;
  readonly kind: ReportColumnKind;
  readonly cell: (row: ReportRow) => ReportCell;
};

/** Statuses after which nothing more will be paid for the row. */
const unpaidFinal: ReadonlySet<RowStatus> = new Set(['failed', 'rejected', 'cancelled']);

const text = (value: string | null): ReportCell => (value === null || value === '' ? null : { kind: 'text', text: value });
const money = (minor: number | null): ReportCell => (minor === null ? null : { kind: 'money', minor });
const time = (iso: string | null): ReportCell => (iso === null ? null : { kind: 'time', iso });

/**
 * The report's columns: the sheet's own first (the mapped columns, headed as in the sheet, in
 * its order, with the values approved), then what happened: sheet row, order id (a refund's
 * m_refund_id), the transaction refunded when the sheet's columns do not show it, status,
 * the provider's reference (a refund's refund_id), fee, the amount paid or refunded, the error
 * in plain words, and when it was sent and settled.
 */
export function reportColumns(batch: ReportBatch, tr: Translator): ReportColumn[] {
  const refund = batch.operation === 'refund';
  const provider = providerRules[batch.provider].name;
  const own = sheetFields(batch).map((field): ReportColumn => {
    const header = batch.mapping[field] ?? field;
    if (field === 'amount' || field === 'refundFee') return { id: field, header, kind: 'money', cell: (r) => money(r.payee[field]) };
    return { id: field, header, kind: 'text', cell: (r) => text(r.payee[field]) };
  });
  const results: ReportColumn[] = [
    { id: 'row', header: tr.t('report.column.row'), kind: 'count', cell: (r) => ({ kind: 'count', value: r.sheetRow }) },
    { id: 'orderId', header: tr.t('report.column.orderId', { operation: batch.operation }), kind: 'text', cell: (r) => text(r.orderId) },
    ...(refund && batch.mapping.transactionId === undefined ? [{ id: 'transactionId', header: tr.t('report.column.transactionId'), kind: 'text', cell: (r) => text(r.payee.transactionId) } satisfies ReportColumn] : []),
    { id: 'status', header: tr.t('report.column.status'), kind: 'status', cell: (r) => ({ kind: 'status', status: r.status, text: statusWord(tr, r.status) }) },
    { id: 'providerRef', header: tr.t('report.column.providerRef', { operation: batch.operation, provider }), kind: 'text', cell: (r) => text(r.providerRef) },
    { id: 'fee', header: tr.t('report.column.fee'), kind: 'money', cell: (r) => money(r.fee) },
    { id: 'amountDone', header: tr.t('report.column.amountDone', { operation: batch.operation }), kind: 'money', cell: (r) => money(amountDone(r)) },
    { id: 'error', header: tr.t('report.column.error'), kind: 'text', cell: (r) => text(errorWords(tr, batch.provider, r)) },
    { id: 'sentAt', header: tr.t('report.column.sentAt'), kind: 'time', cell: (r) => time(r.sentAt) },
    { id: 'settledAt', header: tr.t('report.column.settledAt'), kind: 'time', cell: (r) => time(r.settledAt) },
  ];
  return [...own, ...results];
}

/** A row's status as a report cell says it. */
export function statusWord(tr: Translator, status: RowStatus): string {
  return tr.t('report.status', { status });
}

/**
 * What reached the payee: the amount once the row succeeded, 0 once nothing will be paid
 * (failed, refused, cancelled), nothing while that is not known yet.
 */
export function amountDone(row: Pick<ReportRow, 'status' | 'amount'>): number | null {
  if (row.status === 'succeeded') return row.amount;
  return unpaidFinal.has(row.status) ? 0 : null;
}

/**
 * Why a row did not (yet) succeed, in the reader's language: Paybatch's own reasons as
 * sentences, a provider's code as its table's sentence (answer-text.ts) where there is one,
 * otherwise the provider's own words with its code. Nothing for a row that succeeded.
 */
export function errorWords(tr: Translator, provider: ProviderId, row: ReportRow): string | null {
  if (row.status === 'succeeded') return null;
  const reason = sendReasonText(tr, row);
  if (reason === null) return null;
  if (reason.providerCode === null) return reason.text;
  const sentence = answerText(tr, provider, reason.providerCode);
  if (sentence !== null) return sentence;
  return reason.text === '' ? reason.providerCode : tr.t('report.providerWords', { words: reason.text, code: reason.providerCode });
}

/**
 * The payee fields the sheet had, in the sheet's column order (by the header keys the batch
 * kept); a header not found there follows in the payee's field order.
 */
function sheetFields(batch: ReportBatch): PayeeField[] {
  const mapped = payeeFields.filter((field) => batch.mapping[field] !== undefined);
  const position = (field: PayeeField): number => {
    const index = batch.headerOrder.indexOf(headerKey(batch.mapping[field] ?? ''));
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  // Array.prototype.sort is stable: fields at the same position keep the payee's order.
  return mapped.sort((a, b) => position(a) - position(b));
}
