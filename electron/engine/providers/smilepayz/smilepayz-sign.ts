import { createSign, createVerify, type KeyObject } from 'node:crypto';

/**
 * SmilePayz: X-SIGNATURE = base64(SHA256withRSA(merchant private key,
 * `X-TIMESTAMP|merchantSecret|bodyString`)), bodyString exactly the minified JSON sent.
 * Callbacks are verified over `tradeNo|X-TIMESTAMP` with the platform public key.
 */
export function smilepayzStringToSign(timestamp: string, merchantSecret: string, body: string): string {
  return `${timestamp}|${merchantSecret}|${body}`;
}

export function smilepayzSignature(privateKey: KeyObject, timestamp: string, merchantSecret: string, body: string): string {
  return createSign('RSA-SHA256').update(smilepayzStringToSign(timestamp, merchantSecret, body), 'utf8').sign(privateKey, 'base64');
}

export function verifySmilepayzSignature(publicKey: KeyObject, timestamp: string, merchantSecret: string, body: string, signature: string): boolean {
  return verifyRsa(publicKey, smilepayzStringToSign(timestamp, merchantSecret, body), signature);
}

export function verifySmilepayzCallback(platformKey: KeyObject, tradeNo: string, timestamp: string, signature: string): boolean {
  return verifyRsa(platformKey, `${tradeNo}|${timestamp}`, signature);
}

/** `yyyy-MM-ddTHH:mm:ss+07:00`: Vietnam time, whatever the computer's time zone. */
export function smilepayzTimestamp(now: Date = new Date()): string {
  const vietnam = new Date(now.getTime() + 7 * 3600_000);
  return `${vietnam.toISOString().slice(0, 19)}+07:00`;
}

function verifyRsa(publicKey: KeyObject, text: string, signature: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(text, 'utf8').verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}
