import { issueText } from '../../shared/i18n/issue-text.js';
import type { Translator } from '../../shared/i18n/translator.js';
import type { ImportResult } from '../../shared/import/import-file.js';
import type { ImportedRow } from '../../shared/import/model.js';
import type { Operation } from '../../shared/providers/operations.js';

/**
 * `paybatch inspect` without --json: what a person reads in a terminal, in their language. A
 * refund sheet is shown by what it refunds (transaction, amount, fee, reason, order), not by
 * a payroll's name, account and bank, which it does not have.
 */
export function formatImportTable(result: ImportResult, tr: Translator, operation: Operation = 'payout'): string {
  const lines: string[] = [];
  const errors = result.rows.filter((row) => row.issues.some((i) => i.severity === 'error')).length;
  const warnings = result.rows.filter((row) => row.issues.some((i) => i.severity === 'warning')).length;
  // Counts and row numbers as digits, as before: ICU would group them (1,234 or 1.234).
  lines.push(tr.t('cli.table.heading', { file: result.file, sheet: result.sheet, encoding: result.encoding || 'none', headerRow: String(result.headerRow), currency: result.currency }));
  lines.push(tr.t('cli.table.columns', { columns: Object.entries(result.mapping).map(([field, header]) => `${tr.maybe(`field.${field}`) ?? field} ← "${header}"`).join(', ') || tr.t('cli.table.noneMapped') }));
  if (result.sheets.length > 1) lines.push(tr.t('cli.table.otherSheets', { sheets: result.sheets.filter((s) => s.name !== result.sheet).map((s) => tr.t('cli.table.sheetRows', { name: s.name, rows: String(s.rows) })).join(', ') }));
  const counts = { errors: String(errors), warnings: String(warnings), leftOut: String(result.excludedRows.length) };
  lines.push(operation === 'refund' ? tr.t('cli.table.refundCounts', { refunds: String(result.rows.length), ...counts }) : tr.t('cli.table.counts', { payees: String(result.rows.length), ...counts }), '');
  const { heads, cells, rightAligned } = operation === 'refund' ? refundColumns(tr, result) : payoutColumns(tr, result);
  const table = [heads, ...result.rows.map(cells)];
  // Loops, not Math.max(...rows) or push(...issues): a spread of 100,000 items overflows the stack.
  const widths = (table[0] ?? []).map(() => 0);
  for (const row of table) row.forEach((cell, column) => (widths[column] = Math.min(32, Math.max(widths[column] ?? 0, [...cell].length))));
  for (const row of table) lines.push(row.map((cell, column) => pad(cell, widths[column] ?? 0, rightAligned.has(column))).join('  ').trimEnd());
  if (result.rows.some((row) => row.issues.length > 0)) {
    const error = tr.t('cli.table.error');
    const warning = tr.t('cli.table.warning');
    const width = Math.max([...error].length, [...warning].length);
    lines.push('', tr.t('cli.table.problems'));
    for (const row of result.rows) for (const i of row.issues) lines.push(`  ${pad(i.severity === 'error' ? error : warning, width, false)} ${issueText(tr, i, row.row)}`);
  }
  if (result.excludedRows.length > 0) {
    lines.push('', tr.t('cli.table.leftOut'));
    for (const e of result.excludedRows) lines.push(`  ${issueText(tr, { code: e.code, column: null, message: e.reason, params: e.params }, e.row)}`);
  }
  return `${lines.join('\n')}\n`;
}

type Columns = { readonly heads: string[]; readonly cells: (row: ImportedRow) => string[]; readonly rightAligned: ReadonlySet<number> };

function payoutColumns(tr: Translator, result: ImportResult): Columns {
  return {
    heads: [tr.t('cli.table.row'), tr.t('cli.table.name'), tr.t('cli.table.account'), tr.t('cli.table.bank'), tr.t('cli.table.amount'), tr.t('cli.table.phone')],
    cells: (row) => [String(row.row), row.payee.name ?? '', row.payee.accountNo ?? '', row.payee.bank ?? '', money(tr, row.payee.amount, result), row.payee.phone ?? ''],
    rightAligned: new Set([0, 4]),
  };
}

function refundColumns(tr: Translator, result: ImportResult): Columns {
  return {
    heads: [tr.t('cli.table.row'), tr.t('cli.table.transaction'), tr.t('cli.table.amount'), tr.t('cli.table.fee'), tr.t('cli.table.reason'), tr.t('cli.table.reference')],
    cells: (row) => [String(row.row), row.payee.transactionId ?? '', money(tr, row.payee.amount, result), money(tr, row.payee.refundFee, result), row.payee.description ?? '', row.payee.reference ?? ''],
    rightAligned: new Set([0, 2, 3]),
  };
}

function money(tr: Translator, minor: number | null, result: ImportResult): string {
  return minor === null ? '' : tr.money(minor, result.currency);
}

function pad(text: string, width: number, right: boolean): string {
  const clipped = [...text].length > width ? `${[...text].slice(0, width - 1).join('')}…` : text;
  const space = ' '.repeat(Math.max(0, width - [...clipped].length));
  return right ? space + clipped : clipped + space;
}
