import type { BalanceResult, NameInquiry, PayoutOutcome } from '../payout-outcome.js';
import { accountInfoResponseFields, transferResponseFields, verifyAppotapaySignature } from './appotapay-sign.js';
import { appotapayCodes, noSuchAccountCodes, statusCodeMeaning, transferCodeMeaning } from './appotapay-wire.js';

/**
 * What AppotaPay's answers mean, as its pages write them: the state is the top-level `errorCode`
 * (there is no status field), and the data a signature covers sits in a nested object
 * (`transaction`, `accountInfo`) next to it. An answer that carries such an object is believed only
 * if its signature verifies; a code we cannot place is `unknown`, never a failure or "not found".
 */

type Answer = Readonly<Record<string, unknown>>;
type Nested = { readonly present: false } | { readonly present: true; readonly fields: Record<string, unknown> };

function nested(answer: Answer, key: 'transaction' | 'accountInfo'): Nested {
  const value = answer[key];
  return value && typeof value === 'object' && !Array.isArray(value) ? { present: true, fields: value as Record<string, unknown> } : { present: false };
}

/** The nested object's fields beside the top-level errorCode and signature: what the signature covers. */
function signedView(answer: Answer, part: Nested): Record<string, unknown> {
  return { ...(part.present ? part.fields : {}), errorCode: answer['errorCode'], signature: answer['signature'] };
}

/** errorCode as an integer, or null when the answer has none we can read. */
function codeOf(answer: Answer): number | null {
  const raw = answer['errorCode'];
  const code = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  return Number.isSafeInteger(code) ? code : null;
}

const messageOf = (answer: Answer) => String(answer['message'] ?? '');
const badSignature: PayoutOutcome = { kind: 'unknown', reason: 'AppotaPay’s answer had a wrong signature' };

function transactionCheck(secretKey: string, answer: Answer): { ok: true; ref: string | null; present: boolean } | { ok: false } {
  const transaction = nested(answer, 'transaction');
  if (!transaction.present) return { ok: true, ref: null, present: false };
  if (!verifyAppotapaySignature(secretKey, signedView(answer, transaction), transferResponseFields)) return { ok: false };
  const ref = transaction.fields['appotapayTransId'];
  return { ok: true, ref: typeof ref === 'string' && ref !== '' ? ref : null, present: true };
}

/**
 * What transfer and status answers share: an unreadable code, a badly signed transaction, 0 (paid,
 * with its signed transaction) and 35 (pending). Any other code is left to the caller's table.
 */
function readTransferState(secretKey: string, answer: Answer): { readonly outcome: PayoutOutcome } | { readonly code: number; readonly named: boolean } {
  const code = codeOf(answer);
  if (code === null) return { outcome: { kind: 'unknown', reason: `AppotaPay answered without a readable errorCode: ${messageOf(answer)}` } };
  const transaction = transactionCheck(secretKey, answer);
  if (!transaction.ok) return { outcome: badSignature };
  if (code === appotapayCodes.success) return { outcome: transaction.present ? { kind: 'succeeded', providerRef: transaction.ref } : { kind: 'unknown', reason: 'AppotaPay said 0 without the signed transaction' } };
  if (code === appotapayCodes.pending) return { outcome: { kind: 'accepted', providerRef: transaction.ref } };
  return { code, named: transaction.present };
}

/** POST transfer/make: 0 paid, 35 pending, a refusal from the table, or unknown. */
export function outcomeOfTransferAnswer(secretKey: string, answer: Answer): PayoutOutcome {
  const state = readTransferState(secretKey, answer);
  if ('outcome' in state) return state.outcome;
  if (transferCodeMeaning(state.code) === 'definite_no') return { kind: 'rejected', code: String(state.code), message: messageOf(answer) };
  return { kind: 'unknown', reason: `AppotaPay ${state.code}: ${messageOf(answer)}` };
}

/** GET transfer/transaction/{partnerRefId}: the errorCode is the transfer's state. */
export function outcomeOfStatusAnswer(secretKey: string, answer: Answer): PayoutOutcome {
  const state = readTransferState(secretKey, answer);
  if ('outcome' in state) return state.outcome;
  // "No such transfer" that names a transfer contradicts itself: it must not open a resend.
  if (state.code === appotapayCodes.notFound) return state.named ? { kind: 'unknown', reason: 'AppotaPay said 36 (no such transfer) and named a transaction' } : { kind: 'not_found' };
  if (statusCodeMeaning(state.code) === 'failed') return { kind: 'failed', code: String(state.code), message: messageOf(answer) };
  return { kind: 'unknown', reason: `AppotaPay ${state.code}: ${messageOf(answer)}` };
}

/** POST transfer/bank/account/info: the holder's name, nested under accountInfo and signed there. */
export function nameOfAccountInfoAnswer(secretKey: string, answer: Answer): NameInquiry {
  const code = codeOf(answer);
  if (code === null) return { kind: 'unknown', reason: `AppotaPay answered without a readable errorCode: ${messageOf(answer)}` };
  if (noSuchAccountCodes.includes(code)) return { kind: 'not_found', message: messageOf(answer) };
  if (code !== appotapayCodes.success) return { kind: 'unknown', reason: `AppotaPay ${code}: ${messageOf(answer)}` };
  const info = nested(answer, 'accountInfo');
  if (!info.present || typeof info.fields['accountName'] !== 'string') return { kind: 'unknown', reason: 'AppotaPay said 0 without accountInfo.accountName' };
  if (!verifyAppotapaySignature(secretKey, signedView(answer, info), accountInfoResponseFields)) return { kind: 'unknown', reason: 'AppotaPay’s answer had a wrong signature' };
  return { kind: 'found', name: info.fields['accountName'] };
}

/** GET accounts/balance. Our reading (no public page): {errorCode, message, account{balance}}. */
export function balanceOfAnswer(answer: Answer): BalanceResult {
  const account = answer['account'];
  const balance = account && typeof account === 'object' && 'balance' in account ? Number(account.balance) : NaN;
  if (codeOf(answer) === appotapayCodes.success && Number.isSafeInteger(balance)) return { ok: true, balanceMinor: balance };
  return { ok: false, reason: `AppotaPay ${String(answer['errorCode'])}: ${String(answer['message'] ?? 'no balance in the answer')}` };
}
