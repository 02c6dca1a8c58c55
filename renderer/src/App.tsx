import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api';
import { ImportScreen } from './screens/ImportScreen';
import { ComingScreen } from './screens/ComingScreen';
import { ReviewScreen } from './screens/ReviewScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import type { ImportedBatch } from './review/imported-batch';
import type { BridgeChoice } from './transport/select-bridge';

const screens = [
  { id: 'import', label: 'Import' },
  { id: 'review', label: 'Review' },
  { id: 'send', label: 'Send' },
  { id: 'results', label: 'Results' },
  { id: 'settings', label: 'Settings' },
] as const;

type ScreenId = (typeof screens)[number]['id'];

const coming: Record<Exclude<ScreenId, 'import' | 'review' | 'settings'>, string> = {
  send: 'Send an approved batch and watch each row reach its final status.',
  results: 'See every row’s outcome and export the result report.',
};

export function App({ choice }: { readonly choice: BridgeChoice }) {
  const [screen, setScreen] = useState<ScreenId>('import');
  const [info, setInfo] = useState<MethodOutput<'app.info'> | null>(null);
  const [problem, setProblem] = useState<string | null>(choice.bridge ? null : choice.problem);
  const [imported, setImported] = useState<ImportedBatch | null>(null);

  useEffect(() => {
    if (!choice.bridge) return;
    void choice.bridge['app.info']({}).then((result) => {
      if (result.ok) setInfo(result.value);
      else setProblem(result.error.message);
    });
  }, [choice]);

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
        {screen === 'import' ? (
          <ImportScreen
            bridge={choice.bridge}
            onContinue={(batch) => {
              setImported(batch);
              setScreen('review');
            }}
          />
        ) : screen === 'review' ? (
          <ReviewScreen key={imported?.summary.contentHash ?? 'none'} batch={imported} bridge={choice.bridge} />
        ) : screen === 'settings' ? (
          <SettingsScreen bridge={choice.bridge} />
        ) : (
          <ComingScreen title={screens.find((s) => s.id === screen)?.label ?? ''} description={coming[screen]} />
        )}
      </main>
    </div>
  );
}
