import type { ImportResult } from '../../shared/import/import-file.js';
import { formatMinor } from '../../shared/import/format-amount.js';

/** `paybatch inspect` without --json: what a person reads in a terminal. */
export function formatImportTable(result: ImportResult): string {
  const lines: string[] = [];
  const errors = result.rows.filter((row) => row.issues.some((i) => i.severity === 'error')).length;
  const warnings = result.rows.filter((row) => row.issues.some((i) => i.severity === 'warning')).length;
  lines.push(`${result.file} — sheet "${result.sheet}"${result.encoding ? `, ${result.encoding}` : ''}, header on row ${result.headerRow}, ${result.currency}`);
  lines.push(`Columns: ${Object.entries(result.mapping).map(([field, header]) => `${field} ← "${header}"`).join(', ') || 'none mapped'}`);
  if (result.sheets.length > 1) lines.push(`Other sheets: ${result.sheets.filter((s) => s.name !== result.sheet).map((s) => `"${s.name}" (${s.rows} rows)`).join(', ')}`);
  lines.push(`${result.rows.length} payees, ${errors} with errors, ${warnings} with warnings, ${result.excludedRows.length} rows left out`, '');
  const table = [['Row', 'Name', 'Account', 'Bank', 'Amount', 'Phone'], ...result.rows.map((row) => [
    String(row.row),
    row.payee.name ?? '',
    row.payee.accountNo ?? '',
    row.payee.bank ?? '',
    row.payee.amount === null ? '' : formatMinor(row.payee.amount, result.currency),
    row.payee.phone ?? '',
  ])];
  // Loops, not Math.max(...rows) or push(...issues): a spread of 100,000 items overflows the stack.
  const widths = (table[0] ?? []).map(() => 0);
  for (const row of table) row.forEach((cell, column) => (widths[column] = Math.min(32, Math.max(widths[column] ?? 0, [...cell].length))));
  for (const row of table) lines.push(row.map((cell, column) => pad(cell, widths[column] ?? 0, column === 0 || column === 4)).join('  ').trimEnd());
  if (result.rows.some((row) => row.issues.length > 0)) {
    lines.push('', 'Problems:');
    for (const row of result.rows) for (const i of row.issues) lines.push(`  ${i.severity === 'error' ? 'ERROR  ' : 'warning'} ${i.message}`);
  }
  if (result.excludedRows.length > 0) {
    lines.push('', 'Left out:');
    for (const e of result.excludedRows) lines.push(`  ${e.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

function pad(text: string, width: number, right: boolean): string {
  const clipped = [...text].length > width ? `${[...text].slice(0, width - 1).join('')}…` : text;
  const space = ' '.repeat(Math.max(0, width - [...clipped].length));
  return right ? space + clipped : clipped + space;
}
