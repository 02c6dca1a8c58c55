import { previewCsv } from '../../../shared/import/csv-preview';
import type { PreviewReply, PreviewRequest } from './csv-preview-messages';

// Parsing runs here so a large sheet never freezes the window. Type-checked with the
// WebWorker library (tsconfig.worker.json), where these globals are the worker's own.
addEventListener('message', (message: MessageEvent<PreviewRequest>) => {
  void preview(message.data).then((reply) => postMessage(reply));
});

async function preview({ file, limit }: PreviewRequest): Promise<PreviewReply> {
  try {
    const result = previewCsv(await file.text(), limit);
    if (result.header.length === 0) {
      return { kind: 'error', fileName: file.name, message: `${file.name} is empty: it has no header row and no data. Check that you chose the right payroll file.` };
    }
    return { kind: 'done', fileName: file.name, preview: result };
  } catch (error) {
    return { kind: 'error', fileName: file.name, message: `${file.name} could not be read as CSV (${String(error)}). Save it again as CSV and retry.` };
  }
}
