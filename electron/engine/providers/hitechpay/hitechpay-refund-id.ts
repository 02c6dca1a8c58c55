import { randomBytes } from 'node:crypto';

/**
 * A refund's id, `m_refund_id` = `yymmdd_appid_xxx` (ZaloPay's spec; PROVIDERS.md "HiTechPAY"),
 * whose date must be today in Vietnam when HiTechPAY receives it. The date and the row's own
 * part are fixed at approval, before an environment (and so the app id) is chosen; the app id is
 * joined when the row is first sent. From then on the id never changes, so every retry and
 * status query names the same refund.
 */

/** yymmdd in Vietnam (GMT+7), whatever the computer's time zone. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', '');
}

/** The random part a batch's refund ids share: six base-36 characters. */
export function refundIdBatchPart(): string {
  return Array.from(randomBytes(6), (byte) => (byte % 36).toString(36)).join('').toUpperCase();
}

/** At approval: `yymmdd_` + the batch's part + the row's 5-digit sequence, without the app id yet. */
export function approvedRefundId(batchPart: string, seq: number, now: Date = new Date()): string {
  return `${vietnamDate(now)}_${batchPart}${String(seq).padStart(5, '0')}`;
}

const approved = /^(\d{6})_([A-Z0-9]+)$/;
const bound = /^(\d{6})_(\d+)_([A-Z0-9]+)$/;

/**
 * The m_refund_id a row is sent with. A row sent before keeps its id, whatever the date: the
 * provider may hold that refund, and only its own id can ask about it. A row never sent takes
 * this environment's app id and, if the day has turned in Vietnam since, today's date: a refund
 * HiTechPAY never received can take a fresh id without being issued twice.
 */
export function refundIdToSend(stored: string, appId: string, neverSent: boolean, now: Date = new Date()): string {
  if (!neverSent) return stored;
  const row = approved.exec(stored)?.[2] ?? bound.exec(stored)?.[3];
  // Not an id Paybatch made: sent as it is, for the provider to judge.
  if (row === undefined) return stored;
  return `${vietnamDate(now)}_${appId}_${row}`;
}
