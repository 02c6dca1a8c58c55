import { formatMinor } from '../import/format-amount.js';
import type { Payee } from '../import/model.js';
import { payoutDuplicates } from '../review/duplicate-rule.js';
import type { Finding } from '../review/review-types.js';
import { alphanumeric, amountRule, commonMessages, nationalPhone, simpleEmail } from './common-checks.js';
import { requiredText, text } from './field-checks.js';
import { memoByLimits } from './memo-by-limits.js';
import { bankFinding, type ProviderRules, type RuleContext } from './rule-context.js';
import type { RuleLimits } from './rule-limits.js';
import { remembered, runRules, shown } from './run-rules.js';
import { said } from './said.js';
import { fixOffers } from './safe-fixes.js';

const provider = 'SmilePayz';
const phoneFix = fixOffers('restore-phone-zero', (fixed) => nationalPhone.test(fixed));

/**
 * SmilePayz VND pay-out: seed "pay-out", PROVIDERS.md "Rules". Its page gives the amount range
 * 50,000–5,000,000 "for reference only; actual limits may vary by downstream channel", so an
 * amount under the minimum (a setting, defaulting to 50,000) is a warning to acknowledge, not an
 * error; the maximum stays an error, raised only by a confirmed setting.
 */
const compiled = memoByLimits((limits: RuleLimits) => ({
  rules: {
    name: requiredText('name_missing'),
    phone: requiredText('phone_missing').regex(nationalPhone, 'phone_format'),
    email: requiredText('email_missing').regex(simpleEmail, 'email_invalid'),
    cashAccount: requiredText('account_missing').max(32, 'account_too_long').regex(alphanumeric, 'account_chars'),
    amount: amountRule({ ...limits, minAmount: 1 }),
    purpose: text().max(limits.descriptionMax, 'description_too_long'),
  },
  messages: remembered({
    ...commonMessages(provider, 'VND', limits),
    account_too_long: (value: unknown) => said(`${shown(value)} is longer than the 32 characters ${provider} accepts for an account.`, { provider, value: String(value), max: 32 }),
  }),
}));

export const smilepayzRules: ProviderRules = {
  id: 'smilepayz',
  name: provider,
  currency: 'VND',
  fields: ['name', 'accountNo', 'bank', 'amount', 'phone', 'email', 'description'],
  usesBank: true,
  operation: 'payout',
  duplicates: payoutDuplicates(true),
  check(payee: Payee, context: RuleContext) {
    const { rules, messages } = compiled(context.limits);
    const view = {
      name: payee.name,
      phone: payee.phone,
      email: payee.email,
      cashAccount: payee.accountNo,
      amount: payee.amount,
      purpose: payee.description ?? context.limits.defaultDescription,
    };
    const findings = runRules(rules, view, { name: 'name', phone: 'phone', email: 'email', cashAccount: 'accountNo', amount: 'amount', purpose: 'description' }, messages, (code, value) =>
      code === 'phone_format' ? phoneFix(value) : undefined,
    );
    const below = belowReferenceMinimum(payee.amount, context.limits);
    if (below) findings.push(below);
    const bank = bankFinding(payee, context, provider);
    if (bank.finding) findings.push(bank.finding);
    return { findings, wire: { bankCode: bank.code, accountType: bank.kind } };
  },
};

function belowReferenceMinimum(amount: number | null, limits: RuleLimits): Finding | null {
  if (amount === null || !Number.isSafeInteger(amount) || amount <= 0 || amount >= limits.minAmount || amount > limits.maxAmount) return null;
  const [written, min] = [formatMinor(amount, 'VND'), formatMinor(limits.minAmount, 'VND')];
  const { text, params } = said(
    `${written} is under the ${min} ${provider} gives as its usual minimum; your channel may refuse it. Acknowledge if your channel pays smaller amounts, or lower the minimum in Settings.`,
    { provider, amount: written, amountMinor: amount, min, minMinor: limits.minAmount, currency: 'VND' },
  );
  return { field: 'amount', severity: 'warning', code: 'amount_below_reference_min', text, params };
}
