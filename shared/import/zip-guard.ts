import { unzipSync } from 'fflate';
import { ImportFailure } from './import-failure.js';

/**
 * Reads a workbook's zip directory (nothing is inflated) and refuses what would exhaust
 * memory before any Excel parser sees it: a "zip bomb" (a small file whose sheet expands to
 * gigabytes) or a damaged archive. Honest zip writers, Excel and LibreOffice among them,
 * record each entry's real size, which is what is checked here; a zip that understates them is
 * stopped by the SAX reader, which counts what it really inflates against the same limits.
 */
export const zipLimits = {
  /** A 100,000-row payroll sheet is about 60 MB of XML. */
  maxTotalBytes: 400 * 1024 * 1024,
  maxEntryBytes: 300 * 1024 * 1024,
  /** Sheet XML compresses 5–20×; beyond this it is built to expand, not a payroll. */
  maxRatio: 200,
  /**
   * Reading time, for what no size limit foresaw: 500,000 rows read in about 5 s here, so a
   * workbook still being read after a minute is built to stall the reader.
   */
  maxReadMs: 60_000,
};

export type ZipEntryInfo = { readonly name: string; readonly size: number; readonly originalSize: number };

export function inspectWorkbookZip(bytes: Uint8Array, fileName: string): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    throw new ImportFailure(
      'xlsx_damaged',
      `${fileName} is damaged or incomplete (it may not have finished downloading or copying). Open it in Excel, save it again as .xlsx, and import that copy.`,
      String(error),
      { file: fileName, variant: 'zip' },
    );
  }
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) {
    throw new ImportFailure('xlsx_not_workbook', `${fileName} is a zip archive but not an Excel workbook. Choose the payroll file itself (.xlsx or .csv).`, undefined, { file: fileName });
  }
  const total = entries.reduce((sum, entry) => sum + entry.originalSize, 0);
  const oversized = entries.find(
    (entry) => entry.originalSize > zipLimits.maxEntryBytes || (entry.originalSize > 10 * 1024 * 1024 && entry.originalSize / Math.max(entry.size, 1) > zipLimits.maxRatio),
  );
  if (total > zipLimits.maxTotalBytes || oversized) {
    throw workbookTooLarge(fileName, megabytes(total), oversized ? `entry ${oversized.name}: ${oversized.size} → ${oversized.originalSize} bytes` : `total ${total} bytes`);
  }
  return entries;
}

export type ZipLimits = typeof zipLimits;

/** The one refusal for a workbook that expands too far, whether its directory says so or its inflated bytes do. */
export function workbookTooLarge(fileName: string, expandsTo: string, detail: string): ImportFailure {
  return new ImportFailure(
    'xlsx_too_large',
    `${fileName} expands to ${expandsTo} when opened, far more than any payroll sheet, so Paybatch will not open it. It may be damaged or built to overload programs. If it is a real payroll, copy just the payroll rows into a new workbook and import that.`,
    detail,
    { file: fileName, size: expandsTo, variant: 'expands' },
  );
}

export function workbookTooSlow(fileName: string, ms: number): ImportFailure {
  return new ImportFailure(
    'xlsx_too_slow',
    `${fileName} was still being read after ${Math.round(ms / 1000)} seconds, far longer than any payroll takes, so Paybatch stopped. It may be damaged or built to overload programs. If it is a real payroll, copy just the payroll rows into a new workbook and import that.`,
    undefined,
    { file: fileName, seconds: Math.round(ms / 1000) },
  );
}

export function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}
