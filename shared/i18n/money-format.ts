import type { Currency } from '../import/model.js';
import { minorUnits } from '../import/parse-amount.js';
import { localeOf, type Language } from './languages.js';

const money = new Map<string, Intl.NumberFormat>();
const plain = new Map<string, Intl.NumberFormat>();

/**
 * Minor units as a string of major units ("1234.50"), exactly: Intl formats a decimal string
 * as written, so no amount ever passes through a float on its way to the screen.
 */
export function majorText(minor: number, currency: Currency): string {
  const places = Math.log10(minorUnits[currency]);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(places + 1, '0');
  return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** An amount as the language writes money: 16.000.000 ₫, ฿1,234.50, ₫16,000,000. */
export function formatMoney(minor: number, currency: Currency, language: Language): string {
  const key = `${language}|${currency}`;
  let format = money.get(key);
  if (!format) {
    const places = Math.log10(minorUnits[currency]);
    format = new Intl.NumberFormat(localeOf[language], { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: places, maximumFractionDigits: places });
    money.set(key, format);
  }
  // A decimal string is formatted exactly (Intl.NumberFormat v3); TypeScript's lib predates it.
  return format.format(majorText(minor, currency) as unknown as number);
}

/** The number alone, grouped as the language groups it: what the accountant types back. */
export function formatMoneyNumber(minor: number, currency: Currency, language: Language): string {
  const key = `${language}|${currency}`;
  let format = plain.get(key);
  if (!format) {
    const places = Math.log10(minorUnits[currency]);
    format = new Intl.NumberFormat(localeOf[language], { minimumFractionDigits: places, maximumFractionDigits: places });
    plain.set(key, format);
  }
  return format.format(majorText(minor, currency) as unknown as number);
}
