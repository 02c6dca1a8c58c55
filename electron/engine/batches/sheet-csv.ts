import { csvRecord, safeCellText } from '../../../shared/reports/cell-guard.js';

/**
 * A CSV as Excel opens it in Vietnam and Thailand: UTF-8 with a byte-order mark (without it,
 * Excel reads the bytes in the computer's code page and the accents and Thai letters break),
 * RFC 4180 records, and every text guarded against running as a formula (cell-guard.ts).
 */
export function csvFile(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Uint8Array {
  const text = rows.map((row) => csvRecord(row.map((value) => (value === null ? '' : typeof value === 'number' ? String(value) : safeCellText(value))))).join('');
  return new TextEncoder().encode(`\uFEFF${text}`);
}
