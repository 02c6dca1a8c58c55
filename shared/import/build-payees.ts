import { totalsReason } from './detect-totals-row.js';
import { formatMinor } from './format-amount.js';
import type { ColumnIndexMapping } from './map-columns.js';
import type { AmountFormat, Currency, ExcludedRow, ImportedRow, Payee, PayeeField, RowIssue } from './model.js';
import { normalizePhone } from './normalize-phone.js';
import { cellProblem } from './cell-guards.js';
import { amountFromNumber, countEvidence, formatOfTally, newFormatTally, parseAmountText, readAmountLearning, type AmountResult, type FormatTally } from './parse-amount.js';
import { badSharedString, cellIsEmpty, cellText, isBlankRow, type RawCell, type RawRow, type RawSheet } from './raw-sheet.js';
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

/** The rows from `start` on (those below the header) → payees, totals and trailing notes excluded. */
export function buildPayees(rows: RawSheet['rows'], start: number, options: BuildOptions, onProgress?: (done: number) => void): BuildResult {
  const { mapping, headers } = options;
  const amountColumn = mapping.amount;
  // With 'auto', amounts are read once while the column's convention is learnt; the few whose
  // reading depends on it (a lone separator: "1.500") are read again at the end.
  const learning = options.amountFormat === 'auto' ? { tally: newFormatTally(), deferred: [] as number[] } : null;
  const headerKeys = headers.map(headerKey).join('|');
  const firstHeader = headers[0] ?? '';
  const payees: ImportedRow[] = [];
  const excludedRows: ExcludedRow[] = [];
  const totalsRows: Array<{ excluded: number; row: number; cell: RawCell | undefined }> = [];
  let afterTotals = false;

  const context = rowContext(options, options.amountFormat, learning?.tally ?? null);
  for (let index = start; index < rows.length; index += 1) {
    if (onProgress && (index - start) % 5000 === 0) onProgress(index - start);
    const raw = rows[index];
    if (isBlankRow(raw)) continue;
    const number = index + 1;
    const totals = totalsReason(raw, amountColumn, mapping.accountNo);
    if (totals) {
      totalsRows.push({ excluded: excludedRows.length, row: number, cell: at(raw, amountColumn) });
      excludedRows.push({ row: number, reason: `Row ${number}: ${totals.text}, not a payee`, code: 'totals_row', params: totals.params });
      afterTotals = true;
      continue;
    }
    if (repeatsHeader(raw, firstHeader, headerKeys)) {
      excludedRows.push({ row: number, reason: `Row ${number}: the header row repeated`, code: 'header_repeated', params: {} });
      continue;
    }
    // Under the totals line come signatures ("Người lập biểu", "Kế toán trưởng") and notes,
    // which may sit in any column, the amount column included; a row there without a
    // readable amount is not a payee.
    if (afterTotals && !hasAmount(raw, amountColumn, options.currency, options.amountFormat)) {
      excludedRows.push({ row: number, reason: `Row ${number}: below the totals row, with no amount (signatures or notes)`, code: 'below_totals', params: {} });
      continue;
    }
    const built = buildRow(raw, number, context);
    if (built.dependsOnFormat) learning?.deferred.push(payees.length);
    payees.push(built.row);
  }
  const amountFormat = learning ? formatOfTally(learning.tally) : options.amountFormat;
  if (learning && amountFormat !== 'auto') {
    const settled = rowContext(options, amountFormat, null);
    for (const at of learning.deferred) {
      const row = payees[at];
      const raw = row ? rows[row.row - 1] : undefined;
      if (row && raw) payees[at] = buildRow(raw, row.row, settled).row;
    }
  }
  checkSheetTotals(totalsRows, payees, excludedRows, options.currency, amountFormat);
  onProgress?.(rows.length - start);
  return { rows: payees, excludedRows, amountFormat };
}

/** What every row shares: computed once, not per row. */
type RowContext = {
  readonly mapping: ColumnIndexMapping;
  readonly currency: Currency;
  readonly amountFormat: AmountFormat;
  /** Set while the column's convention is being learnt from the amounts themselves. */
  readonly tally: FormatTally | null;
  readonly columns: Partial<Record<PayeeField, string>>;
  readonly sources: Readonly<Partial<Record<PayeeField, string>>>;
  /** For each of textFields, its column, or -1 when it is not mapped. */
  readonly textColumns: readonly number[];
};

function rowContext({ mapping, headers, currency }: BuildOptions, amountFormat: AmountFormat, tally: FormatTally | null): RowContext {
  const columns: Partial<Record<PayeeField, string>> = {};
  for (const [field, index] of Object.entries(mapping) as Array<[PayeeField, number]>) columns[field] = headers[index] ?? `Column ${index + 1}`;
  const textColumns = textFields.map((field) => mapping[field] ?? -1);
  return { mapping, currency, amountFormat, tally, columns, sources: Object.freeze({ ...columns }), textColumns };
}

/**
 * `text` is the English; `params` are every value it holds, so `issue.<code>` says the same in
 * the reader's language (a test holds the two equal).
 */
function addIssue(issues: RowIssue[], row: number, context: RowContext, field: PayeeField, severity: RowIssue['severity'], code: string, text: string, params: NonNullable<RowIssue['params']>): void {
  const header = context.columns[field] ?? null;
  const message = `Row ${row}${header ? `, column ${header}` : ''}: ${text}`;
  issues.push({ field, column: header, severity, code, message, params });
}

function buildRow(raw: RawRow, row: number, context: RowContext): { row: ImportedRow; dependsOnFormat: boolean } {
  const { mapping, currency } = context;
  const issues: RowIssue[] = [];
  // The values are read first and the payee made at the end in one literal: storing each text
  // field under its name (payee[field]) was a store by key that cost more than reading the cell.
  const texts = textValues;
  for (let slot = 0; slot < textFields.length; slot += 1) {
    texts[slot] = null;
    const index = context.textColumns[slot] ?? -1;
    const field = textFields[slot];
    if (index < 0 || field === undefined) continue;
    const cell = raw[index];
    if (writtenProblem(cell, field, issues, row, context)) continue;
    if (cell && typeof cell === 'object' && cell.kind === 'error') {
      addIssue(issues, row, context, field, 'error', 'cell_error', `the cell shows the Excel error ${cell.text}. Fix the formula in Excel, save, and import again.`, { shown: cell.text });
      continue;
    }
    const text = cleanText(cellText(cell));
    const problem = typeof cell === 'string' ? null : cellProblem(text);
    if (problem) {
      // Left empty, not clipped or cleaned: the value the accountant sees is never one Paybatch made up.
      addIssue(issues, row, context, field, 'error', problem.code, problem.text, problem.params);
      continue;
    }
    texts[slot] = text === '' ? null : text;
  }

  let accountNo: string | null = null;
  const account = at(raw, mapping.accountNo);
  if (!writtenProblem(account, 'accountNo', issues, row, context) && !cellIsEmpty(account)) {
    const read = readIdentifier(account ?? null);
    if (read.ok) {
      accountNo = read.text;
      if (read.fromNumber) {
        addIssue(issues, row, context, 'accountNo', 'warning', 'account_stored_as_number', `Excel stored this account number as a number (${read.text}). If the real number starts with 0, that zero is lost: check it, or format the column as Text in Excel and retype it.`, { shown: read.text });
      }
    } else if (read.code === 'digits_lost') {
      addIssue(issues, row, context, 'accountNo', 'error', 'account_digits_lost', `Excel stored this account number as a number with more than 15 digits, so its last digits are already lost (the cell holds ${read.shown}). In Excel, format the column as Text, retype the account number, and import again.`, { shown: read.shown });
    } else if (read.code === 'scientific_notation') {
      addIssue(issues, row, context, 'accountNo', 'error', 'account_scientific', `the account number was saved as ${read.shown}, so its digits are lost. Re-export the sheet with this column formatted as Text.`, { shown: read.shown });
    } else {
      addIssue(issues, row, context, 'accountNo', 'error', 'account_not_text', `"${read.shown}" is not an account number. Check the cell in the sheet.`, { shown: read.shown });
    }
  }

  const transactionId = readTransactionId(at(raw, mapping.transactionId), issues, row, context);
  const refundFee = readRefundFee(at(raw, mapping.refundFee), issues, row, context);

  let phone: string | null = null;
  const phoneCell = at(raw, mapping.phone);
  if (!writtenProblem(phoneCell, 'phone', issues, row, context) && !cellIsEmpty(phoneCell)) {
    const fromNumber = phoneCell !== null && typeof phoneCell === 'object' && phoneCell.kind === 'number';
    const result = normalizePhone(cellText(phoneCell), currency);
    phone = result.phone;
    if (result.warning === 'phone_leading_zero_restored') {
      addIssue(issues, row, context, 'phone', 'warning', 'phone_leading_zero_restored', fromNumber
        ? `Excel stored this phone as a number and dropped its leading 0; Paybatch restored it as ${result.phone}. Check it.`
        : `this phone has no leading 0; Paybatch read it as ${result.phone}. Check it.`, { phone: result.phone, from: fromNumber ? 'number' : 'text' });
    } else if (result.warning === 'phone_unusual') {
      const written = cellText(phoneCell).trim();
      addIssue(issues, row, context, 'phone', 'warning', 'phone_unusual', `"${written}" does not look like a ${currency === 'VND' ? 'Vietnamese' : 'Thai'} phone number (10 digits starting with 0).`, { written, currency });
    }
  }

  let amount: number | null = null;
  let dependsOnFormat = false;
  if (mapping.amount !== undefined) {
    const amountCell = raw[mapping.amount];
    if (writtenProblem(amountCell, 'amount', issues, row, context)) {
      // The issue says why the amount is not read.
    } else if (cellIsEmpty(amountCell)) {
      addIssue(issues, row, context, 'amount', 'error', 'amount_missing', 'the amount is empty. Enter the amount to pay.', { reason: 'empty' });
    } else {
      const written = typeof amountCell === 'string' ? amountCell : amountCell && typeof amountCell === 'object' && amountCell.kind === 'formula-text' ? amountCell.text : null;
      let result: AmountResult;
      if (context.tally && written !== null) {
        const learnt = readAmountLearning(written, currency);
        countEvidence(context.tally, learnt.evidence);
        dependsOnFormat = learnt.dependsOnFormat;
        result = learnt.result;
      } else {
        result = readAmount(amountCell ?? null, currency, context.amountFormat);
      }
      // The cell as written goes with the issue: Review shows it, marked, instead of an empty cell.
      // (Made only then: most amounts are read.)
      if (!result.ok) {
        addIssue(issues, row, context, 'amount', 'error', result.code, `${result.reason}.${result.code === 'amount_ambiguous' ? ' Set the column’s number format on the Map step (or --amount-format).' : ''}`, { written: cellText(amountCell).trim(), ...result.params });
      } else if (result.minor <= 0) {
        const written = cellText(amountCell).trim();
        addIssue(issues, row, context, 'amount', 'error', 'amount_not_positive', `the amount must be more than zero (it is ${written}).`, { written });
      } else {
        amount = result.minor;
      }
    }
  }
  // Keys in this order: the order the --json report writes them (import-report-json.ts).
  const payee: Payee = {
    name: texts[0] ?? null,
    accountNo,
    accountType: texts[1] ?? null,
    bank: texts[2] ?? null,
    amount,
    currency,
    phone,
    email: texts[3] ?? null,
    description: texts[4] ?? null,
    reference: texts[5] ?? null,
    partnerUserId: texts[6] ?? null,
    transactionId,
    refundFee,
  };
  // Most rows have no issue: they share one frozen empty list instead of each allocating one.
  return { row: { row, payee, sources: context.sources, issues: issues.length === 0 ? noIssues : issues }, dependsOnFormat };
}

/**
 * A refund's transaction id, read as an identifier: digits Excel kept as a number are fine
 * (a transaction id never starts with 0), digits it already lost are not.
 */
function readTransactionId(cell: RawCell | undefined, issues: RowIssue[], row: number, context: RowContext): string | null {
  if (writtenProblem(cell, 'transactionId', issues, row, context) || cellIsEmpty(cell)) return null;
  const read = readIdentifier(cell ?? null);
  if (read.ok) return read.text;
  if (read.code === 'digits_lost' || read.code === 'scientific_notation') {
    addIssue(issues, row, context, 'transactionId', 'error', 'transaction_digits_lost', `Excel stored this transaction id as a number, so its digits are lost (the cell holds ${read.shown}). Export the refunds again with this column formatted as Text.`, { shown: read.shown });
  } else {
    addIssue(issues, row, context, 'transactionId', 'error', 'transaction_not_text', `"${read.shown}" is not a transaction id. Check the cell in the sheet.`, { shown: read.shown });
  }
  return null;
}

/** A refund's fee: an amount like the refund's own, where zero is allowed. */
function readRefundFee(cell: RawCell | undefined, issues: RowIssue[], row: number, context: RowContext): number | null {
  if (writtenProblem(cell, 'refundFee', issues, row, context) || cellIsEmpty(cell)) return null;
  const result = readAmount(cell ?? null, context.currency, context.amountFormat);
  const written = cellText(cell).trim();
  if (!result.ok) {
    addIssue(issues, row, context, 'refundFee', 'error', 'refund_fee_unreadable', `"${written}" is not an amount. Write the fee as a whole amount, or leave the cell empty.`, { written });
    return null;
  }
  if (result.minor < 0) {
    addIssue(issues, row, context, 'refundFee', 'error', 'refund_fee_negative', `the refund fee cannot be negative (it is ${written}). Write 0 or leave the cell empty when there is no fee.`, { written });
    return null;
  }
  return result.minor;
}

/** Each row's values of textFields, in order, until its payee is made (rows are built one at a time). */
const textValues: Array<string | null> = textFields.map(() => null);

const noIssues: readonly RowIssue[] = Object.freeze([]);

const damagedCell = { code: 'cell_damaged', text: 'the cell is damaged in the file: it points to text the workbook does not hold. Open the workbook in Excel, retype this cell, save, and import again.', params: {} } as const;

/**
 * A mapped cell damaged in the file, or written too long or with hidden characters: an issue,
 * and the cell is not read.
 */
function writtenProblem(cell: RawCell | undefined, field: PayeeField, issues: RowIssue[], row: number, context: RowContext): boolean {
  const problem = typeof cell === 'string' ? cellProblem(cell) : cell === badSharedString ? damagedCell : null;
  if (problem) addIssue(issues, row, context, field, 'error', problem.code, problem.text, problem.params);
  return problem !== null;
}

function readAmount(cell: RawCell, currency: Currency, format: AmountFormat): AmountResult {
  if (typeof cell === 'string') return parseAmountText(cell, currency, format);
  if (cell !== null && cell.kind === 'number') return amountFromNumber(cell.value, currency);
  if (cell !== null && cell.kind === 'formula-text') return parseAmountText(cell.text, currency, format);
  return { ok: false, code: 'amount_unreadable', reason: `the cell shows ${cellText(cell)}, not an amount`, params: { why: 'cell', shown: cellText(cell) } };
}

/** The header row again (sheets pasted together, print titles). Checked cheaply first. */
function repeatsHeader(row: RawRow, firstHeader: string, headerKeys: string): boolean {
  const cell = row[0];
  if (typeof cell !== 'string' || Math.abs(cell.length - firstHeader.length) > 4) return false;
  const first = cleanText(cell);
  // Accents and case do not change the length of an NFC header, so a different length means a different text.
  if (first !== firstHeader && (first.length !== firstHeader.length || headerKey(first) !== headerKey(firstHeader))) return false;
  return row.map((cell) => headerKey(cellText(cell))).join('|') === headerKeys;
}

/**
 * An accountant's first check: the sheet's own totals line against the rows above it. A totals
 * row may close a section (a subtotal) or the whole sheet, so either sum is accepted; anything
 * else is said in the row's reason, with both amounts.
 */
function checkSheetTotals(totalsRows: ReadonlyArray<{ excluded: number; row: number; cell: RawCell | undefined }>, payees: readonly ImportedRow[], excludedRows: ExcludedRow[], currency: Currency, format: AmountFormat): void {
  // Payees and totals rows are both in row order: one walk gives each section's and the running sum.
  let next = 0;
  let whole = 0;
  for (const totals of totalsRows) {
    let section = 0;
    for (; next < payees.length && (payees[next]?.row ?? Infinity) < totals.row; next += 1) section += payees[next]?.payee.amount ?? 0;
    whole += section;
    const stated = cellIsEmpty(totals.cell) ? null : readAmount(totals.cell ?? null, currency, format);
    const entry = excludedRows[totals.excluded];
    if (!stated?.ok || stated.minor === section || stated.minor === whole || !entry) continue;
    // A grand total right under the last subtotal has no rows of its own: compare it with the whole sheet.
    const expected = section === 0 ? whole : section;
    excludedRows[totals.excluded] = {
      ...entry,
      reason: `${entry.reason}. Its amount, ${formatMinor(stated.minor, currency)}, is not the sum of the rows above it (${formatMinor(expected, currency)}): check the sheet before paying`,
      params: { ...entry.params, stated: stated.minor, expected, currency },
    };
  }
}

function hasAmount(row: RawRow, column: number | undefined, currency: Currency, format: AmountFormat): boolean {
  const cell = at(row, column);
  return !cellIsEmpty(cell) && readAmount(cell ?? null, currency, format).ok;
}

function at(row: RawRow, index: number | undefined): RawCell | undefined {
  return index === undefined ? undefined : row[index];
}
