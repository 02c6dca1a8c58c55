import type { RowStatus } from '../../../shared/events.js';
import { formatMinorNumber } from '../../../shared/import/format-amount.js';
import type { Currency } from '../../../shared/import/model.js';

/** Each row status's colours (ARGB), as Excel's own Good / Bad / Neutral styles and two quiet ones. */
export const statusColours: Readonly<Record<RowStatus, { readonly fill: string; readonly font: string }>> = {
  succeeded: { fill: 'FFC6EFCE', font: 'FF006100' },
  failed: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  rejected: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  needs_review: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  unknown: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  sending: { fill: 'FFDDEBF7', font: 'FF1F4E78' },
  accepted: { fill: 'FFDDEBF7', font: 'FF1F4E78' },
  ready: { fill: 'FFEDEDED', font: 'FF595959' },
  cancelled: { fill: 'FFEDEDED', font: 'FF595959' },
};

export const headerFill = 'FFD9D9D9';
export const timeFormat = 'dd/mm/yyyy hh:mm:ss';

/** An amount's number format: whole đồng; baht with its satang. */
export function moneyFormat(currency: Currency): string {
  return currency === 'THB' ? '#,##0.00' : '#,##0';
}

/** Minor units as a number in the currency's units: the double nearest the exact decimal. */
export function unitsOf(minor: number, currency: Currency): number {
  return Number(formatMinorNumber(minor, currency).replaceAll(',', ''));
}
