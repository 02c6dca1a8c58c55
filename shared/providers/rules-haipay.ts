import type { Payee } from '../import/model.js';
import { payoutDuplicates } from '../review/duplicate-rule.js';
import type { Finding } from '../review/review-types.js';
import { accountTypeOf } from './account-type.js';
import { alphanumeric, amountRule, commonMessages, nationalPhone, simpleEmail } from './common-checks.js';
import { oneOf, requiredText } from './field-checks.js';
import { memoByLimits } from './memo-by-limits.js';
import { bankFinding, type ProviderRules, type RuleContext } from './rule-context.js';
import type { RuleLimits } from './rule-limits.js';
import { remembered, runRules, shown } from './run-rules.js';
import { said } from './said.js';
import { fixOffers } from './safe-fixes.js';

const haipayName = /^[A-Za-z\s'.-]+$/;
const partnerUserId = /^[A-Za-z0-9\-~!@#$%&*()_]+$/;
const provider = 'HaiPay';

const accountTypeInvalid = said(`${provider} needs to know whether this is a bank account or an e-wallet: write "Bank account" or "E-wallet" in the account type column.`, { provider, accepts: 'bank_or_wallet' });
const partnerUserIdMissing = said(`${provider} needs a user ID for every payee (used for its risk checks). Map your employee ID column.`, { provider });

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
  messages: remembered({
    ...commonMessages(provider, 'THB', limits),
    name_too_long: (value: unknown) => {
      const length = String(value).length;
      return said(`${provider} accepts names of at most 30 characters; ${shown(value)} has ${length}. Shorten it (first, middle, last name).`, { provider, value: String(value), length, max: 30 });
    },
    name_chars: (value: unknown) =>
      said(`${provider} accepts names in English letters only (A–Z, spaces, ' . -); ${shown(value)} has other characters. Write the name as on the account, in English letters.`, { provider, value: String(value) }),
    account_type_invalid: () => accountTypeInvalid,
    partner_user_id_missing: () => partnerUserIdMissing,
    partner_user_id_chars: (value: unknown) => said(`${shown(value)} has characters ${provider} does not accept in a user ID (letters, digits and - ~ ! @ # $ % & * ( ) _ only).`, { provider, value: String(value) }),
  }),
}));

export const haipayRules: ProviderRules = {
  id: 'haipay',
  name: provider,
  currency: 'THB',
  fields: ['name', 'accountNo', 'accountType', 'bank', 'amount', 'phone', 'email', 'partnerUserId'],
  usesBank: true,
  operation: 'payout',
  duplicates: payoutDuplicates(true),
  check(payee: Payee, context: RuleContext) {
    const { rules, messages } = compiled(context.limits);
    const bank = bankFinding(payee, context, provider);
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
      shownFindings.push(accountTypeMismatch(written, payee.bank ?? 'the bank', bank.kind));
    }
    return { findings: shownFindings, wire: { bankCode: bank.code, accountType } };
  },
};

/** "E-wallet" written beside a bank, or "Bank account" beside an e-wallet. */
function accountTypeMismatch(written: 'bank' | 'wallet' | 'card', bank: string, kind: 'bank' | 'wallet'): Finding {
  const { text, params } = said(
    `the account type says ${written === 'wallet' ? 'e-wallet' : 'bank account'}, but ${bank} is ${kind === 'wallet' ? 'an e-wallet' : 'a bank'}. Correct the account type or the bank.`,
    { written: written === 'wallet' ? 'wallet' : 'bank', bank, kind },
  );
  return { field: 'accountType', severity: 'error', code: 'account_type_mismatch', text, params };
}
