import { firstRows } from '../../../shared/import/detect-header-row';
import { ImportFailure } from '../../../shared/import/import-failure';
import { processSheet, readSheet, type ImportOptions, type SheetRead } from '../../../shared/import/import-file';
import { fileTooLarge, maxFileBytes } from '../../../shared/import/import-limits';
import { readWorkbookSax } from '../../../shared/import/xlsx/read-workbook-sax';
import { rowSender, type HeaderPick, type ImportJob, type ImportReply, type ImportRequest } from './import-protocol';

// All reading, parsing and checking happens here, so a 100,000-row sheet never blocks the
// window. The last file and its rows stay cached: a new mapping only re-runs the checking.
// Workbooks are streamed out of the zip with SAX: the file's bytes and the chosen sheet's values
// are all that is held, never the sheet's XML or a workbook model.
let cached: { file: File; sheet: string | undefined; encoding: string | undefined; read: SheetRead; contentHash: string } | null = null;
/** The newest request: an older one still reading when it came sends no rows. */
let latest = 0;

const send = (reply: ImportReply, transfer: Transferable[] = []): void => postMessage(reply, transfer);
const outgoing = rowSender(send);

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'rows-taken') {
    outgoing.taken(request.id);
    return;
  }
  // A new request stops the last one's rows: the window drops them as stale anyway.
  outgoing.stop();
  latest = request.id;
  void handle(request);
});

async function handle(request: ImportJob): Promise<void> {
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
    const { rows: imported, ...rest } = result;
    send({ type: 'summary', id, summary: { ...rest, rowCount: imported.length, contentHash: cached.contentHash, firstRows: firstRows(read.sheet.rows) } });
    // A request that came meanwhile has stopped this one's rows; they must not start again.
    if (id === latest) outgoing.start(id, imported);
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

