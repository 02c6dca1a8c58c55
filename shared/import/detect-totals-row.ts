import { cellText, type RawRow } from './raw-sheet.js';
import { headerKey } from './text-normalize.js';

const totalsWords = new Set(['tong cong', 'tong', 'cong', 'total', 'totals', 'grand total', 'sum', 'รวม', 'รวมทั้งสิ้น', 'รวมเงิน', 'ยอดรวม'].map(headerKey));

/**
 * Why a row is the sheet's totals line, or null. A label such as "Tổng cộng", "Total" or "รวม"
 * in one of its text cells, or a SUM/SUBTOTAL formula in the amount column.
 */
export function totalsReason(row: RawRow, amountColumn: number | undefined): string | null {
  for (const cell of row.cells) {
    if (typeof cell !== 'string' && (cell === null || cell.kind !== 'formula-text')) continue;
    const text = cellText(cell).trim();
    const key = headerKey(text.replace(/:$/, ''));
    if (totalsWords.has(key) || /^tong cong\b/.test(key) || /^total\b/.test(key)) return `totals row ("${text}")`;
  }
  const amount = amountColumn === undefined ? undefined : row.cells[amountColumn];
  if (amount && typeof amount === 'object' && 'formula' in amount && amount.formula && /^\s*=?\s*(SUM|SUBTOTAL|AGGREGATE)\s*\(/i.test(amount.formula)) {
    return `totals row (the amount is a ${amount.formula.replace(/^\s*=?\s*/, '').split('(')[0]?.toUpperCase()} formula)`;
  }
  return null;
}
