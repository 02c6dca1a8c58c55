import { createHash } from 'node:crypto';
import type { Currency } from '../../../shared/import/model.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { Operation } from '../../../shared/providers/operations.js';
import type { CheckedRow } from '../../../shared/review/check-rows.js';

// Each row's payment line, kept for as long as the row object lives: a change makes a new row,
// so after one edit one line is written again, not 100,000. The Approve step hashes the batch
// on every look after a change, and writing every line took most of the half second that held
// the engine (and the edit asked next) at 100,000 rows.
const payoutLines = new WeakMap<CheckedRow, string>();
const refundLines = new WeakMap<CheckedRow, string>();

/**
 * Identifies what an approved batch pays: provider, currency, and every included payment as
 * it will be sent (who, where, how much, with what description). Not where the rows sat in
 * the sheet, nor their order: the same payroll exported again with a title row more, or
 * sorted another way, is the same payments, and is recognised as such. Stored with every
 * approved batch and compared with later ones: the bytes hashed never change.
 */
export function batchContentHash(provider: ProviderId, currency: Currency, rows: readonly CheckedRow[], operation: Operation = 'payout'): string {
  const lineOf = operation === 'refund' ? refundLine : payoutLine;
  const payments: string[] = [];
  for (const row of rows) if (!row.excluded) payments.push(lineOf(row));
  payments.sort();
  const head = operation === 'refund' ? [provider, currency, operation] : [provider, currency];
  return createHash('sha256')
    .update(new TextEncoder().encode(`${JSON.stringify(head)}\n${payments.join('\n')}`))
    .digest('hex');
}

/** A refund is the transaction, what is given back and the fee kept; a payout's line is as it always was. */
function refundLine(r: CheckedRow): string {
  let line = refundLines.get(r);
  if (line === undefined) refundLines.set(r, (line = JSON.stringify([r.payee.transactionId, r.payee.amount, r.payee.refundFee, r.payee.description, r.payee.reference])));
  return line;
}

function payoutLine(r: CheckedRow): string {
  let line = payoutLines.get(r);
  if (line === undefined) payoutLines.set(r, (line = JSON.stringify([r.payee.name, r.payee.accountNo, r.wire.bankCode, r.wire.accountType, r.payee.amount, r.payee.phone, r.payee.email, r.payee.description, r.payee.reference, r.payee.partnerUserId])));
  return line;
}
