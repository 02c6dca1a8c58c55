import { z } from 'zod';
import type { Payee } from '../import/model.js';
import { amountSchema, commonMessages, nationalPhone, requiredText } from './common-checks.js';
import type { ProviderRules, RuleContext } from './rule-context.js';
import type { RuleLimits } from './rule-limits.js';
import { runRules } from './run-rules.js';
import { offerFix } from './safe-fixes.js';
import { memoByLimits } from './memo-by-limits.js';

/** HiTechPAY wallet top-up: the wallet is found by phone, so the phone is what must be right. */
const compiled = memoByLimits((limits: RuleLimits) => ({
  schema: z.object({
    phone: requiredText('phone_missing').regex(nationalPhone, 'phone_format'),
    amount: amountSchema(limits),
    description: z.string().max(limits.descriptionMax, 'description_too_long'),
  }),
  messages: commonMessages('HiTechPAY', 'VND', limits),
}));

export const hitechpayRules: ProviderRules = {
  id: 'hitechpay',
  name: 'HiTechPAY',
  currency: 'VND',
  fields: ['name', 'phone', 'amount', 'description'],
  usesBank: false,
  check(payee: Payee, context: RuleContext) {
    const { schema, messages } = compiled(context.limits);
    const view = { phone: payee.phone, amount: payee.amount, description: payee.description ?? context.limits.defaultDescription };
    const findings = runRules(schema, view, { phone: 'phone', amount: 'amount', description: 'description' }, messages, (code, value) =>
      code === 'phone_format' ? offerFix('restore-phone-zero', value, (fixed) => nationalPhone.test(fixed)) : undefined,
    );
    return { findings, wire: { bankCode: null, accountType: 'wallet' } };
  },
};
