import type { PreviewReply } from './csv-preview-messages';

/** Parses one file in a fresh worker and resolves with its reply; the worker is then ended. */
export function runCsvPreview(file: File, limit: number): Promise<PreviewReply> {
  const worker = new Worker(new URL('./csv-preview.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<PreviewReply>((resolve) => {
    worker.onmessage = (event: MessageEvent<PreviewReply>) => resolve(event.data);
    worker.onerror = (event) =>
      resolve({ kind: 'error', fileName: file.name, message: `${file.name} could not be read: ${event.message || 'the reader stopped unexpectedly'}.` });
    worker.postMessage({ file, limit });
  }).finally(() => worker.terminate());
}
