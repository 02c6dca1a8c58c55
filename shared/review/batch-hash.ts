import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Currency } from '../import/model.js';
import type { ProviderId } from '../providers/provider-ids.js';
import type { CheckedRow } from './check-rows.js';

/**
 * Identifies an approved batch's content: provider, currency, and every included row as it
 * will be sent. Any change to any of it changes the hash. Computed the same way in the
 * renderer and the engine (pure JS SHA-256: shared code may use neither Node nor the DOM).
 */
export function batchContentHash(provider: ProviderId, currency: Currency, rows: readonly CheckedRow[]): string {
  const content = rows
    .filter((r) => !r.excluded)
    .map((r) => [r.row, r.payee.name, r.payee.accountNo, r.wire.bankCode, r.wire.accountType, r.payee.amount, r.payee.phone, r.payee.email, r.payee.description, r.payee.reference, r.payee.partnerUserId]);
  return bytesToHex(sha256(new TextEncoder().encode(JSON.stringify([provider, currency, content]))));
}
