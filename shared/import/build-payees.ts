import { totalsReason } from './detect-totals-row.js';
import type { ColumnIndexMapping } from './map-columns.js';
import type { AmountFormat, Currency, ExcludedRow, ImportedRow, Payee, PayeeField, RowIssue } from './model.js';
import { normalizePhone } from './normalize-phone.js';
import { amountFromNumber, inferAmountFormat, parseAmountText, type AmountResult } from './parse-amount.js';
import { cellIsEmpty, cellText, type RawCell, type RawRow } from './raw-sheet.js';
import { readIdentifier } from './read-identifier.js';
import { cleanText, headerKey } from './text-normalize.js';

export type BuildOptions = {
  readonly headers: readonly string[];
  readonly mapping: ColumnIndexMapping;
  readonly currency: Currency;
  readonly amountFormat: AmountFormat;
};

export type BuildResult = {
  readonly rows: ImportedRow[];
  readonly excludedRows: ExcludedRow[];
  /** The convention used for written amounts: the one given, or the one the column shows. */
  readonly amountFormat: AmountFormat;
};

const textFields = ['name', 'accountType', 'bank', 'email', 'description', 'reference', 'partnerUserId'] as const satisfies readonly PayeeField[];

/** Data rows (everything below the header row) → payees, totals and trailing notes excluded. */
export function buildPayees(dataRows: readonly RawRow[], options: BuildOptions, onProgress?: (done: number) => void): BuildResult {
  const { mapping, headers } = options;
  const amountColumn = mapping.amount;
  const amountFormat = options.amountFormat === 'auto' && amountColumn !== undefined ? inferAmountFormat(writtenAmounts(dataRows, amountColumn)) : options.amountFormat;
  const headerKeys = headers.map(headerKey).join('|');
  const rows: ImportedRow[] = [];
  const excludedRows: ExcludedRow[] = [];
  let afterTotals = false;

  for (const [index, raw] of dataRows.entries()) {
    if (onProgress && index % 5000 === 0) onProgress(index);
    const totals = totalsReason(raw, amountColumn);
    if (totals) {
      excludedRows.push({ row: raw.number, reason: `Row ${raw.number}: ${totals}, not a payee` });
      afterTotals = true;
      continue;
    }
    if (raw.cells.map((cell) => headerKey(cellText(cell))).join('|') === headerKeys) {
      excludedRows.push({ row: raw.number, reason: `Row ${raw.number}: the header row repeated` });
      continue;
    }
    // Under the totals line come signatures ("Người lập biểu", "Kế toán trưởng") and notes,
    // which may sit in any column, the amount column included; a row there without a
    // readable amount is not a payee.
    if (afterTotals && !hasAmount(raw, amountColumn, options.currency, amountFormat)) {
      excludedRows.push({ row: raw.number, reason: `Row ${raw.number}: below the totals row, with no amount (signatures or notes)` });
      continue;
    }
    rows.push(buildRow(raw, options, amountFormat));
  }
  onProgress?.(dataRows.length);
  return { rows, excludedRows, amountFormat };
}

function buildRow(raw: RawRow, options: BuildOptions, amountFormat: AmountFormat): ImportedRow {
  const { mapping, headers, currency } = options;
  const issues: RowIssue[] = [];
  const sources: Partial<Record<PayeeField, string>> = {};
  const column = (field: PayeeField): string | null => {
    const index = mapping[field];
    return index === undefined ? null : (headers[index] ?? `Column ${index + 1}`);
  };
  const issue = (field: PayeeField, severity: RowIssue['severity'], code: string, text: string): void => {
    const header = column(field);
    issues.push({ field, column: header, severity, code, message: `Row ${raw.number}${header ? `, column ${header}` : ''}: ${text}` });
  };
  for (const field of Object.keys(mapping) as PayeeField[]) {
    const header = column(field);
    if (header !== null) sources[field] = header;
  }

  const payee: Payee = {
    name: null,
    accountNo: null,
    accountType: null,
    bank: null,
    amount: null,
    currency,
    phone: null,
    email: null,
    description: null,
    reference: null,
    partnerUserId: null,
  };

  for (const field of textFields) {
    const cell = at(raw, mapping[field]);
    if (cell && typeof cell === 'object' && cell.kind === 'error') {
      issue(field, 'error', 'cell_error', `the cell shows the Excel error ${cell.text}. Fix the formula in Excel, save, and import again.`);
      continue;
    }
    const text = cleanText(cellText(cell));
    payee[field] = text === '' ? null : text;
  }

  const account = at(raw, mapping.accountNo);
  if (!cellIsEmpty(account)) {
    const read = readIdentifier(account ?? null);
    if (read.ok) {
      payee.accountNo = read.text;
      if (read.fromNumber) {
        issue('accountNo', 'warning', 'account_stored_as_number', `Excel stored this account number as a number (${read.text}). If the real number starts with 0, that zero is lost: check it, or format the column as Text in Excel and retype it.`);
      }
    } else if (read.code === 'digits_lost') {
      issue('accountNo', 'error', 'account_digits_lost', `Excel stored this account number as a number with more than 15 digits, so its last digits are already lost (the cell holds ${read.shown}). In Excel, format the column as Text, retype the account number, and import again.`);
    } else if (read.code === 'scientific_notation') {
      issue('accountNo', 'error', 'account_scientific', `the account number was saved as ${read.shown}, so its digits are lost. Re-export the sheet with this column formatted as Text.`);
    } else {
      issue('accountNo', 'error', 'account_not_text', `"${read.shown}" is not an account number. Check the cell in the sheet.`);
    }
  }

  const phoneCell = at(raw, mapping.phone);
  if (!cellIsEmpty(phoneCell)) {
    const fromNumber = phoneCell !== null && typeof phoneCell === 'object' && phoneCell.kind === 'number';
    const result = normalizePhone(cellText(phoneCell), currency);
    payee.phone = result.phone;
    if (result.warning === 'phone_leading_zero_restored') {
      issue('phone', 'warning', 'phone_leading_zero_restored', fromNumber
        ? `Excel stored this phone as a number and dropped its leading 0; Paybatch restored it as ${result.phone}. Check it.`
        : `this phone has no leading 0; Paybatch read it as ${result.phone}. Check it.`);
    } else if (result.warning === 'phone_unusual') {
      issue('phone', 'warning', 'phone_unusual', `"${cellText(phoneCell).trim()}" does not look like a ${currency === 'VND' ? 'Vietnamese' : 'Thai'} phone number (10 digits starting with 0).`);
    }
  }

  const amountCell = at(raw, mapping.amount);
  if (mapping.amount !== undefined) {
    if (cellIsEmpty(amountCell)) {
      issue('amount', 'error', 'amount_missing', 'the amount is empty. Enter the amount to pay.');
    } else {
      const result = readAmount(amountCell ?? null, currency, amountFormat);
      if (!result.ok) issue('amount', 'error', result.code, `${result.reason}.${result.code === 'amount_ambiguous' ? ' Set the column’s number format on the Map step (or --amount-format).' : ''}`);
      else if (result.minor <= 0) issue('amount', 'error', 'amount_not_positive', `the amount must be more than zero (it is ${cellText(amountCell).trim()}).`);
      else payee.amount = result.minor;
    }
  }
  return { row: raw.number, payee, sources, issues };
}

function readAmount(cell: RawCell, currency: Currency, format: AmountFormat): AmountResult {
  if (typeof cell === 'string') return parseAmountText(cell, currency, format);
  if (cell !== null && cell.kind === 'number') return amountFromNumber(cell.value, currency);
  if (cell !== null && cell.kind === 'formula-text') return parseAmountText(cell.text, currency, format);
  return { ok: false, code: 'amount_unreadable', reason: `the cell shows ${cellText(cell)}, not an amount` };
}

function hasAmount(row: RawRow, column: number | undefined, currency: Currency, format: AmountFormat): boolean {
  const cell = at(row, column);
  return !cellIsEmpty(cell) && readAmount(cell ?? null, currency, format).ok;
}

function at(row: RawRow, index: number | undefined): RawCell | undefined {
  return index === undefined ? undefined : row.cells[index];
}

function* writtenAmounts(rows: readonly RawRow[], column: number): Iterable<string> {
  for (const row of rows) {
    const cell = row.cells[column];
    if (typeof cell === 'string') yield cell;
    else if (cell && cell.kind === 'formula-text') yield cell.text;
  }
}
