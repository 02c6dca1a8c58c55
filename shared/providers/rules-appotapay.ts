import type { Payee } from '../import/model.js';
import { payoutDuplicates } from '../review/duplicate-rule.js';
import { accountTypeOf } from './account-type.js';
import { amountRule, commonMessages } from './common-checks.js';
import { oneOf, requiredText, text } from './field-checks.js';
import { memoByLimits } from './memo-by-limits.js';
import { bankFinding, type ProviderRules, type RuleContext } from './rule-context.js';
import type { RuleLimits } from './rule-limits.js';
import { remembered, runRules, shown } from './run-rules.js';
import { said } from './said.js';
import { fixOffers } from './safe-fixes.js';

const accountName = /^[A-Za-z0-9 .\-,_&]+$/;
const message = /^[A-Za-z0-9 ]*$/;
const provider = 'AppotaPay';

// `accepts` says which pair the column takes: HaiPay's account type words it for its own pair.
const accountTypeInvalid = said(`${provider} sends to a bank account or a card: write "Tài khoản" or "Thẻ" in the account type column.`, { provider, accepts: 'account_or_card' });

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
  messages: remembered({
    ...commonMessages(provider, 'VND', limits),
    account_name_chars: (value: unknown) => said(`${provider} accepts account names without accents only (letters, digits, spaces and . - , _ &); ${shown(value)} does not fit.`, { provider, value: String(value) }),
    account_length: (value: unknown) =>
      said(`${shown(value)} is not 3 to 22 characters long, as ${provider} requires of an account or card number. Check it against the bank details.`, { provider, value: String(value), min: 3, max: 22 }),
    account_type_invalid: () => accountTypeInvalid,
    message_chars: (value: unknown) => said(`${provider} accepts a message in unaccented letters and digits only; ${shown(value)} has accents or special characters.`, { provider, value: String(value) }),
  }),
  messageFix: fixOffers('unaccent-message', (fixed) => message.test(fixed) && fixed.length <= limits.descriptionMax),
}));

const nameFix = fixOffers('unaccent-upper', (fixed) => accountName.test(fixed));

export const appotapayRules: ProviderRules = {
  id: 'appotapay',
  name: provider,
  currency: 'VND',
  fields: ['name', 'accountNo', 'accountType', 'bank', 'amount', 'description'],
  usesBank: true,
  operation: 'payout',
  duplicates: payoutDuplicates(true),
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
    const bank = bankFinding(payee, context, provider);
    if (bank.finding) findings.push(bank.finding);
    return { findings, wire: { bankCode: bank.code, accountType } };
  },
};
