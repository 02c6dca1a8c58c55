import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * AppotaPay: the X-APPOTAPAY-AUTH bearer JWT (HS256 with the secret key, header
 * {typ, alg, cty: "appotapay-api;v=1"}, payload {iss, jti, api_key, exp}), and the body
 * `signature`: lowercase hex HMAC-SHA256(secret key) over sorted `key=value&…`, no URL-encoding.
 * PROVIDERS.md "AppotaPay"; docs.appotapay.com firm-banking/security.
 */
export async function appotapayJwt(partnerCode: string, apiKey: string, secretKey: string, now: Date = new Date(), ttlSeconds = 300): Promise<string> {
  const seconds = Math.floor(now.getTime() / 1000);
  // Loaded when AppotaPay is first called, not with the engine.
  const { SignJWT } = await import('jose');
  return new SignJWT({ iss: partnerCode, jti: `${apiKey}-${seconds}`, api_key: apiKey })
    .setProtectedHeader({ typ: 'JWT', alg: 'HS256', cty: 'appotapay-api;v=1' })
    .setExpirationTime(seconds + ttlSeconds)
    .sign(new TextEncoder().encode(secretKey));
}

/**
 * The string a request signature covers. The transfer page lists 10 fields, the security page
 * signs 12 (adding bankId and channel), and neither says what happens to an optional field that is
 * not sent. Our reading (unconfirmed, this function only): every field actually sent, except
 * `signature`; a field not sent is not signed (never as an empty value). Both documented examples
 * send every field, so they pass under this reading (test: appotapay-documented-signing.test.ts).
 */
export function appotapayStringToSign(fields: Readonly<Record<string, unknown>>): string {
  return Object.keys(fields)
    .filter((key) => key !== 'signature' && fields[key] !== undefined && fields[key] !== null)
    .sort()
    .map((key) => `${key}=${String(fields[key])}`)
    .join('&');
}

export function appotapaySignature(secretKey: string, fields: Readonly<Record<string, unknown>>): string {
  return createHmac('sha256', secretKey).update(appotapayStringToSign(fields), 'utf8').digest('hex');
}

/** The answer's `signature` over the named fields (values as received), compared in constant time. */
export function verifyAppotapaySignature(secretKey: string, response: Readonly<Record<string, unknown>>, fields: readonly string[]): boolean {
  const given = response['signature'];
  if (typeof given !== 'string') return false;
  const signed: Record<string, unknown> = {};
  for (const field of fields) signed[field] = response[field];
  const expected = Buffer.from(appotapaySignature(secretKey, signed));
  const actual = Buffer.from(given.toLowerCase());
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Transfer and status answers: signed over these fields of `transaction`, with the top-level errorCode. */
export const transferResponseFields = ['amount', 'appotapayTransId', 'errorCode', 'time', 'transferAmount'] as const;

/** Account inquiry answers: signed over these fields of `accountInfo`, with the top-level errorCode. */
export const accountInfoResponseFields = ['accountName', 'accountNo', 'errorCode'] as const;
