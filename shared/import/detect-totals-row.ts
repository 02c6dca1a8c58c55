import type { RawRow } from './raw-sheet.js';
import { headerKey } from './text-normalize.js';

// Cheap first looks (first letter, then a prefix), with and without diacritics, before the
// exact comparison below: this runs on every cell of every row.
const totalsInitials = new Set([...'tTcCsSgGรย'].map((c) => c.charCodeAt(0)));

function couldStartTotals(text: string): boolean {
  const first = text.charCodeAt(0);
  return totalsInitials.has(first) || (first <= 32 && totalsInitials.has(text.trimStart().charCodeAt(0)));
}
const mayBeTotals = /^\s*(t[oôổ]ng|c[oộ]ng|total|sum|sub|grand|รวม|ยอดรวม)/i;

// A label and more words ("Cộng phòng Kế toán", "Subtotal Sales", "รวมแผนก"): a section
// subtotal, but "Công"/"Tông" also begin names, so these count only on a row with no account.
const labelPrefix = /^(tong cong|tong|cong|total|subtotal|sub total|grand total|รวม)\b|^รวม/;

const totalsWords = new Set(['tong cong', 'tong', 'cong', 'total', 'totals', 'grand total', 'sum', 'รวม', 'รวมทั้งสิ้น', 'รวมเงิน', 'ยอดรวม'].map(headerKey));

/**
 * Why a row is the sheet's totals line, or null. A label such as "Tổng cộng", "Total" or "รวม"
 * in a text cell left of the amount (a label stands before the number it labels), a subtotal
 * label on a row without an account, or a SUM/SUBTOTAL formula in the amount column.
 */
export type TotalsReason = { readonly text: string; readonly params: { readonly label: string } | { readonly formula: string } };

export function totalsReason(row: RawRow, amountColumn: number | undefined, accountColumn?: number): TotalsReason | null {
  const account = accountColumn === undefined ? undefined : row[accountColumn];
  const noAccount = account === null || account === undefined || (typeof account === 'string' && account.trim() === '');
  const end = amountColumn === undefined ? row.length : Math.min(amountColumn, row.length);
  for (let index = 0; index < end; index += 1) {
    const cell = row[index];
    if (cell === null || cell === undefined) continue;
    const raw = typeof cell === 'string' ? cell : cell !== null && cell.kind === 'formula-text' ? cell.text : null;
    if (raw === null || raw.length > 40 || !couldStartTotals(raw) || !mayBeTotals.test(raw)) continue;
    const text = raw.trim();
    const key = headerKey(text.replace(/:$/, ''));
    if (totalsWords.has(key) || /^tong cong\b/.test(key) || /^total\b/.test(key) || (noAccount && labelPrefix.test(key))) return { text: `totals row ("${text}")`, params: { label: text } };
  }
  const amount = amountColumn === undefined ? undefined : row[amountColumn];
  if (amount && typeof amount === 'object' && 'formula' in amount && amount.formula && /^\s*=?\s*(SUM|SUBTOTAL|AGGREGATE)\s*\(/i.test(amount.formula)) {
    const formula = amount.formula.replace(/^\s*=?\s*/, '').split('(')[0]?.toUpperCase() ?? '';
    return { text: `totals row (the amount is a ${formula} formula)`, params: { formula } };
  }
  return null;
}
