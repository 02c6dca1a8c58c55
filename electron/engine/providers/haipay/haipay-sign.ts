import { createSign, createVerify, type KeyObject } from 'node:crypto';

/**
 * HaiPay: every parameter except `sign`, empty values dropped, keys in ASCII order, joined
 * `k=v&k=v`, then `&key=<merchant secret>`; SHA256withRSA, base64. Responses carry
 * `data.sign` over the same kind of string, verified with HaiPay's public key. The algorithm
 * is HaiPay's; the exact string comes from independent integrations, so it lives only here.
 */
export function haipayStringToSign(params: Readonly<Record<string, unknown>>, secretKey: string): string {
  const pairs = Object.keys(params)
    .filter((key) => key !== 'sign' && params[key] !== undefined && params[key] !== null && params[key] !== '')
    .sort()
    .map((key) => `${key}=${stringOf(params[key])}`);
  return `${pairs.join('&')}&key=${secretKey}`;
}

export function haipaySign(privateKey: KeyObject, params: Readonly<Record<string, unknown>>, secretKey: string): string {
  return createSign('RSA-SHA256').update(haipayStringToSign(params, secretKey), 'utf8').sign(privateKey, 'base64');
}

export function verifyHaipaySign(publicKey: KeyObject, params: Readonly<Record<string, unknown>>, secretKey: string): boolean {
  const sign = params['sign'];
  if (typeof sign !== 'string' || sign === '') return false;
  try {
    return createVerify('RSA-SHA256').update(haipayStringToSign(params, secretKey), 'utf8').verify(publicKey, sign, 'base64');
  } catch {
    return false;
  }
}

function stringOf(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
