import { smilepayzBankCodes } from '../../../shared/banks/codes/smilepayz-bank-codes.js';
import { field } from '../sim-json.js';
import { referenceAmountRange, type SmilepayzSimStrictness } from './smilepayz-sim-wire.js';

// The one table of SmilePayz payment-method codes the rules and the client use too.
const knownMethods = new Set<string>(Object.values(smilepayzBankCodes));

/** A pay-out body that passed the page's field rules. */
export type PayoutRequest = {
  readonly orderNo: string;
  readonly amount: number;
  readonly paymentMethod: string;
  readonly cashAccount: string;
  readonly receiverName: string;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
// SmilePayz's Python demo serialises its unset optional fields as null or "".
const absent = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * The pay-out page's body table, field by field ("M" is required). Only what it states is
 * checked; what it leaves open (phone and email formats, the amount range) is a strictness switch.
 */
export function checkPayout(body: Record<string, unknown>, merchantId: string, strict: SmilepayzSimStrictness): { ok: true; request: PayoutRequest } | { ok: false; problems: string[] } {
  const orderNo = text(body['orderNo']);
  const purpose = text(body['purpose']);
  const amount = field(body['money'], 'amount');
  const paymentMethod = text(body['paymentMethod']);
  const cashAccount = text(body['cashAccount']);
  const receiver = body['receiver'];
  const phone = text(field(receiver, 'phone'));
  const callbackUrl = body['callbackUrl'];
  const problems = [
    !/^[A-Za-z0-9]{6,32}$/.test(orderNo) && 'orderNo must be 6-32 letters or digits',
    (purpose === '' || [...purpose].length > 64) && 'purpose is required, at most 64 characters',
    text(field(body['merchant'], 'merchantId')) !== merchantId && 'merchant.merchantId must be the merchant of X-PARTNER-ID',
    field(body['money'], 'currency') !== 'VND' && 'money.currency must be VND',
    !(typeof amount === 'number' && Number.isSafeInteger(amount) && amount > 0) && 'money.amount must be a whole number of VND',
    strict.amountRange && typeof amount === 'number' && (amount < referenceAmountRange.min || amount > referenceAmountRange.max) && 'money.amount outside 50000-5000000',
    !(paymentMethod.length <= 6 && knownMethods.has(paymentMethod)) && 'paymentMethod is not a payment method code',
    !/^[A-Za-z0-9]{1,32}$/.test(cashAccount) && 'cashAccount must be 1-32 letters or digits',
    text(field(receiver, 'name')) === '' && 'receiver.name is required',
    phone === '' && 'receiver.phone is required',
    strict.phone84 && phone !== '' && !/^84\d{9}$/.test(phone) && 'receiver.phone must be 84 and 9 digits',
    text(field(receiver, 'email')) === '' && 'receiver.email is required',
    !absent(callbackUrl) && !(typeof callbackUrl === 'string' && callbackUrl.length <= 256 && /^https?:\/\//.test(callbackUrl)) && 'callbackUrl must be an http(s) URL of at most 256 characters',
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0 || typeof amount !== 'number') return { ok: false, problems };
  return { ok: true, request: { orderNo, amount, paymentMethod, cashAccount, receiverName: text(field(receiver, 'name')) } };
}
