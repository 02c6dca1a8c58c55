import type { BalanceResult, PayoutOutcome } from '../payout-outcome.js';
import { smilepayzOkCode, smilepayzOrderNotFoundCodes, smilepayzStatusMeaning } from './smilepayz-wire.js';

type Answer = Record<string, unknown>;

const said = (answer: Answer) => `SmilePayz ${String(answer['code'])}: ${String(answer['message'] ?? '')}`;

/** An answer about another order than the one asked for cannot be believed for this one. */
function otherOrder(answer: Answer, orderId: string): boolean {
  return typeof answer['orderNo'] === 'string' && answer['orderNo'] !== orderId;
}

function fromStatus(answer: Answer, orderId: string, absent: PayoutOutcome): PayoutOutcome {
  if (otherOrder(answer, orderId)) return { kind: 'unknown', reason: `SmilePayz answered about order ${String(answer['orderNo'])}, not ${orderId} (query before deciding)` };
  const ref = typeof answer['tradeNo'] === 'string' ? answer['tradeNo'] : null;
  const status = answer['status'];
  if (status === undefined) return absent;
  switch (typeof status === 'string' ? smilepayzStatusMeaning[status] : undefined) {
    case 'succeeded':
      return { kind: 'succeeded', providerRef: ref };
    case 'failed':
      return { kind: 'failed', code: String(status), message: String(answer['message'] ?? '') };
    case 'pending':
      return { kind: 'accepted', providerRef: ref };
    default:
      return { kind: 'unknown', reason: `SmilePayz status ${JSON.stringify(status)} is not one we know (query before deciding)` };
  }
}

/** A pay-out answer: "00" is the request accepted (its status optional); anything else, query. */
export function payoutOutcome(answer: Answer, orderId: string): PayoutOutcome {
  if (answer['code'] !== smilepayzOkCode) return { kind: 'unknown', reason: `${said(answer)} (query before deciding)` };
  const ref = typeof answer['tradeNo'] === 'string' ? answer['tradeNo'] : null;
  return fromStatus(answer, orderId, { kind: 'accepted', providerRef: ref });
}

/**
 * An inquiry-status answer. Only a documented "no such order" code is `not_found` (none is
 * published); every other code but "00" is `unknown`, so no order ever looks re-sendable on
 * a code we guessed.
 */
export function statusOutcome(answer: Answer, orderId: string): PayoutOutcome {
  if (typeof answer['code'] === 'string' && smilepayzOrderNotFoundCodes.has(answer['code'])) return { kind: 'not_found' };
  if (answer['code'] !== smilepayzOkCode) return { kind: 'unknown', reason: said(answer) };
  return fromStatus(answer, orderId, { kind: 'unknown', reason: 'SmilePayz answered "00" without a status (query again)' });
}

/**
 * An inquiry-balance answer: `accountInfos` with `amount{currency, value}` (value a string).
 * SmilePayz's pages show it as a list (Peru) and as one object (Thailand, and its Vietnam Python
 * demo): both are read. Where `availableBalance` is given too, the lower of the two is the balance.
 */
export function balanceResult(answer: Answer): BalanceResult {
  if (answer['code'] !== smilepayzOkCode) return { ok: false, reason: said(answer) };
  const infos = answer['accountInfos'];
  const list: unknown[] = Array.isArray(infos) ? infos : infos && typeof infos === 'object' ? [infos] : [];
  const typed = list.filter((info) => info && typeof info === 'object' && 'balanceType' in info);
  const entry: unknown = typed.length > 0 ? typed.find((info) => (info as Answer)['balanceType'] === 'BALANCE') : list.length === 1 ? list[0] : undefined;
  if (!entry || typeof entry !== 'object') return { ok: false, reason: 'SmilePayz answered no BALANCE entry in accountInfos' };
  const amount = vndOf((entry as Answer)['amount']);
  const available = (entry as Answer)['availableBalance'] === undefined ? amount : vndOf((entry as Answer)['availableBalance']);
  if (amount === null || available === null) return { ok: false, reason: 'SmilePayz answered a balance that is not a whole VND amount' };
  return { ok: true, balanceMinor: Math.min(amount, available) };
}

/** `{currency: "VND", value: "250000"}` → 250000; anything else (another currency, a fraction) → null. */
function vndOf(money: unknown): number | null {
  if (!money || typeof money !== 'object') return null;
  const { currency, value } = money as Answer;
  if (currency !== undefined && currency !== 'VND') return null;
  const amount = typeof value === 'string' && /^\d+(?:\.0+)?$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isSafeInteger(amount) && amount >= 0 ? amount : null;
}
