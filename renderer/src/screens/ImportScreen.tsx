import { useCallback, useState, type DragEvent } from 'react';
import type { PreviewReply } from '../workers/csv-preview-messages';
import { runCsvPreview } from '../workers/run-csv-preview';
import { PreviewTable } from '../components/PreviewTable';

const previewLimit = 100;

type State = { readonly kind: 'idle' } | { readonly kind: 'reading'; readonly fileName: string } | PreviewReply;

export function ImportScreen() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  const read = useCallback((file: File | undefined) => {
    if (!file) return;
    if (/\.(xlsx|xls)$/i.test(file.name)) {
      setState({ kind: 'error', fileName: file.name, message: `${file.name}: Excel files are not supported yet. Save the sheet as CSV (File → Save As → CSV UTF-8) and choose that file.` });
      return;
    }
    setState({ kind: 'reading', fileName: file.name });
    void runCsvPreview(file, previewLimit).then(setState);
  }, []);

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    read(event.dataTransfer.files[0]);
  };

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">Import a payroll sheet</h1>
      <label
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span>Drop a CSV file here, or</span>
        <span className="button">Choose file…</span>
        <input
          type="file"
          accept=".csv,.txt,text/csv"
          data-testid="file-input"
          onChange={(event) => {
            read(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </label>
      {state.kind === 'reading' && <p role="status">Reading {state.fileName}…</p>}
      {state.kind === 'error' && (
        <div role="alert" className="banner error">
          {state.message}
        </div>
      )}
      {state.kind === 'done' && (
        <>
          <p role="status" data-testid="row-count">
            {state.fileName}: {state.preview.rowCount.toLocaleString('en-US')} {state.preview.rowCount === 1 ? 'row' : 'rows'}
            {state.preview.rowCount > state.preview.rows.length ? ` (showing the first ${state.preview.rows.length})` : ''}
          </p>
          <PreviewTable header={state.preview.header} rows={state.preview.rows} />
        </>
      )}
    </section>
  );
}
