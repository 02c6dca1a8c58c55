import { readWorkbookStreaming } from '../../electron/engine/import/read-workbook-stream.js';
import { readWorkbookInMemory, type WorkbookReader } from '../../shared/import/read-workbook.js';
import { readWorkbookSax } from '../../shared/import/xlsx/read-workbook-sax.js';

/** Every workbook reader: each Excel test runs through all three, and they must agree. */
export const allWorkbookReaders: ReadonlyArray<[string, WorkbookReader]> = [
  ['exceljs in memory', readWorkbookInMemory],
  ['exceljs streaming (Node)', readWorkbookStreaming],
  ['SAX (renderer worker)', readWorkbookSax],
];

/** What a reader makes of a file, failures included, for comparing readers. */
export async function outcomeOf(reader: WorkbookReader, bytes: Uint8Array, fileName: string, wantedSheet?: string): Promise<unknown> {
  try {
    return { read: await reader(bytes, fileName, wantedSheet) };
  } catch (error) {
    if (error instanceof Error) return { failure: { name: error.name, code: 'code' in error ? error.code : undefined, message: error.message } };
    throw error;
  }
}
