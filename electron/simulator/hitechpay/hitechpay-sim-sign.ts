import { createHmac, createVerify, type KeyObject } from 'node:crypto';

/**
 * The simulator's own reading of HiTechPAY's macs (PROVIDERS.md "HiTechPAY"): lowercase hex
 * HMAC-SHA256 with key1 over the named fields' values joined by "|"; the top-up's `sig` is
 * RSA-SHA256 over that hex text, base64. Kept apart from the client's on purpose.
 */
export function simMac(key1: string, body: Readonly<Record<string, unknown>>, fields: readonly string[]): string {
  const joined = fields.map((field) => (body[field] === undefined ? '' : String(body[field]))).join('|');
  return createHmac('sha256', key1).update(joined, 'utf8').digest('hex');
}

export function simSigHolds(publicKey: KeyObject, mac: string, sig: unknown): boolean {
  if (typeof sig !== 'string' || sig.length === 0) return false;
  try {
    return createVerify('RSA-SHA256').update(mac, 'utf8').verify(publicKey, sig, 'base64');
  } catch {
    return false;
  }
}
