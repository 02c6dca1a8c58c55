import { formatMinor } from '../import/format-amount.js';
import type { Currency } from '../import/model.js';
import { wholeAmount, type FieldRule } from './field-checks.js';
import type { RuleMessages } from './run-rules.js';
import { shown } from './run-rules.js';
import type { RuleLimits } from './rule-limits.js';

export const nationalPhone = /^0\d{9}$/;
export const simpleEmail = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
export const alphanumeric = /^[A-Za-z0-9]+$/;

export function amountRule(limits: RuleLimits): FieldRule {
  return wholeAmount({ min: limits.minAmount, max: limits.maxAmount }, { missing: 'amount_missing', belowMin: 'amount_below_min', aboveMax: 'amount_above_max' });
}

/** Messages shared by every provider, worded for the accountant. */
export function commonMessages(provider: string, currency: Currency, limits: RuleLimits): RuleMessages {
  return {
    amount_missing: () => 'the amount is missing or not a whole amount. Enter the amount to pay.',
    amount_below_min: (value) => `${provider} pays at least ${formatMinor(limits.minAmount, currency)} per transfer; this is ${formatMinor(Number(value), currency)}.`,
    amount_above_max: (value) => `${provider} pays at most ${formatMinor(limits.maxAmount, currency)} per transfer on this channel; this is ${formatMinor(Number(value), currency)}. Split it, or raise the limit in Settings if your contract allows more.`,
    phone_missing: () => `${provider} needs the payee's phone number.`,
    phone_format: (value) => `${shown(value)} is not a ${currency === 'VND' ? 'Vietnamese' : 'Thai'} mobile number (10 digits starting with 0).`,
    email_missing: () => `${provider} needs an email address for every payee.`,
    email_invalid: (value) => `${shown(value)} is not an email address.`,
    name_missing: () => `${provider} needs the payee's name.`,
    account_missing: () => `${provider} needs the account number.`,
    account_chars: (value) => `${shown(value)} has characters other than letters and digits (spaces, dots or dashes). Check it against the bank details and type the number only; Paybatch never changes account numbers itself.`,
    description_too_long: (value) => `the description is ${String(value).length} characters; ${provider} accepts at most ${limits.descriptionMax}.`,
  };
}
