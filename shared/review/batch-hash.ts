import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Currency } from '../import/model.js';
import type { ProviderId } from '../providers/provider-ids.js';
import type { CheckedRow } from './check-rows.js';

/**
 * Identifies what an approved batch pays: provider, currency, and every included payment as
 * it will be sent (who, where, how much, with what description). Not where the rows sat in
 * the sheet, nor their order: the same payroll exported again with a title row more, or
 * sorted another way, is the same payments, and is recognised as such. Pure JS SHA-256: shared
 * code may use neither Node nor the DOM.
 */
export function batchContentHash(provider: ProviderId, currency: Currency, rows: readonly CheckedRow[]): string {
  const payments = rows
    .filter((r) => !r.excluded)
    .map((r) => JSON.stringify([r.payee.name, r.payee.accountNo, r.wire.bankCode, r.wire.accountType, r.payee.amount, r.payee.phone, r.payee.email, r.payee.description, r.payee.reference, r.payee.partnerUserId]))
    .sort();
  return bytesToHex(sha256(new TextEncoder().encode(`${JSON.stringify([provider, currency])}\n${payments.join('\n')}`)));
}
