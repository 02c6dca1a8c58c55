import { importFile, type ImportOptions, type ImportResult } from '../../shared/import/import-file.js';
import { readWorkbookInMemory } from '../../shared/import/read-workbook.js';
import type { WorkbookReader } from '../../shared/import/workbook-read.js';
import { readWorkbookSax } from '../../shared/import/xlsx/read-workbook-sax.js';

/**
 * The workbook reader Paybatch uses (SAX, in the window's worker and the CLI) and exceljs's
 * in-memory reader as the reference: every Excel test runs through both, and they must agree.
 */
export const workbookReaders: ReadonlyArray<[string, WorkbookReader]> = [
  ['exceljs in memory (reference)', readWorkbookInMemory],
  ['SAX (worker and CLI)', readWorkbookSax],
];

export function importWith(reader: WorkbookReader) {
  return (bytes: Uint8Array, name: string, options: ImportOptions = {}): Promise<ImportResult> => importFile(bytes, name, options, reader);
}

/** The failure an import ends with, or null when it succeeded. */
export async function failureOf(run: Promise<unknown>): Promise<{ code: string; message: string } | null> {
  try {
    await run;
    return null;
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && 'message' in error) return { code: String(error.code), message: String(error.message) };
    throw error;
  }
}

/** What a reader makes of a file, failures included, for comparing readers. */
export async function outcomeOf(reader: WorkbookReader, bytes: Uint8Array, fileName: string, wantedSheet?: string): Promise<unknown> {
  try {
    return { read: await reader(bytes, fileName, wantedSheet) };
  } catch (error) {
    if (error instanceof Error) return { failure: { name: error.name, code: 'code' in error ? error.code : undefined, message: error.message } };
    throw error;
  }
}
