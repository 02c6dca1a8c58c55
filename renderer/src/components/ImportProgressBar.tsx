import type { ImportProgress } from '../../../shared/import/import-file';

export function ImportProgressBar({ fileName, progress }: { readonly fileName: string; readonly progress: ImportProgress | null }) {
  const text =
    progress === null || progress.phase === 'reading'
      ? `Reading ${fileName}…`
      : `Checking rows: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}`;
  return (
    <div role="status" className="progress" data-testid="import-progress">
      <span>{text}</span>
      {progress?.phase === 'checking' ? <progress max={progress.total} value={progress.done} /> : <progress />}
    </div>
  );
}
