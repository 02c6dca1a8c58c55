import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../shared/api';
import { ImportScreen } from './screens/ImportScreen';
import { ReviewScreen } from './screens/ReviewScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { BatchesScreen } from './screens/BatchesScreen';
import { SendScreen, type Approved } from './screens/SendScreen';
import { StatementRoute } from './statement/StatementRoute';
import { ResultsScreen } from './screens/ResultsScreen';
import type { SampleAsk, SampleId } from './samples/sample-payrolls';
import { createDraft } from './batches/create-draft';
import type { ImportedSheet } from './batches/imported-sheet';
import type { BridgeChoice } from './transport/select-bridge';
import type { BatchInfo, BatchStatus } from '../../shared/batches/batch-contract';
import { errorText } from '../../shared/i18n/issue-text';
import type { ApiError } from '../../shared/result';
import { useLanguage, useT } from './i18n/language';
import type { MenuCommand } from '../../shared/desktop/desktop-methods';
import { openPayrollFile, type OpenedPayroll } from './desktop/open-payroll';
import { useDesktopShell } from './desktop/use-desktop-shell';

// Drawn again only when its own props change: it holds every row of the file being imported.
const ImportStep = memo(ImportScreen);

const screens = ['batches', 'import', 'review', 'send', 'results', 'settings'] as const;

type ScreenId = (typeof screens)[number];

export function App({ choice }: { readonly choice: BridgeChoice }) {
  const [screen, setScreen] = useState<ScreenId>('import');
  const [info, setInfo] = useState<MethodOutput<'app.info'> | null>(null);
  const tr = useT();
  // Kept as the engine said it (code and params), put in words when drawn: in today's language.
  const [problem, setProblem] = useState<ApiError | string | null>(choice.bridge ? null : choice.problem);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [saving, setSaving] = useState<{ sent: number; total: number } | null>(null);
  const [earlier, setEarlier] = useState<readonly BatchInfo[]>([]);
  const [approved, setApproved] = useState<Approved | null>(null);
  const [sample, setSample] = useState<SampleAsk | null>(null);
  const [opened, setOpened] = useState<OpenedPayroll | null>(null);
  const [language] = useLanguage();

  useEffect(() => {
    if (!choice.bridge) return;
    void choice.bridge['app.info']({}).then((result) => {
      if (result.ok) setInfo(result.value);
      else setProblem(result.error);
    });
    // Once any batch exists, the list of them is where work starts.
    void choice.bridge['batch.list']({}).then((result) => {
      if (result.ok && result.value.length > 0) setScreen((now) => (now === 'import' ? 'batches' : now));
    });
  }, [choice]);

  const [importRun, setImportRun] = useState(0);

  // A draft is reviewed; a batch approved or being sent is on the Send screen; an ended batch's
  // rows are read on Results, unless some still wait for the accountant's answer on Send.
  const open = useCallback((id: string, status: BatchStatus = 'draft', waitingReview = false) => {
    setBatchId(id);
    setEarlier([]);
    setApproved(null);
    const ended = status === 'finished' || status === 'cancelled';
    setScreen(status === 'draft' || status === 'discarded' ? 'review' : ended && !waitingReview ? 'results' : 'send');
  }, []);

  // Another batch chosen on Results: it becomes the batch open, as if opened from Batches.
  const choose = useCallback((id: string) => {
    setBatchId(id);
    setEarlier([]);
    setApproved(null);
  }, []);
  const retried = useCallback((draftId: string) => open(draftId, 'draft'), [open]);

  const toSend = useCallback((done: Approved) => {
    setApproved(done);
    setScreen('send');
  }, []);

  const trySample = useCallback((chosen: SampleId) => {
    setSample((last) => ({ sample: chosen, ask: (last?.ask ?? 0) + 1 }));
    setScreen('import');
  }, []);

  // The desktop app's menu: File → Open payroll file… reads the file chosen in the native dialog
  // as if it had been dropped on the Import screen; Settings… opens Settings.
  // While a draft is being saved the Import screen is being replaced: a file opened then would be lost with it.
  const savingNow = useRef(false);
  savingNow.current = saving !== null;
  const onMenu = useCallback((command: MenuCommand) => {
    if (command === 'settings') {
      setScreen('settings');
      return;
    }
    if (savingNow.current) return;
    void openPayrollFile().then((outcome) => {
      if (outcome.kind === 'cancelled') return;
      if (outcome.kind === 'failed') {
        setProblem(outcome.error);
        return;
      }
      setProblem(null);
      setSample(null);
      setOpened((last) => ({ chosen: outcome, ask: (last?.ask ?? 0) + 1 }));
      setScreen('import');
    });
  }, []);
  useDesktopShell(language, onMenu);

  const toDraft = useCallback(async (sheet: ImportedSheet) => {
    if (!choice.bridge) return;
    setSaving({ sent: 0, total: sheet.rows.length });
    const created = await createDraft(choice.bridge, sheet, (sent) => setSaving({ sent, total: sheet.rows.length }));
    setSaving(null);
    if (!created.ok) {
      setProblem(created.error);
      return;
    }
    setProblem(null);
    // The sheet is a draft now: the next import starts afresh (and not with the sample again).
    setSample(null);
    setOpened(null);
    setImportRun((n) => n + 1);
    open(created.value.batchId);
    setEarlier(created.value.earlier);
  }, [choice.bridge, open]);
  const continueImport = useCallback((sheet: ImportedSheet) => void toDraft(sheet), [toDraft]);

  return (
    <div className="shell">
      <nav className="sidebar" aria-label={tr.t('app.nav.label')}>
        <div className="brand">Paybatch</div>
        <ul>
          {screens.map((id) => (
            <li key={id}>
              <button type="button" className={id === screen ? 'active' : ''} aria-current={id === screen ? 'page' : undefined} onClick={() => setScreen(id)}>
                {tr.t(`app.nav.${id}`)}
              </button>
            </li>
          ))}
        </ul>
        <footer className="version" data-testid="app-version">
          {info ? tr.t('app.version', { version: info.version, transport: info.transport }) : ''}
        </footer>
      </nav>
      <main className="content">
        {problem && (
          <div role="alert" className="banner error">
            {typeof problem === 'string' ? problem : errorText(tr, problem)}
          </div>
        )}
        {/* While the rows go to the engine nothing else is drawn: the Import screen, with every
            row in hand, would be drawn again at each step of the progress. */}
        {saving ? (
          <p role="status" className="banner info" data-testid="saving-draft">
            {tr.t('app.saving', { sent: tr.number(saving.sent), total: tr.number(saving.total) })}
          </p>
        ) : null}
        {earlier.length > 0 && screen === 'review' && (
          <div role="alert" className="banner warning" data-testid="reimport-warning">
            {tr.t('app.earlier', { list: earlier.map((b) => tr.t('app.earlier.item', { file: b.fileName, date: tr.date(b.createdAt), status: tr.t(`batchStatus.${b.status}`) })).join('; ') })}
          </div>
        )}
        {/* A statement opened by its address (#statement=<batchId>) survives a reload. */}
        <StatementRoute bridge={choice.bridge} />
        {/* Kept while other screens are shown: a file being mapped is not lost by a visit to
            Settings, nor by a draft that could not be saved. */}
        <div hidden={saving !== null || screen !== 'import'}>
          <ImportStep key={importRun} bridge={choice.bridge} onContinue={continueImport} sample={sample} opened={opened} />
        </div>
        {saving || screen === 'import' ? null : screen === 'batches' ? (
          <BatchesScreen bridge={choice.bridge} onOpen={open} onImport={() => setScreen('import')} onSample={trySample} />
        ) : screen === 'review' ? (
          <ReviewScreen bridge={choice.bridge} batchId={batchId} onDiscarded={() => setScreen('batches')} onApproved={toSend} onSend={() => setScreen('send')} />
        ) : screen === 'send' ? (
          <SendScreen bridge={choice.bridge} batchId={batchId} approved={approved} onBatches={() => setScreen('batches')} onResults={() => setScreen('results')} />
        ) : screen === 'results' ? (
          <ResultsScreen bridge={choice.bridge} batchId={batchId} onChoose={choose} onSend={() => setScreen('send')} onRetried={retried} />
        ) : (
          <SettingsScreen bridge={choice.bridge} />
        )}
      </main>
    </div>
  );
}
