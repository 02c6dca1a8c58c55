import { useEffect, useRef, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { ImportOptions } from '../../../shared/import/import-file';
import { mappingFileFor, parseMappingFile } from '../../../shared/import/mapping-file';
import { FileDrop } from '../components/FileDrop';
import { ImportProgressBar } from '../components/ImportProgressBar';
import { MapStep } from '../components/MapStep';
import { PayeePreview } from '../components/PayeePreview';
import { useImport } from '../import/use-import';
import type { ImportedBatch } from '../review/imported-batch';

type Notice = { readonly kind: 'info' | 'error'; readonly text: string } | null;

export function ImportScreen({ bridge, onContinue }: { readonly bridge: PaybatchBridge | null; readonly onContinue: (batch: ImportedBatch) => void }) {
  const { state, open, reprocess } = useImport();
  const [notice, setNotice] = useState<Notice>(null);
  // A saved mapping is looked up once per opened file, not again after every change.
  const lookedUp = useRef<string | null>(null);

  useEffect(() => {
    if (state.kind !== 'ready' || !bridge || state.options.mapping || lookedUp.current === state.fileName) return;
    lookedUp.current = state.fileName;
    void bridge['mapping.find']({ signature: state.summary.headerSignature }).then((found) => {
      if (!found.ok || !found.value) return;
      const { columns, currency, amountFormat, savedAt } = found.value;
      setNotice({ kind: 'info', text: `Using the column mapping you saved for this layout on ${savedAt.slice(0, 10)}.` });
      reprocess({ ...state.options, mapping: columns, ...(currency ? { currency } : {}), ...(amountFormat ? { amountFormat } : {}) });
    });
  }, [state, bridge, reprocess]);

  const continueToReview = async () => {
    if (!ready) return;
    // Recorded by content, so the same payroll imported again is recognised whatever its name.
    const recorded = bridge ? await bridge['imports.record']({ contentHash: ready.summary.contentHash, fileName: ready.summary.file, rows: ready.rows.length }) : null;
    onContinue({ summary: ready.summary, rows: ready.rows, previousImports: recorded?.ok ? recorded.value.previous : [] });
  };

  const choose = (file: File) => {
    lookedUp.current = null;
    setNotice(null);
    open(file);
  };

  const ready = state.kind === 'ready' ? state : null;
  const summary = ready?.summary ?? (state.kind === 'working' ? state.previous : null);
  const options: ImportOptions = ready?.options ?? {};

  const saveMapping = async () => {
    if (!ready || !bridge) return;
    const { headerSignature, mapping, currency } = ready.summary;
    const saved = await bridge['mapping.save']({ signature: headerSignature, columns: mapping, currency, ...(options.amountFormat ? { amountFormat: options.amountFormat } : {}) });
    setNotice(saved.ok ? { kind: 'info', text: 'Mapping saved: the next sheet with these columns will be mapped the same way.' } : { kind: 'error', text: saved.error.message });
  };

  const exportMapping = () => {
    if (!ready) return;
    const file = mappingFileFor(ready.summary.mapping, { currency: ready.summary.currency, headerSignature: ready.summary.headerSignature, ...(options.amountFormat ? { amountFormat: options.amountFormat } : {}) });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    link.download = `paybatch-mapping-${ready.summary.sheet.replace(/[^\p{L}\p{N}]+/gu, '-')}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  const importMapping = async (file: File) => {
    const parsed = parseMappingFile(await file.text(), file.name);
    if (!parsed.ok) {
      setNotice({ kind: 'error', text: parsed.message });
      return;
    }
    const { columns, currency, amountFormat } = parsed.file;
    setNotice({ kind: 'info', text: `Applied the mapping from ${file.name}.` });
    reprocess({ ...options, mapping: columns, ...(currency ? { currency } : {}), ...(amountFormat ? { amountFormat } : {}) });
  };

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">Import a payroll sheet</h1>
      <FileDrop onFile={choose} />
      {state.kind === 'working' && <ImportProgressBar fileName={state.fileName} progress={state.progress} />}
      {state.kind === 'failed' && (
        <div role="alert" className="banner error" data-testid="import-error">
          {state.message}
        </div>
      )}
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`banner ${notice.kind}`} data-testid="import-notice">
          {notice.text}
        </div>
      )}
      {summary && (
        <>
          <p className="file-facts" data-testid="file-facts">
            {summary.file} · sheet “{summary.sheet}” · header on row {summary.headerRow}
            {summary.encoding ? ` · ${summary.encoding}` : ''}
          </p>
          <MapStep summary={summary} options={options} onChange={reprocess} />
          <div className="actions">
            <button type="button" onClick={() => void saveMapping()} disabled={!ready || !bridge}>
              Save mapping for this layout
            </button>
            <button type="button" onClick={exportMapping} disabled={!ready}>
              Export mapping…
            </button>
            <label className="button-like">
              Import mapping…
              <input type="file" accept=".json,application/json" data-testid="mapping-input" onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void importMapping(file);
                e.target.value = '';
              }} />
            </label>
          </div>
        </>
      )}
      {ready && (
        <div className="actions">
          <button type="button" className="primary" data-testid="continue-review" disabled={ready.rows.length === 0} onClick={() => void continueToReview()}>
            Continue to review ({ready.rows.length.toLocaleString('en-US')} payees)
          </button>
        </div>
      )}
      {ready && <PayeePreview summary={ready.summary} rows={ready.rows} />}
    </section>
  );
}
