import type { Currency } from './model.js';

export type PhoneResult = { readonly phone: string; readonly warning: 'phone_leading_zero_restored' | 'phone_unusual' | null };

const nationalForm = /^0\d{9}$/;

const countryCode: Readonly<Record<Currency, string>> = { VND: '84', THB: '66' };

/**
 * A phone as providers want it: the national form with its leading zero, digits only.
 * "+84 912 345 678", "84912345678", "0912-345-678" → "0912345678" (Thailand likewise with 66).
 * A 9-digit number lost its zero (typically a number cell in Excel): restored, with a warning.
 */
export function normalizePhone(written: string, currency: Currency): PhoneResult {
  if (nationalForm.test(written)) return { phone: written, warning: null };
  const trimmed = written.trim();
  const digits = trimmed.replace(/[\s\u00a0.\-()/]/g, '');
  const code = countryCode[currency];
  if (/^\+\d+$/.test(digits)) {
    const rest = digits.slice(1);
    if (rest.startsWith(code) && rest.length === code.length + 9) return { phone: `0${rest.slice(code.length)}`, warning: null };
    return { phone: digits, warning: 'phone_unusual' };
  }
  if (!/^\d+$/.test(digits)) return { phone: trimmed, warning: 'phone_unusual' };
  if (digits.length === 10 && digits.startsWith('0')) return { phone: digits, warning: null };
  if (digits.length === code.length + 9 && digits.startsWith(code)) return { phone: `0${digits.slice(code.length)}`, warning: null };
  if (digits.length === 9 && !digits.startsWith('0')) {
    return { phone: `0${digits}`, warning: 'phone_leading_zero_restored' };
  }
  return { phone: digits, warning: 'phone_unusual' };
}
