import { randomBytes } from 'node:crypto';

/**
 * Order ids for a batch's rows: fixed at approval, stored before anything is sent, never
 * changed, reused on every retry. "PB" + yymmdd + 6 random base-36 characters + 5-digit row
 * sequence: 19 letters and digits, within every provider's limits (SmilePayz 6–32 alphanumeric,
 * HaiPay ≤ 48, AppotaPay and HiTechPAY free-form) and unique per batch.
 */
export function orderIdPrefix(now: Date = new Date()): string {
  const date = now.toISOString().slice(2, 10).replaceAll('-', '');
  const random = Array.from(randomBytes(6), (byte) => (byte % 36).toString(36)).join('').toUpperCase();
  return `PB${date}${random}`;
}

export function orderId(prefix: string, seq: number): string {
  return `${prefix}${String(seq).padStart(5, '0')}`;
}
