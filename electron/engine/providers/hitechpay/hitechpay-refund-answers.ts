import type { PayoutOutcome } from '../payout-outcome.js';
import { refundDefiniteNo, refundQueryNotAnswered, returnCode, subCodes } from './hitechpay-wire.js';

/** The answer's codes in one line, for messages and logs. */
export function hitechpayWhy(response: Readonly<Record<string, unknown>>): string {
  return `HiTechPAY ${String(response['return_code'])}/${String(response['sub_return_code'])}: ${String(response['sub_return_message'] ?? response['return_message'] ?? '')}`;
}

function codesOf(response: Readonly<Record<string, unknown>>) {
  const id = response['refund_id'];
  return { code: Number(response['return_code']), sub: Number(response['sub_return_code']), ref: typeof id === 'number' || typeof id === 'string' ? String(id) : null };
}

/**
 * The refund answer: asynchronous (seed), so even a success waits for query_refund to say so,
 * and -101 (the spec's "refunded") is never a reason to refund again.
 */
export function refundAnswerOutcome(response: Readonly<Record<string, unknown>>): PayoutOutcome {
  const { code, sub, ref } = codesOf(response);
  if (code === returnCode.success || code === returnCode.processing) return { kind: 'accepted', providerRef: ref };
  if (code === returnCode.fail && sub === subCodes.refunded) return { kind: 'accepted', providerRef: ref };
  if (code === returnCode.fail && refundDefiniteNo.has(sub)) return { kind: 'rejected', code: String(sub), message: hitechpayWhy(response) };
  return { kind: 'unknown', reason: hitechpayWhy(response) };
}

/**
 * query_refund: -101 is a successful refund (ZaloPay's spec), whatever return_code comes with
 * it. No answer means "no such refund", so nothing here is `not_found`.
 */
export function refundQueryAnswerOutcome(response: Readonly<Record<string, unknown>>): PayoutOutcome {
  const { code, sub, ref } = codesOf(response);
  if (sub === subCodes.refunded || code === returnCode.success) return { kind: 'succeeded', providerRef: ref };
  if (code === returnCode.processing) return { kind: 'accepted', providerRef: ref };
  if (code === returnCode.fail && !refundQueryNotAnswered.has(sub)) return { kind: 'failed', code: String(sub), message: hitechpayWhy(response) };
  return { kind: 'unknown', reason: hitechpayWhy(response) };
}
