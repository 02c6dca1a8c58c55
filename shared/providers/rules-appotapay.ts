import type { Payee } from '../import/model.js';
import { accountTypeOf } from './account-type.js';
import { amountRule, commonMessages } from './common-checks.js';
import { oneOf, requiredText, text } from './field-checks.js';
import { memoByLimits } from './memo-by-limits.js';
import { bankFinding, type ProviderRules, type RuleContext } from './rule-context.js';
import type { RuleLimits } from './rule-limits.js';
import { runRules, shown } from './run-rules.js';
import { fixOffers } from './safe-fixes.js';

const accountName = /^[A-Za-z0-9 .\-,_&]+$/;
const message = /^[A-Za-z0-9 ]*$/;

/** AppotaPay transfer make: seed "transfer/make", PROVIDERS.md "Rules". */
const compiled = memoByLimits((limits: RuleLimits) => ({
  rules: {
    accountName: requiredText('name_missing').regex(accountName, 'account_name_chars'),
    accountNo: requiredText('account_missing').min(3, 'account_length').max(22, 'account_length').regex(/^[A-Za-z0-9]+$/, 'account_chars'),
    accountType: oneOf(['account', 'card'], 'account_type_invalid'),
    amount: amountRule(limits),
    message: text().max(limits.descriptionMax, 'description_too_long').regex(message, 'message_chars'),
    feeType: oneOf(['payer', 'receiver']),
  },
  messages: {
    ...commonMessages('AppotaPay', 'VND', limits),
    account_name_chars: (value: unknown) => `AppotaPay accepts account names without accents only (letters, digits, spaces and . - , _ &); ${shown(value)} does not fit.`,
    account_length: (value: unknown) => `${shown(value)} is not 3 to 22 characters long, as AppotaPay requires of an account or card number. Check it against the bank details.`,
    account_type_invalid: () => 'AppotaPay sends to a bank account or a card: write "Tài khoản" or "Thẻ" in the account type column.',
    message_chars: (value: unknown) => `AppotaPay accepts a message in unaccented letters and digits only; ${shown(value)} has accents or special characters.`,
  },
  messageFix: fixOffers('unaccent-message', (fixed) => message.test(fixed) && fixed.length <= limits.descriptionMax),
}));

const nameFix = fixOffers('unaccent-upper', (fixed) => accountName.test(fixed));

export const appotapayRules: ProviderRules = {
  id: 'appotapay',
  name: 'AppotaPay',
  currency: 'VND',
  fields: ['name', 'accountNo', 'accountType', 'bank', 'amount', 'description'],
  usesBank: true,
  check(payee: Payee, context: RuleContext) {
    const { rules, messages, messageFix } = compiled(context.limits);
    const written = accountTypeOf(payee.accountType);
    const accountType = payee.accountType === null ? 'account' : written === 'card' ? 'card' : written === 'bank' ? 'account' : null;
    const view = {
      accountName: payee.name,
      accountNo: payee.accountNo,
      accountType,
      amount: payee.amount,
      message: payee.description ?? context.limits.defaultDescription,
      feeType: context.limits.feeType,
    };
    const findings = runRules(
      rules,
      view,
      { accountName: 'name', accountNo: 'accountNo', accountType: 'accountType', amount: 'amount', message: 'description', feeType: 'amount' },
      messages,
      (code, value) => (code === 'account_name_chars' ? nameFix(value) : code === 'message_chars' ? messageFix(value) : undefined),
    );
    const bank = bankFinding(payee, context, 'AppotaPay');
    if (bank.finding) findings.push(bank.finding);
    return { findings, wire: { bankCode: bank.code, accountType } };
  },
};
