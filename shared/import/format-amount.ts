import type { Currency } from './model.js';
import { minorUnits } from './parse-amount.js';

/** Integer minor units → "1,500,000 VND" / "1,234.50 THB", exactly (no float division). */
export function formatMinor(minor: number, currency: Currency): string {
  return `${formatMinorNumber(minor, currency)} ${currency}`;
}

/** The same without the currency: what an accountant types into an amount field. */
export function formatMinorNumber(minor: number, currency: Currency): string {
  const places = Math.log10(minorUnits[currency]);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}${places > 0 ? `.${digits.slice(-places)}` : ''}`;
}
