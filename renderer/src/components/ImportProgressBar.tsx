import type { ImportProgress } from '../../../shared/import/import-file';
import { useT } from '../i18n/language';

export function ImportProgressBar({ fileName, progress }: { readonly fileName: string; readonly progress: ImportProgress | null }) {
  const tr = useT();
  const text = progress === null || progress.phase === 'reading' ? tr.t('import.progress.reading', { file: fileName }) : tr.t('import.progress.checking', { done: progress.done, total: progress.total });
  return (
    <div role="status" className="progress" data-testid="import-progress">
      <span>{text}</span>
      {progress?.phase === 'checking' ? <progress max={progress.total} value={progress.done} /> : <progress />}
    </div>
  );
}
