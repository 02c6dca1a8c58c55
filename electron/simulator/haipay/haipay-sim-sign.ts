import { createSign, createVerify, type KeyObject } from 'node:crypto';

/**
 * The simulator's own reading of HaiPay's signature (PROVIDERS.md "HaiPay"): every parameter
 * but `sign`, empty ones left out, names in ASCII order, `name=value` joined by `&`, then
 * `&key=<merchant secret>`; SHA256withRSA, base64. Kept apart from the client's on purpose.
 */
export function simStringToSign(params: Readonly<Record<string, unknown>>, secretKey: string): string {
  const names = Object.keys(params).filter((name) => name !== 'sign' && !isEmpty(params[name]));
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pairs = names.map((name) => {
    const value = params[name];
    return `${name}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
  });
  pairs.push(`key=${secretKey}`);
  return pairs.join('&');
}

export function simSign(privateKey: KeyObject, params: Readonly<Record<string, unknown>>, secretKey: string): string {
  return createSign('RSA-SHA256').update(simStringToSign(params, secretKey), 'utf8').sign(privateKey, 'base64');
}

export function simSignHolds(publicKey: KeyObject, params: Readonly<Record<string, unknown>>, secretKey: string): boolean {
  const sign = params['sign'];
  if (typeof sign !== 'string' || sign.length === 0) return false;
  try {
    return createVerify('RSA-SHA256').update(simStringToSign(params, secretKey), 'utf8').verify(publicKey, sign, 'base64');
  } catch {
    return false;
  }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}
