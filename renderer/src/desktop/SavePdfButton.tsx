import { useState } from 'react';
import { errorText } from '../../../shared/i18n/issue-text';
import type { ApiError } from '../../../shared/result';
import { useT } from '../i18n/language';
import { desktopBridge } from './desktop';

/**
 * The desktop app's "Save as PDF…": Chromium prints this page with its print style sheet (what
 * Print previews) straight to a PDF, saved where the accountant chooses. Absent in a browser
 * tab, where the print dialog's own "Save as PDF" does it.
 */
export function SavePdfButton({ suggestedName, disabled }: { readonly suggestedName: string; readonly disabled: boolean }) {
  const tr = useT();
  const desktop = desktopBridge();
  const [outcome, setOutcome] = useState<{ kind: 'saved'; path: string } | { kind: 'failed'; error: ApiError } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!desktop) return null;
  const save = async () => {
    setBusy(true);
    setOutcome(null);
    const saved = await desktop['desktop.savePdf']({ suggestedName });
    setBusy(false);
    if (!saved.ok) setOutcome({ kind: 'failed', error: saved.error });
    else if (saved.value.path !== null) setOutcome({ kind: 'saved', path: saved.value.path });
  };
  return (
    <>
      <button type="button" disabled={disabled || busy} aria-busy={busy} onClick={() => void save()} data-testid="statement-save-pdf">
        {tr.t('statement.savePdf')}
      </button>
      {outcome?.kind === 'saved' && (
        <p role="status" className="banner info" data-testid="statement-saved">
          {tr.t('desktop.savedTo', { path: outcome.path })}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <p role="alert" className="banner error">
          {errorText(tr, outcome.error)}
        </p>
      )}
    </>
  );
}
