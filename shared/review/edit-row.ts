import type { AmountFormat, Currency, PayeeField, RowIssue } from '../import/model.js';
import { normalizePhone } from '../import/normalize-phone.js';
import { parseAmountText } from '../import/parse-amount.js';
import { cleanText } from '../import/text-normalize.js';
import type { ReviewRow } from './review-row.js';

/**
 * The accountant typed `text` into a cell: read it the way the import would have, and replace
 * what the import said about that cell. Amounts and account numbers are taken exactly as typed.
 */
export function editRow(row: ReviewRow, field: PayeeField, text: string, currency: Currency, amountFormat: AmountFormat = 'auto'): ReviewRow {
  const column = row.sources[field] ?? null;
  const entryIssues = row.entryIssues.filter((issue) => issue.field !== field);
  // Said as the import says it about a cell (same code, same params), in whatever language is read.
  const issue = (severity: RowIssue['severity'], code: string, message: string, params: RowIssue['params']): void => {
    entryIssues.push({ field, column, severity, code, message: `Row ${row.row}${column ? `, column ${column}` : ''}: ${message}`, params });
  };
  const typed = cleanText(text);
  let value: string | number | null = typed === '' ? null : typed;
  // A refund's fee is an amount too (zero allowed: the rules say whether it fits the refund).
  if ((field === 'amount' || field === 'refundFee') && typed !== '') {
    const result = parseAmountText(typed, currency, typedAmountFormat(currency, amountFormat));
    if (result.ok) value = result.minor;
    else {
      value = null;
      issue('error', result.code, `${result.reason}.`, { ...result.params, written: typed });
    }
  }
  if (field === 'phone' && typed !== '') {
    const result = normalizePhone(typed, currency);
    value = result.phone;
    if (result.warning === 'phone_unusual') issue('warning', 'phone_unusual', `"${typed}" does not look like a ${currency === 'VND' ? 'Vietnamese' : 'Thai'} phone number (10 digits starting with 0).`, { written: typed, currency });
  }
  return { ...row, payee: { ...row.payee, [field]: value }, entryIssues };
}

/**
 * How a typed amount is read: as the sheet's own amounts were (the batch's format), and for
 * baht, whose two decimals make "1.500" ambiguous, with a dot for decimals unless the sheet
 * said otherwise.
 */
export function typedAmountFormat(currency: Currency, amountFormat: AmountFormat): AmountFormat {
  if (amountFormat !== 'auto') return amountFormat;
  return currency === 'THB' ? 'dot-decimal' : 'auto';
}
