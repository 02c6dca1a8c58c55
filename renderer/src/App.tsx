import { memo, useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api';
import { ImportScreen } from './screens/ImportScreen';
import { ComingScreen } from './screens/ComingScreen';
import { ReviewScreen } from './screens/ReviewScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { BatchesScreen } from './screens/BatchesScreen';
import { createDraft } from './batches/create-draft';
import type { ImportedSheet } from './batches/imported-sheet';
import type { BridgeChoice } from './transport/select-bridge';

// Drawn again only when its own props change: it holds every row of the file being imported.
const ImportStep = memo(ImportScreen);

const screens = [
  { id: 'batches', label: 'Batches' },
  { id: 'import', label: 'Import' },
  { id: 'review', label: 'Review' },
  { id: 'send', label: 'Send' },
  { id: 'results', label: 'Results' },
  { id: 'settings', label: 'Settings' },
] as const;

type ScreenId = (typeof screens)[number]['id'];

const coming: Record<Exclude<ScreenId, 'batches' | 'import' | 'review' | 'settings'>, string> = {
  send: 'Send an approved batch and watch each row reach its final status.',
  results: 'See every row’s outcome and export the result report.',
};

export function App({ choice }: { readonly choice: BridgeChoice }) {
  const [screen, setScreen] = useState<ScreenId>('import');
  const [info, setInfo] = useState<MethodOutput<'app.info'> | null>(null);
  const [problem, setProblem] = useState<string | null>(choice.bridge ? null : choice.problem);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [saving, setSaving] = useState<{ sent: number; total: number } | null>(null);
  const [earlier, setEarlier] = useState<string | null>(null);

  useEffect(() => {
    if (!choice.bridge) return;
    void choice.bridge['app.info']({}).then((result) => {
      if (result.ok) setInfo(result.value);
      else setProblem(result.error.message);
    });
    // Once any batch exists, the list of them is where work starts.
    void choice.bridge['batch.list']({}).then((result) => {
      if (result.ok && result.value.length > 0) setScreen((now) => (now === 'import' ? 'batches' : now));
    });
  }, [choice]);

  const [importRun, setImportRun] = useState(0);

  const open = useCallback((id: string) => {
    setBatchId(id);
    setEarlier(null);
    setScreen('review');
  }, []);

  const toDraft = useCallback(async (sheet: ImportedSheet) => {
    if (!choice.bridge) return;
    setSaving({ sent: 0, total: sheet.rows.length });
    const created = await createDraft(choice.bridge, sheet, (sent) => setSaving({ sent, total: sheet.rows.length }));
    setSaving(null);
    if (!created.ok) {
      setProblem(created.message);
      return;
    }
    setProblem(null);
    // The sheet is a draft now: the next import starts afresh.
    setImportRun((n) => n + 1);
    open(created.value.batchId);
    const before = created.value.earlier;
    if (before.length > 0) setEarlier(`This exact file was imported before (${before.map((b) => `${b.fileName} on ${b.createdAt.slice(0, 10)}, ${b.status}`).join('; ')}). Make sure these payees have not been paid already.`);
  }, [choice.bridge, open]);
  const continueImport = useCallback((sheet: ImportedSheet) => void toDraft(sheet), [toDraft]);

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Main">
        <div className="brand">Paybatch</div>
        <ul>
          {screens.map((s) => (
            <li key={s.id}>
              <button type="button" className={s.id === screen ? 'active' : ''} aria-current={s.id === screen ? 'page' : undefined} onClick={() => setScreen(s.id)}>
                {s.label}
              </button>
            </li>
          ))}
        </ul>
        <footer className="version" data-testid="app-version">
          {info ? `v${info.version} · ${info.transport === 'ipc' ? 'desktop' : 'browser'}` : ''}
        </footer>
      </nav>
      <main className="content">
        {problem && (
          <div role="alert" className="banner error">
            {problem}
          </div>
        )}
        {/* While the rows go to the engine nothing else is drawn: the Import screen, with every
            row in hand, would be drawn again at each step of the progress. */}
        {saving ? (
          <p role="status" className="banner info" data-testid="saving-draft">
            Saving the rows as a draft batch… {saving.sent.toLocaleString('en-US')} of {saving.total.toLocaleString('en-US')}
          </p>
        ) : null}
        {earlier && screen === 'review' && (
          <div role="alert" className="banner warning" data-testid="reimport-warning">
            {earlier}
          </div>
        )}
        {/* Kept while other screens are shown: a file being mapped is not lost by a visit to
            Settings, nor by a draft that could not be saved. */}
        <div hidden={saving !== null || screen !== 'import'}>
          <ImportStep key={importRun} bridge={choice.bridge} onContinue={continueImport} />
        </div>
        {saving || screen === 'import' ? null : screen === 'batches' ? (
          <BatchesScreen bridge={choice.bridge} onOpen={open} onImport={() => setScreen('import')} />
        ) : screen === 'review' ? (
          <ReviewScreen bridge={choice.bridge} batchId={batchId} onDiscarded={() => setScreen('batches')} />
        ) : screen === 'settings' ? (
          <SettingsScreen bridge={choice.bridge} />
        ) : (
          <ComingScreen title={screens.find((s) => s.id === screen)?.label ?? ''} description={coming[screen]} />
        )}
      </main>
    </div>
  );
}
