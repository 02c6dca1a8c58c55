import { createHmac, createSign, createVerify, type KeyObject } from 'node:crypto';

/**
 * HiTechPAY (ZaloPay platform): every `mac` is lowercase hex HMAC-SHA256(key1) over the listed
 * fields joined by "|"; the top-up also carries `sig`, an RSA-SHA256 (PKCS#1 v1.5) signature
 * of the hex mac's UTF-8 bytes, base64. PROVIDERS.md "HiTechPAY".
 */
export function hitechpayMac(key1: string, fields: ReadonlyArray<string | number>): string {
  return createHmac('sha256', key1).update(fields.map(String).join('|'), 'utf8').digest('hex');
}

export function hitechpaySig(privateKey: KeyObject, mac: string): string {
  return createSign('RSA-SHA256').update(mac, 'utf8').sign(privateKey, 'base64');
}

export function verifyHitechpaySig(publicKey: KeyObject, mac: string, sig: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(mac, 'utf8').verify(publicKey, sig, 'base64');
  } catch {
    return false;
  }
}

/** The top-up's signed field order; `reference_id` is sent but not signed. */
export const topupMacFields = ['app_id', 'payment_id', 'partner_order_id', 'm_u_id', 'amount', 'description', 'partner_embed_data', 'extra_info', 'time'] as const;

export const macFieldsFor = {
  topup: topupMacFields,
  user: ['app_id', 'phone', 'time'],
  txn: ['app_id', 'partner_order_id', 'time'],
  balance: ['app_id', 'payment_id', 'time'],
  refund: ['app_id', 'zp_trans_id', 'amount', 'description', 'timestamp'],
  refundWithFee: ['app_id', 'zp_trans_id', 'amount', 'refund_fee_amount', 'description', 'timestamp'],
  queryRefund: ['app_id', 'm_refund_id', 'timestamp'],
} as const;

export function macOver(key1: string, body: Readonly<Record<string, string | number>>, fields: readonly string[]): string {
  return hitechpayMac(
    key1,
    fields.map((field) => body[field] ?? ''),
  );
}
