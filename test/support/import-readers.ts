import { importFile, type ImportOptions, type ImportResult } from '../../shared/import/import-file.js';
import { readWorkbookInMemory, type WorkbookReader } from '../../shared/import/read-workbook.js';
import { readWorkbookStreaming } from '../../electron/engine/import/read-workbook-stream.js';

/** Both workbook readers: every Excel test runs through each, and they must agree. */
export const workbookReaders: ReadonlyArray<[string, WorkbookReader]> = [
  ['in-memory (renderer worker)', readWorkbookInMemory],
  ['streaming (Node)', readWorkbookStreaming],
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
