import { createHmac, timingSafeEqual } from 'node:crypto';
import { SignJWT } from 'jose';

/**
 * AppotaPay: the X-APPOTAPAY-AUTH bearer JWT (HS256 with the secret key, header
 * {typ, alg, cty: "appotapay-api;v=1"}, payload {iss, jti, api_key, exp}), and the body
 * `signature`: lowercase hex HMAC-SHA256(secret key) over every field sent except
 * `signature`, sorted, `key=value&…`, no URL-encoding. PROVIDERS.md "AppotaPay".
 */
export async function appotapayJwt(partnerCode: string, apiKey: string, secretKey: string, now: Date = new Date(), ttlSeconds = 300): Promise<string> {
  const seconds = Math.floor(now.getTime() / 1000);
  return new SignJWT({ iss: partnerCode, jti: `${apiKey}-${seconds}`, api_key: apiKey })
    .setProtectedHeader({ typ: 'JWT', alg: 'HS256', cty: 'appotapay-api;v=1' })
    .setExpirationTime(seconds + ttlSeconds)
    .sign(new TextEncoder().encode(secretKey));
}

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

/** The response signature over the named fields, compared in constant time. */
export function verifyAppotapaySignature(secretKey: string, response: Readonly<Record<string, unknown>>, fields: readonly string[]): boolean {
  const given = response['signature'];
  if (typeof given !== 'string') return false;
  const signed: Record<string, unknown> = {};
  for (const field of fields) signed[field] = response[field];
  const expected = Buffer.from(appotapaySignature(secretKey, signed));
  const actual = Buffer.from(given.toLowerCase());
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export const transferResponseFields = ['amount', 'appotapayTransId', 'errorCode', 'time', 'transferAmount'] as const;
export const accountInfoResponseFields = ['accountName', 'accountNo', 'errorCode'] as const;
