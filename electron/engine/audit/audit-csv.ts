import { csvField, csvRecord, safeCellText } from '../../../shared/reports/cell-guard.js';
import type { StoredEntry } from './audit-log.js';

const header = ['seq', 'at', 'action', 'batch_id', 'details', 'prev_hash', 'hash'];

/**
 * The entries as CSV for Excel: UTF-8 with a BOM (so Vietnamese and Thai show), RFC 4180
 * records, and every cell guarded as every CSV Paybatch writes is (cell-guard.ts: a text that
 * starts with = + - @, tab or carriage return gets a leading apostrophe). Each entry keeps its
 * prev_hash and hash, so the chain can be checked again from the file.
 */
export function auditCsv(entries: Iterable<StoredEntry>): { bytes: Buffer; count: number } {
  const records = [csvRecord(header)];
  let count = 0;
  for (const e of entries) {
    records.push(csvRecord([String(e.seq), e.at, e.action, e.batchId ?? '', JSON.stringify(e.details), e.prevHash, e.hash].map(safeCellText)));
    count += 1;
  }
  return { bytes: Buffer.from(`\uFEFF${records.join('')}`, 'utf8'), count };
}

/** One cell as the export writes it: guarded against formulas, then quoted if it must be. */
export function csvCell(value: string): string {
  return csvField(safeCellText(value));
}
