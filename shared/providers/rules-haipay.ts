import type { Payee } from '../import/model.js';
import { accountTypeOf } from './account-type.js';
import { alphanumeric, amountRule, commonMessages, nationalPhone, simpleEmail } from './common-checks.js';
import { oneOf, requiredText } from './field-checks.js';
import { memoByLimits } from './memo-by-limits.js';
import { bankFinding, type ProviderRules, type RuleContext } from './rule-context.js';
import type { RuleLimits } from './rule-limits.js';
import { runRules, shown } from './run-rules.js';
import { fixOffers } from './safe-fixes.js';

const haipayName = /^[A-Za-z\s'.-]+$/;
const partnerUserId = /^[A-Za-z0-9\-~!@#$%&*()_]+$/;

const nameFix = fixOffers('unaccent', (fixed) => haipayName.test(fixed) && fixed.length <= 30);
const phoneFix = fixOffers('restore-phone-zero', (fixed) => nationalPhone.test(fixed));

/** HaiPay THB pay apply: seed "thb/pay/apply", PROVIDERS.md "Rules". */
const compiled = memoByLimits((limits: RuleLimits) => ({
  rules: {
    name: requiredText('name_missing').max(30, 'name_too_long').regex(haipayName, 'name_chars'),
    phone: requiredText('phone_missing').regex(nationalPhone, 'phone_format'),
    email: requiredText('email_missing').regex(simpleEmail, 'email_invalid'),
    accountNo: requiredText('account_missing').regex(alphanumeric, 'account_chars'),
    amount: amountRule(limits),
    accountType: oneOf(['EWALLET', 'BANK_ACCOUNT'], 'account_type_invalid'),
    partnerUserId: requiredText('partner_user_id_missing').regex(partnerUserId, 'partner_user_id_chars'),
  },
  messages: {
    ...commonMessages('HaiPay', 'THB', limits),
    name_too_long: (value: unknown) => `HaiPay accepts names of at most 30 characters; ${shown(value)} has ${String(value).length}. Shorten it (first, middle, last name).`,
    name_chars: (value: unknown) => `HaiPay accepts names in English letters only (A–Z, spaces, ' . -); ${shown(value)} has other characters. Write the name as on the account, in English letters.`,
    account_type_invalid: () => 'HaiPay needs to know whether this is a bank account or an e-wallet: write "Bank account" or "E-wallet" in the account type column.',
    partner_user_id_missing: () => 'HaiPay needs a user ID for every payee (used for its risk checks). Map your employee ID column.',
    partner_user_id_chars: (value: unknown) => `${shown(value)} has characters HaiPay does not accept in a user ID (letters, digits and - ~ ! @ # $ % & * ( ) _ only).`,
  },
}));

export const haipayRules: ProviderRules = {
  id: 'haipay',
  name: 'HaiPay',
  currency: 'THB',
  fields: ['name', 'accountNo', 'accountType', 'bank', 'amount', 'phone', 'email', 'partnerUserId'],
  usesBank: true,
  check(payee: Payee, context: RuleContext) {
    const { rules, messages } = compiled(context.limits);
    const bank = bankFinding(payee, context, 'HaiPay');
    const written = accountTypeOf(payee.accountType);
    const kind = payee.accountType === null ? bank.kind : written;
    const accountType = kind === 'wallet' ? 'EWALLET' : kind === 'bank' ? 'BANK_ACCOUNT' : null;
    const view = { name: payee.name, phone: payee.phone, email: payee.email, accountNo: payee.accountNo, amount: payee.amount, accountType, partnerUserId: payee.partnerUserId };
    const findings = runRules(
      rules,
      view,
      { name: 'name', phone: 'phone', email: 'email', accountNo: 'accountNo', amount: 'amount', accountType: 'accountType', partnerUserId: 'partnerUserId' },
      messages,
      (code, value) =>
        code === 'name_chars' ? nameFix(value) : code === 'phone_format' ? phoneFix(value) : undefined,
    );
    // Without a known bank the account type is unknowable; that is the bank's finding, not a second one.
    const shownFindings = bank.finding ? findings.filter((f) => f.field !== 'accountType' || payee.accountType !== null) : findings;
    if (bank.finding) shownFindings.push(bank.finding);
    // "E-wallet" written beside a bank (or the reverse) would go out as a pair HaiPay refuses.
    if (payee.accountType !== null && written !== null && bank.kind !== null && written !== bank.kind && !shownFindings.some((f) => f.field === 'accountType')) {
      shownFindings.push({ field: 'accountType', severity: 'error', code: 'account_type_mismatch', text: `the account type says ${written === 'wallet' ? 'e-wallet' : 'bank account'}, but ${payee.bank ?? 'the bank'} is ${bank.kind === 'wallet' ? 'an e-wallet' : 'a bank'}. Correct the account type or the bank.` });
    }
    return { findings: shownFindings, wire: { bankCode: bank.code, accountType } };
  },
};
