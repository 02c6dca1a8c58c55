import { formatMinor } from '../import/format-amount.js';
import type { Payee } from '../import/model.js';
import { refundDuplicates } from '../review/duplicate-rule.js';
import type { Finding } from '../review/review-types.js';
import { requiredText, text, wholeAmount } from './field-checks.js';
import { memoByLimits } from './memo-by-limits.js';
import type { ProviderRules, RuleContext } from './rule-context.js';
import type { RuleLimits } from './rule-limits.js';
import { remembered, runRules, shown } from './run-rules.js';
import { said } from './said.js';

const provider = 'HiTechPAY';

/**
 * ZaloPay's spec types zp_trans_id as a string in the refund and an int64 in its answers:
 * digits only, at most 19 of them (PROVIDERS.md "HiTechPAY").
 */
export const transactionIdPattern = /^\d{1,19}$/;

/** The description a refund without one is sent with: ZaloPay's refund requires a reason. */
export const defaultRefundDescription = 'Hoan tien';

/**
 * HiTechPAY refund of a captured payment (seed "refund"): the transaction refunded, the amount
 * given back (whole đồng, more than zero; what the payment captured bounds it, which only the
 * provider knows), an optional fee kept back, and the reason. The payout limits do not apply:
 * they are a top-up channel's.
 */
const compiled = memoByLimits((limits: RuleLimits) => ({
  rules: {
    zp_trans_id: requiredText('transaction_missing').regex(transactionIdPattern, 'transaction_format'),
    amount: wholeAmount({ min: 1, max: Number.MAX_SAFE_INTEGER }, { missing: 'refund_amount_missing', belowMin: 'refund_amount_missing', aboveMax: 'refund_amount_missing' }),
    description: text().max(limits.descriptionMax, 'description_too_long'),
  },
  messages: remembered({
    transaction_missing: () => said(`${provider} needs the transaction id (zp_trans_id) of the payment to refund.`, { provider }),
    transaction_format: (value) => said(`${shown(value)} is not a ${provider} transaction id (zp_trans_id): it is digits only, at most 19. Copy it from the order system again.`, { provider, value: String(value) }),
    refund_amount_missing: () => said('the refund amount is missing or not a whole amount. Enter the amount to give back.'),
    description_too_long: (value) => {
      const length = String(value).length;
      return said(`the description is ${length} characters; ${provider} accepts at most ${limits.descriptionMax}.`, { provider, length, max: limits.descriptionMax });
    },
  }),
}));

export const hitechpayRefundRules: ProviderRules = {
  id: 'hitechpay',
  name: provider,
  currency: 'VND',
  fields: ['transactionId', 'amount', 'refundFee', 'description', 'reference', 'name'],
  usesBank: false,
  operation: 'refund',
  duplicates: refundDuplicates('VND'),
  check(payee: Payee, context: RuleContext) {
    const { rules, messages } = compiled(context.limits);
    const view = { zp_trans_id: payee.transactionId, amount: payee.amount, description: payee.description ?? defaultRefundDescription };
    const findings = runRules(rules, view, { zp_trans_id: 'transactionId', amount: 'amount', description: 'description' }, messages);
    const fee = feeFinding(payee);
    if (fee) findings.push(fee);
    return { findings, wire: { bankCode: null, accountType: null } };
  },
};

/** The fee is kept back from the refund: it must leave something to give back. */
function feeFinding(payee: Payee): Finding | null {
  const { refundFee: fee, amount } = payee;
  if (fee === null || amount === null || fee < amount) return null;
  const [feeText, amountText] = [formatMinor(fee, 'VND'), formatMinor(amount, 'VND')];
  const { text, params } = said(`the refund fee (${feeText}) must be less than the refund amount (${amountText}). Check both cells.`, { fee: feeText, feeMinor: fee, amount: amountText, amountMinor: amount, currency: 'VND' });
  return { field: 'refundFee', severity: 'error', code: 'refund_fee_not_below_amount', text, params };
}
