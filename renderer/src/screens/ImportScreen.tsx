import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import { errorText } from '../../../shared/i18n/issue-text';
import type { ImportOptions } from '../../../shared/import/import-file';
import { mappingChecks } from '../../../shared/import/mapping-checks';
import { mappingFileFor, parseMappingFile } from '../../../shared/import/mapping-file';
import type { Operation } from '../../../shared/providers/operations';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { providerRules } from '../../../shared/providers/provider-rules';
import { FileDrop } from '../components/FileDrop';
import { HeaderPickStep } from '../components/HeaderPickStep';
import { ImportProgressBar } from '../components/ImportProgressBar';
import { MapStep } from '../components/MapStep';
import { MappingChecks } from '../components/MappingChecks';
import { PayeePreview } from '../components/PayeePreview';
import { continueBlocker } from '../import/continue-blocker';
import { failureText } from '../../../shared/import/import-text';
import { useT } from '../i18n/language';
import { useImport } from '../import/use-import';
import { operationFor, operationOfMapping, optionsToFollow } from '../import/operation-choice';
import type { ImportedSheet } from '../batches/imported-sheet';
import { fetchSample, samples, type SampleAsk, type SampleId } from '../samples/sample-payrolls';
import { SampleOffer } from '../samples/SampleOffer';
import type { OpenedPayroll } from '../desktop/open-payroll';
import { fileTooLarge } from '../../../shared/import/import-limits';

type Notice = { readonly kind: 'info' | 'error'; readonly text: string } | null;

type Props = {
  readonly bridge: PaybatchBridge | null;
  readonly onContinue: (sheet: ImportedSheet) => void;
  /** A sample asked for on another screen (Batches, when it has none): loaded as if chosen here. */
  readonly sample?: SampleAsk | null;
  /** A file chosen with the desktop app's File → Open: read as if chosen here. */
  readonly opened?: OpenedPayroll | null;
};

export function ImportScreen({ bridge, onContinue, sample = null, opened = null }: Props) {
  const tr = useT();
  const { state, open, reprocess } = useImport();
  const [notice, setNotice] = useState<Notice>(null);
  const [provider, setProvider] = useState<ProviderId | null>(null);
  // What the sheet is for: a payroll unless the provider offers refunds and they are chosen.
  const [chosenOperation, setChosenOperation] = useState<Operation>('payout');
  const operation = operationFor(provider, chosenOperation);
  const [fetchingSample, setFetchingSample] = useState(false);
  // The question answered, by its wording for this file and provider: a new file, provider or
  // amount column asks again.
  const [answered, setAnswered] = useState<string | null>(null);
  // A saved mapping is looked up once per opened file, not again after every change.
  const lookedUp = useRef<string | null>(null);
  const providerNow = useRef(provider);
  providerNow.current = provider;

  const ready = state.kind === 'ready' ? state : null;
  const summary = ready?.summary ?? (state.kind === 'working' ? state.previous : null);
  const options: ImportOptions = ready?.options ?? (state.kind === 'pick-header' || state.kind === 'working' ? state.options : {});

  useEffect(() => {
    if (state.kind !== 'ready' || !bridge || state.options.mapping || lookedUp.current === state.fileName) return;
    lookedUp.current = state.fileName;
    void bridge['mapping.find']({ signature: state.summary.headerSignature }).then((found) => {
      if (!found.ok || !found.value) return;
      const { columns, currency, amountFormat, savedAt, provider: saved } = found.value;
      if (saved) setProvider(saved);
      const chosen = saved ?? providerNow.current;
      const readIn = chosen ? providerRules[chosen].currency : currency;
      // A layout is saved without its operation: its columns tell a refund sheet from a payroll.
      const savedFor = operationOfMapping(columns, chosen);
      setChosenOperation(savedFor);
      setNotice({ kind: 'info', text: tr.t('import.notice.savedMapping', { date: tr.date(savedAt) }) });
      reprocess({ ...state.options, operation: savedFor, mapping: columns, ...(readIn ? { currency: readIn } : {}), ...(amountFormat ? { amountFormat } : {}) });
    });
  }, [state, bridge, reprocess, tr]);

  // The amounts are read in the provider's currency, the columns for the operation chosen:
  // whatever changed, the sheet follows them.
  useEffect(() => {
    if (state.kind !== 'ready') return;
    const next = optionsToFollow(state.options, state.summary.currency, provider, operation);
    if (next) reprocess(next);
  }, [state, provider, operation, reprocess]);

  const checks = useMemo(() => (ready ? mappingChecks({ mapping: ready.summary.mapping, columns: ready.summary.columns, rows: ready.rows, provider, operation, currency: ready.summary.currency }) : []), [ready, provider, operation]);
  const question = checks.find((c) => c.severity === 'question');
  // By the English wording, which does not change with the language: switching it is not an answer.
  const questionKey = question && ready ? `${ready.summary.contentHash}|${ready.summary.sheet}|${question.message}` : null;
  const questionOpen = questionKey !== null && answered !== questionKey;
  const blocker = continueBlocker(tr, { ready: ready !== null, rows: ready?.rows.length ?? 0, connected: bridge !== null, checks, questionOpen });

  const continueToReview = () => {
    // Never the rows of one operation as a batch of the other, even for the moment before they are read again.
    if (!ready || !provider || blocker || (ready.options.operation ?? 'payout') !== operation) return;
    onContinue({ summary: ready.summary, rows: ready.rows, provider, operation, amountFormat: options.amountFormat ?? 'auto' });
  };

  const choose = (file: File) => {
    lookedUp.current = null;
    setNotice(null);
    open(file, { operation, ...(provider ? { currency: providerRules[provider].currency } : {}) });
  };

  // Another provider starts again from its payouts: a refund chosen for one is not a choice made for the next.
  const chooseProvider = (chosen: ProviderId | null) => {
    setProvider(chosen);
    if (chosen !== provider) setChosenOperation('payout');
  };

  // A sample goes through the same steps as any file: read, mapped, on to Review; only the
  // provider and the operation are chosen already, as the sample is written for them.
  const trySample = useCallback(
    async (id: SampleId) => {
      const { provider: chosen, operation: sampleFor, file: name } = samples[id];
      setFetchingSample(true);
      const file = await fetchSample(id);
      setFetchingSample(false);
      if (!file) {
        setNotice({ kind: 'error', text: tr.t('app.sample.missing', { file: name }) });
        return;
      }
      lookedUp.current = null;
      setProvider(chosen);
      setChosenOperation(sampleFor);
      const values = { file: file.name, provider: providerRules[chosen].name };
      setNotice({ kind: 'info', text: sampleFor === 'refund' ? tr.t('refund.sample.loaded', values) : tr.t('app.sample.loaded', values) });
      // Read for its operation from the start: a refund sheet's columns are a refund's at once.
      open(file, { operation: sampleFor, currency: providerRules[chosen].currency });
    },
    [open, tr],
  );

  const askedSample = useRef<number | null>(null);
  useEffect(() => {
    if (!sample || askedSample.current === sample.ask) return;
    askedSample.current = sample.ask;
    void trySample(sample.sample);
  }, [sample, trySample]);

  const askedOpen = useRef<number | null>(null);
  useEffect(() => {
    if (!opened || askedOpen.current === opened.ask) return;
    askedOpen.current = opened.ask;
    // Too large to be read at all: the same words the import gives a file that size.
    const { chosen } = opened;
    if (chosen.kind === 'too_large') setNotice({ kind: 'error', text: failureText(tr, fileTooLarge(chosen.name, chosen.size)) });
    else choose(chosen.file);
    // Once per file opened: `choose` is this draw's, with the provider and operation chosen now.
  }, [opened]);

  const chooseOtherProvider = () => {
    chooseProvider(null);
    document.getElementById('provider-choice')?.focus();
  };

  const saveMapping = async () => {
    if (!ready || !bridge) return;
    const { headerSignature, mapping, currency } = ready.summary;
    const saved = await bridge['mapping.save']({ signature: headerSignature, columns: mapping, currency, ...(options.amountFormat ? { amountFormat: options.amountFormat } : {}), ...(provider ? { provider } : {}) });
    setNotice(saved.ok ? { kind: 'info', text: tr.t('import.notice.mappingSaved') } : { kind: 'error', text: errorText(tr, saved.error) });
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
      setNotice({ kind: 'error', text: parsed.code === 'not_json' ? tr.t('import.mappingFile.notJson', parsed.params) : tr.t('import.mappingFile.invalid', parsed.params) });
      return;
    }
    const { columns, currency, amountFormat } = parsed.file;
    // A chosen provider decides the currency; the file's only counts before one is chosen.
    const readIn = provider ? providerRules[provider].currency : currency;
    const fileFor = operationOfMapping(columns, provider);
    setChosenOperation(fileFor);
    setNotice({ kind: 'info', text: tr.t('import.notice.mappingApplied', { file: file.name }) });
    reprocess({ ...options, operation: fileFor, mapping: columns, ...(readIn ? { currency: readIn } : {}), ...(amountFormat ? { amountFormat } : {}) });
  };

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{tr.t('import.title')}</h1>
      <FileDrop onFile={choose} />
      {state.kind === 'idle' && <SampleOffer onTry={(chosen) => void trySample(chosen)} busy={fetchingSample} />}
      {state.kind === 'working' && <ImportProgressBar fileName={state.fileName} progress={state.progress} />}
      {state.kind === 'failed' && (
        <div role="alert" className="banner error" data-testid="import-error">
          {failureText(tr, state.failure)}
        </div>
      )}
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`banner ${notice.kind}`} data-testid="import-notice">
          {notice.text}
        </div>
      )}
      {state.kind === 'pick-header' && <HeaderPickStep pick={state.pick} options={state.options} onChange={reprocess} />}
      {summary && (
        <>
          <p className="file-facts" data-testid="file-facts">
            {tr.t('import.facts', { file: summary.file, sheet: summary.sheet, row: summary.headerRow })}
            {summary.encoding ? ` · ${summary.encoding}` : ''}
          </p>
          <MapStep summary={summary} options={options} onChange={reprocess} provider={provider} onProvider={chooseProvider} operation={operation} onOperation={setChosenOperation}>
            <MappingChecks checks={checks} answered={!questionOpen} onConfirm={() => setAnswered(questionKey)} onOtherProvider={chooseOtherProvider} />
          </MapStep>
          <div className="actions">
            <button type="button" onClick={() => void saveMapping()} disabled={!ready || !bridge}>
              {tr.t('import.saveMapping')}
            </button>
            <button type="button" onClick={exportMapping} disabled={!ready}>
              {tr.t('import.exportMapping')}
            </button>
            <label className="button-like">
              {tr.t('import.importMapping')}
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
        <div className="actions continue">
          <button type="button" className="primary" data-testid="continue-review" disabled={blocker !== null} aria-describedby={blocker ? 'continue-why' : undefined} onClick={continueToReview}>
            {tr.t('import.continue', { count: ready.rows.length })}
          </button>
          {blocker && (
            <span id="continue-why" className="hint" data-testid="continue-why">
              {blocker}
            </span>
          )}
        </div>
      )}
      {ready && (questionOpen ? <p className="hint">{tr.t('import.questionFirst')}</p> : <PayeePreview summary={ready.summary} rows={ready.rows} provider={provider} operation={operation} />)}
    </section>
  );
}
