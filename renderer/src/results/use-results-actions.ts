import { useCallback, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { ApiError, Result } from '../../../shared/result';
import { saveBase64, type SaveOutcome } from '../batches/download';
import { useLanguage } from '../i18n/language';

export type FileFormat = 'xlsx' | 'csv';

export type ActionNotice = { readonly kind: 'saved'; readonly file: string } | { readonly kind: 'unsent'; readonly file: string; readonly rows: number };

/**
 * The Results screen's actions, each one call to the engine: the result report and the unsent
 * rows as files (saved as Review saves its problems), and the retry draft, opened in
 * Review by `onRetried`. One at a time: `busy` says which runs.
 */
export function useResultsActions(bridge: PaybatchBridge, batchId: string, onRetried: (draftId: string) => void) {
  // The files are written in the window's language, whatever the engine's computer speaks.
  const [language] = useLanguage();
  const [busy, setBusy] = useState<'file' | 'retry' | null>(null);
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const run = useCallback(async <T>(kind: 'file' | 'retry', call: () => Promise<Result<T>>, then: (value: T) => Promise<void> | void): Promise<void> => {
    setBusy(kind);
    setNotice(null);
    setProblem(null);
    const got = await call();
    if (got.ok) await then(got.value);
    else setProblem(got.error);
    setBusy(null);
  }, []);

  // Saved where the accountant chose (the desktop app's dialog) or downloaded; a dialog
  // cancelled says nothing, a file that could not be written says why.
  const told = useCallback((outcome: SaveOutcome, notice: (where: string) => ActionNotice) => {
    if (outcome.kind === 'saved') setNotice(notice(outcome.where));
    else if (outcome.kind === 'failed') setProblem(outcome.error);
  }, []);

  const exportReport = useCallback(
    (format: FileFormat) =>
      run('file', () => bridge['report.export']({ batchId, format, language }), async (file) => {
        told(await saveBase64(file.base64, file.fileName, format), (where) => ({ kind: 'saved', file: where }));
      }),
    [bridge, batchId, run, language, told],
  );

  const exportUnsent = useCallback(
    (format: FileFormat) =>
      run('file', () => bridge['batch.unsent']({ batchId, format, language }), async (file) => {
        told(await saveBase64(file.base64, file.fileName, format), (where) => ({ kind: 'unsent', file: where, rows: file.rows }));
      }),
    [bridge, batchId, run, language, told],
  );

  const retry = useCallback(() => run('retry', () => bridge['batch.retry']({ batchId }), (draft) => onRetried(draft.batchId)), [bridge, batchId, run, onRetried]);

  return { busy, notice, problem, exportReport, exportUnsent, retry };
}
