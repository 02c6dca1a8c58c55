import { firstRows } from '../../../shared/import/detect-header-row';
import { ImportFailure } from '../../../shared/import/import-failure';
import { processSheet, readSheet, type ImportOptions, type SheetRead } from '../../../shared/import/import-file';
import { fileTooLarge, maxFileBytes } from '../../../shared/import/import-limits';
import { readWorkbookSax } from '../../../shared/import/xlsx/read-workbook-sax';
import { encodeRows, rowChunkSize, type HeaderPick, type ImportReply, type ImportRequest } from './import-protocol';

// All reading, parsing and checking happens here, so a 100,000-row sheet never blocks the
// window. The last file and its rows stay cached: a new mapping only re-runs the checking.
// Workbooks are streamed out of the zip with SAX: the file's bytes and the chosen sheet's values
// are all that is held, never the sheet's XML or a workbook model.
let cached: { file: File; sheet: string | undefined; encoding: string | undefined; read: SheetRead; contentHash: string } | null = null;

const send = (reply: ImportReply, transfer: Transferable[] = []): void => postMessage(reply, transfer);

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void handle(event.data);
});

async function handle(request: ImportRequest): Promise<void> {
  const { id, options } = request;
  try {
    const file = request.type === 'open' ? request.file : cached?.file;
    if (!file) throw new ImportFailure('no_file', 'Choose a payroll file first.');
    if (request.type === 'open' || cached === null || cached.sheet !== options.sheet || cached.encoding !== options.encoding) {
      // Sized before it is read: a file too large for a payroll never reaches the worker's memory.
      if (file.size > maxFileBytes) throw fileTooLarge(file.name, file.size);
      send({ type: 'progress', id, progress: { phase: 'reading', done: 0, total: file.size } });
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Hashed beside the reading: the browser digests off this thread.
      const hashing = crypto.subtle.digest('SHA-256', bytes);
      const read = await readSheet(bytes, file.name, options, readWorkbookSax);
      cached = { file, sheet: options.sheet, encoding: options.encoding, read, contentHash: hex(await hashing) };
    }
    const read = cached.read;
    const result = processSheet(read, options, (progress) => send({ type: 'progress', id, progress }));
    const { rows, ...rest } = result;
    send({ type: 'summary', id, summary: { ...rest, rowCount: rows.length, contentHash: cached.contentHash, firstRows: firstRows(read.sheet.rows) } });
    for (let start = 0; start < rows.length; start += rowChunkSize) {
      const { chunk, transfer } = encodeRows(rows.slice(start, start + rowChunkSize));
      send({ type: 'rows', id, rows: chunk }, transfer);
    }
    send({ type: 'done', id });
  } catch (error) {
    const pick = error instanceof ImportFailure && cached ? headerPick(error.code, cached.read, options) : null;
    if (pick) send({ type: 'pick-header', id, pick });
    else if (error instanceof ImportFailure) send({ type: 'failed', id, failure: { code: error.code, message: error.message, params: error.params } });
    else {
      const detail = String(error);
      send({ type: 'failed', id, failure: { code: 'internal', message: `The file could not be read because of an unexpected problem (${detail}). Try again; if it keeps happening, send the file to support.`, params: { detail } } });
    }
  }
}

/**
 * A header the sheet does not give: the window opens the row picker rather than the failure's
 * text, which is worded for the command line.
 */
function headerPick(code: string, { sheet, facts }: SheetRead, options: ImportOptions): HeaderPick | null {
  const reason = code === 'no_header' ? (options.headerRow === undefined ? 'not_found' : 'blank_row') : code === 'no_data_rows' && options.headerRow !== undefined ? 'no_rows_below' : null;
  if (reason === null) return null;
  return { file: facts.file, kind: facts.kind, sheet: sheet.name, sheets: facts.sheets, encoding: facts.encoding, reason, wanted: options.headerRow ?? null, firstRows: firstRows(sheet.rows) };
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

