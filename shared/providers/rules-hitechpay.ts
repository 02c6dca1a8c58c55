import type { Payee } from '../import/model.js';
import { payoutDuplicates } from '../review/duplicate-rule.js';
import { amountRule, commonMessages, nationalPhone } from './common-checks.js';
import { requiredText, text } from './field-checks.js';
import { memoByLimits } from './memo-by-limits.js';
import type { ProviderRules, RuleContext } from './rule-context.js';
import type { RuleLimits } from './rule-limits.js';
import { remembered, runRules } from './run-rules.js';
import { fixOffers } from './safe-fixes.js';

const phoneFix = fixOffers('restore-phone-zero', (fixed) => nationalPhone.test(fixed));

/** HiTechPAY wallet top-up: the wallet is found by phone, so the phone is what must be right. */
const compiled = memoByLimits((limits: RuleLimits) => ({
  rules: {
    phone: requiredText('phone_missing').regex(nationalPhone, 'phone_format'),
    amount: amountRule(limits),
    description: text().max(limits.descriptionMax, 'description_too_long'),
  },
  messages: remembered(commonMessages('HiTechPAY', 'VND', limits)),
}));

export const hitechpayRules: ProviderRules = {
  id: 'hitechpay',
  name: 'HiTechPAY',
  currency: 'VND',
  fields: ['name', 'phone', 'amount', 'description'],
  usesBank: false,
  operation: 'payout',
  duplicates: payoutDuplicates(false),
  check(payee: Payee, context: RuleContext) {
    const { rules, messages } = compiled(context.limits);
    const view = { phone: payee.phone, amount: payee.amount, description: payee.description ?? context.limits.defaultDescription };
    const findings = runRules(rules, view, { phone: 'phone', amount: 'amount', description: 'description' }, messages, (code, value) =>
      code === 'phone_format' ? phoneFix(value) : undefined,
    );
    return { findings, wire: { bankCode: null, accountType: 'wallet' } };
  },
};
