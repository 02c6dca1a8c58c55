import { createVerify, type KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { simErrorCodes, timestampPattern, timestampToleranceMs } from './smilepayz-sim-wire.js';

export type SimRefusal = { readonly code: string; readonly message: string };

export type SimMerchant = { readonly merchantId: string; readonly merchantSecret: string; readonly merchantPublicKey: KeyObject };

/**
 * The headers every SmilePayz request carries ("Signature Generation"): X-PARTNER-ID is the
 * merchant id; X-SIGNATURE is base64 SHA256withRSA by the merchant's key over
 * `X-TIMESTAMP|merchantSecret|body`, the body exactly as it arrived. Null when all hold.
 */
export function refuseHeaders(merchant: SimMerchant, headers: IncomingHttpHeaders, body: string, now = Date.now()): SimRefusal | null {
  const single = (name: string) => (typeof headers[name] === 'string' ? headers[name] : '');
  if (!single('content-type').toLowerCase().startsWith('application/json')) return { code: simErrorCodes.badRequest, message: 'Content-Type must be application/json' };
  if (single('x-partner-id') !== merchant.merchantId) return { code: simErrorCodes.unknownPartner, message: 'X-PARTNER-ID is not a known merchant' };
  const timestamp = single('x-timestamp');
  const sentAt = Date.parse(timestamp);
  if (!timestampPattern.test(timestamp) || !(Math.abs(now - sentAt) <= timestampToleranceMs)) return { code: simErrorCodes.badTimestamp, message: 'X-TIMESTAMP must be yyyy-MM-ddTHH:mm:ss±HH:mm within 5 minutes of server time' };
  if (!signedByMerchant(merchant, `${timestamp}|${merchant.merchantSecret}|${body}`, single('x-signature'))) return { code: simErrorCodes.badSignature, message: 'X-SIGNATURE does not verify' };
  return null;
}

function signedByMerchant(merchant: SimMerchant, text: string, signature: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(text, 'utf8').verify(merchant.merchantPublicKey, signature, 'base64');
  } catch {
    return false;
  }
}
