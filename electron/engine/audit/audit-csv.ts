import { csvField, safeCellText } from '../../../shared/reports/cell-guard.js';
import { csvFile } from '../batches/sheet-csv.js';
import type { StoredEntry } from './audit-log.js';

const header = ['seq', 'at', 'action', 'batch_id', 'details', 'prev_hash', 'hash'];

/**
 * The entries as CSV for Excel, as every CSV Paybatch writes (sheet-csv.ts): UTF-8 with a BOM,
 * RFC 4180 records, every cell guarded against running as a formula. Each entry keeps its
 * prev_hash and hash, so the chain can be checked again from the file.
 */
export function auditCsv(entries: Iterable<StoredEntry>): { bytes: Buffer; count: number } {
  const rows: string[][] = [header];
  for (const e of entries) rows.push([String(e.seq), e.at, e.action, e.batchId ?? '', JSON.stringify(e.details), e.prevHash, e.hash]);
  const bytes = csvFile(rows);
  return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), count: rows.length - 1 };
}

/** One cell as the export writes it: guarded against formulas, then quoted if it must be. */
export function csvCell(value: string): string {
  return csvField(safeCellText(value));
}
