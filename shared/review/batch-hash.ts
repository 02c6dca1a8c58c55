import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Currency } from '../import/model.js';
import type { ProviderId } from '../providers/provider-ids.js';
import type { Operation } from '../providers/operations.js';
import type { CheckedRow } from './check-rows.js';

/**
 * Identifies what an approved batch pays: provider, currency, and every included payment as
 * it will be sent (who, where, how much, with what description). Not where the rows sat in
 * the sheet, nor their order: the same payroll exported again with a title row more, or
 * sorted another way, is the same payments, and is recognised as such. Pure JS SHA-256: shared
 * code may use neither Node nor the DOM.
 */
export function batchContentHash(provider: ProviderId, currency: Currency, rows: readonly CheckedRow[], operation: Operation = 'payout'): string {
  const included = rows.filter((r) => !r.excluded);
  // A refund is the transaction, what is given back and the fee kept; a payout's hash is as it always was.
  const payments = (
    operation === 'refund'
      ? included.map((r) => JSON.stringify([r.payee.transactionId, r.payee.amount, r.payee.refundFee, r.payee.description, r.payee.reference]))
      : included.map((r) => JSON.stringify([r.payee.name, r.payee.accountNo, r.wire.bankCode, r.wire.accountType, r.payee.amount, r.payee.phone, r.payee.email, r.payee.description, r.payee.reference, r.payee.partnerUserId]))
  ).sort();
  const head = operation === 'refund' ? [provider, currency, operation] : [provider, currency];
  return bytesToHex(sha256(new TextEncoder().encode(`${JSON.stringify(head)}\n${payments.join('\n')}`)));
}
