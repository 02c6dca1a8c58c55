import { formatMinor } from '../import/format-amount.js';
import type { Currency } from '../import/model.js';
import { wholeAmount, type FieldRule } from './field-checks.js';
import type { RuleMessages } from './run-rules.js';
import { shown } from './run-rules.js';
import type { RuleLimits } from './rule-limits.js';
import { said } from './said.js';

export const nationalPhone = /^0\d{9}$/;
export const simpleEmail = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export const alphanumeric = /^[A-Za-z0-9]+$/;

export function amountRule(limits: RuleLimits): FieldRule {
  return wholeAmount({ min: limits.minAmount, max: limits.maxAmount }, { missing: 'amount_missing', belowMin: 'amount_below_min', aboveMax: 'amount_above_max' });
}

/** Messages shared by every provider, worded for the accountant. */
export function commonMessages(provider: string, currency: Currency, limits: RuleLimits): RuleMessages {
  const country = currency === 'VND' ? 'vn' : 'th';
  // The sentences without a value are the same on every row: made once here.
  // `reason`: the import says `amount_missing` of an empty cell in its own words; this one is
  // also a zero, negative or fractional amount, or one taken out in Review.
  const amountMissing = said('the amount is missing or not a whole amount. Enter the amount to pay.', { reason: 'not_whole' });
  const phoneMissing = said(`${provider} needs the payee's phone number.`, { provider });
  const emailMissing = said(`${provider} needs an email address for every payee.`, { provider });
  const nameMissing = said(`${provider} needs the payee's name.`, { provider });
  const accountMissing = said(`${provider} needs the account number.`, { provider });
  // An amount is given as the English writes it (`max`: "4,000,000 VND") and in minor units
  // with its currency (`maxMinor`, `currency`), so that the view can write it in the reader's
  // way (Translator.money) rather than from the English text.
  const min = { min: formatMinor(limits.minAmount, currency), minMinor: limits.minAmount };
  const max = { max: formatMinor(limits.maxAmount, currency), maxMinor: limits.maxAmount };
  return {
    amount_missing: () => amountMissing,
    amount_below_min: (value) => {
      const amount = Number(value);
      const written = formatMinor(amount, currency);
      return said(`${provider} pays at least ${min.min} per transfer; this is ${written}.`, { provider, ...min, amount: written, amountMinor: amount, currency });
    },
    amount_above_max: (value) => {
      const amount = Number(value);
      const written = formatMinor(amount, currency);
      return said(`${provider} pays at most ${max.max} per transfer on this channel; this is ${written}. Split it, or raise the limit in Settings if your contract allows more.`, {
        provider,
        ...max,
        amount: written,
        amountMinor: amount,
        currency,
      });
    },
    phone_missing: () => phoneMissing,
    phone_format: (value) => said(`${shown(value)} is not a ${country === 'vn' ? 'Vietnamese' : 'Thai'} mobile number (10 digits starting with 0).`, { value: String(value), country }),
    email_missing: () => emailMissing,
    email_invalid: (value) => said(`${shown(value)} is not an email address.`, { value: String(value) }),
    name_missing: () => nameMissing,
    account_missing: () => accountMissing,
    account_chars: (value) =>
      said(`${shown(value)} has characters other than letters and digits (spaces, dots or dashes). Check it against the bank details and type the number only; Paybatch never changes account numbers itself.`, { value: String(value) }),
    description_too_long: (value) => {
      const length = String(value).length;
      return said(`the description is ${length} characters; ${provider} accepts at most ${limits.descriptionMax}.`, { provider, length, max: limits.descriptionMax });
    },
  };
}
