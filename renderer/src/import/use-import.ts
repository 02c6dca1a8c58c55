import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportOptions, ImportProgress } from '../../../shared/import/import-file';
import type { ImportedRow } from '../../../shared/import/model';
import { decodeRows, type HeaderPick, type ImportFailed, type ImportJob, type ImportReply, type ImportRequest, type ImportSummary } from './import-protocol';

export type ImportState =
  | { readonly kind: 'idle' }
  /**
   * Being read or checked. `previous` is the summary on screen meanwhile: the last run's, or this
   * run's once it is known, while its rows are still crossing from the worker.
   */
  | { readonly kind: 'working'; readonly fileName: string; readonly progress: ImportProgress | null; readonly previous: ImportSummary | null; readonly options: ImportOptions }
  | { readonly kind: 'ready'; readonly fileName: string; readonly summary: ImportSummary; readonly rows: readonly ImportedRow[]; readonly options: ImportOptions }
  | { readonly kind: 'failed'; readonly fileName: string; readonly failure: ImportFailed }
  /** Read, but its header row is not known: the Map step asks for it. */
  | { readonly kind: 'pick-header'; readonly fileName: string; readonly pick: HeaderPick; readonly options: ImportOptions };

type Run = { id: number; fileName: string; options: ImportOptions; rows: ImportedRow[]; summary: ImportSummary | null };

/** Runs imports in one long-lived worker; the window only receives progress and row chunks. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const worker = useRef<Worker | null>(null);
  const current = useRef<Run>({ id: 0, fileName: '', options: {}, rows: [], summary: null });

  useEffect(() => {
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      const run = current.current;
      if (reply.id !== run.id) return;
      switch (reply.type) {
        case 'progress':
          setState({ kind: 'working', fileName: run.fileName, progress: reply.progress, previous: run.summary, options: run.options });
          break;
        case 'summary':
          run.summary = reply.summary;
          run.rows = [];
          // The Map step needs only the summary: it is shown while the rows are still arriving.
          setState({ kind: 'working', fileName: run.fileName, progress: { phase: 'checking', done: reply.summary.rowCount, total: reply.summary.rowCount }, previous: reply.summary, options: run.options });
          break;
        case 'rows':
          decodeRows(reply.rows, run.rows);
          w.postMessage({ type: 'rows-taken', id: run.id } satisfies ImportRequest);
          break;
        case 'done':
          if (run.summary) setState({ kind: 'ready', fileName: run.fileName, summary: run.summary, rows: run.rows, options: run.options });
          break;
        case 'pick-header':
          run.summary = null;
          setState({ kind: 'pick-header', fileName: run.fileName, pick: reply.pick, options: run.options });
          break;
        case 'failed':
          setState({ kind: 'failed', fileName: run.fileName, failure: reply.failure });
          break;
      }
    };
    w.onerror = (event) =>
      setState({
        kind: 'failed',
        fileName: current.current.fileName,
        failure: { code: 'reader_stopped', message: `The file reader stopped unexpectedly (${event.message}). Reload the page and try again.`, params: { detail: event.message } },
      });
    return () => w.terminate();
  }, []);

  const post = useCallback((request: ImportJob, fileName: string) => {
    current.current = { id: request.id, fileName, options: request.options, rows: [], summary: request.type === 'open' ? null : current.current.summary };
    setState({ kind: 'working', fileName, progress: null, previous: current.current.summary, options: request.options });
    worker.current?.postMessage(request);
  }, []);

  const open = useCallback((file: File, options: ImportOptions = {}) => post({ type: 'open', id: current.current.id + 1, file, options }, file.name), [post]);
  const reprocess = useCallback((options: ImportOptions) => post({ type: 'process', id: current.current.id + 1, options }, current.current.fileName), [post]);

  return { state, open, reprocess };
}
