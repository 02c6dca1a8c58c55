import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The simulator's own reading of AppotaPay's signature (docs.appotapay.com firm-banking/security):
 * fields sorted by name, `name=value` joined by `&`, no URL-encoding, HMAC-SHA256 with the secret
 * key, lowercase hex. Kept apart from the client's on purpose.
 *
 * Our reading (the pages do not say): a request is signed over the fields it carries, except
 * `signature`, so an optional field that is not sent is not in the string.
 */
export function simStringToSign(fields: Readonly<Record<string, unknown>>): string {
  const names = Object.keys(fields).filter((name) => name !== 'signature' && fields[name] !== undefined);
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => `${name}=${String(fields[name])}`).join('&');
}

export function simSign(secretKey: string, fields: Readonly<Record<string, unknown>>): string {
  return createHmac('sha256', secretKey).update(simStringToSign(fields), 'utf8').digest('hex');
}

export function simSignatureMatches(secretKey: string, fields: Readonly<Record<string, unknown>>, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(simSign(secretKey, fields));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The named fields of an answer's nested object and its errorCode: what its signature covers. */
export function simSignedPart(nested: Readonly<Record<string, unknown>>, errorCode: number, names: readonly string[]): Record<string, unknown> {
  const part: Record<string, unknown> = {};
  for (const name of names) part[name] = name === 'errorCode' ? errorCode : nested[name];
  return part;
}
