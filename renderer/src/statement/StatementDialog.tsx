import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PaybatchBridge } from '../../../shared/bridge';
import { errorText } from '../../../shared/i18n/issue-text';
import { languageNames, languages, type Language } from '../../../shared/i18n/languages';
import { translator } from '../../../shared/i18n/translator';
import { useLanguage, useT } from '../i18n/language';
import { StatementDocument } from './StatementDocument';
import { defaultPeriod } from './statement-lines';
import { statementBridge } from './statement-route';
import { useStatementData } from './use-statement-data';
import { SavePdfButton } from '../desktop/SavePdfButton';
import { fitFileName } from '../../../shared/reports/file-name';
import './statement.css';

const companyKey = 'paybatch.statement.company';

function rememberedCompany(): string {
  try {
    return window.localStorage.getItem(companyKey) ?? '';
  } catch {
    return '';
  }
}

type Props = {
  readonly batchId: string;
  readonly bridge?: PaybatchBridge | null;
  readonly onClose: () => void;
};

/**
 * The statement over the whole window: what to print (company, period, the statement's
 * language) above the statement itself, and Print, which prints only the statement (the print
 * styles hide the window behind it and these controls), to paper or to a PDF.
 */
export function StatementDialog({ batchId, bridge, onClose }: Props) {
  const choice = statementBridge(bridge);
  return createPortal(
    <div className="statement-root">
      {choice.bridge ? <Statement bridge={choice.bridge} batchId={batchId} onClose={onClose} /> : <Unreachable message={choice.error} onClose={onClose} />}
    </div>,
    document.body,
  );
}

function Unreachable({ message, onClose }: { readonly message: Parameters<typeof errorText>[1]; readonly onClose: () => void }) {
  const tr = useT();
  return (
    <div className="statement-overlay" role="dialog" aria-modal="true" aria-label={tr.t('statement.dialog')}>
      <p role="alert" className="banner error">
        {errorText(tr, message)}
      </p>
      <button type="button" onClick={onClose}>
        {tr.t('statement.close')}
      </button>
    </div>
  );
}

function Statement({ bridge, batchId, onClose }: { readonly bridge: PaybatchBridge; readonly batchId: string; readonly onClose: () => void }) {
  const tr = useT();
  const [windowLanguage] = useLanguage();
  const [language, setLanguage] = useState<Language>(windowLanguage);
  const docTr = translator(language);
  const load = useStatementData(bridge, batchId);
  const [company, setCompany] = useState(rememberedCompany);
  // Until the accountant types a period, it is the batch's month in the statement's language.
  const [typedPeriod, setTypedPeriod] = useState<string | null>(null);
  const data = load.kind === 'ready' ? load.data : null;
  const period = typedPeriod ?? (data ? defaultPeriod(docTr, data.batch, data.state.startedAt) : '');
  const madeOn = useMemo(() => new Date(), []);
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  useInertBehind();

  useEffect(() => {
    first.current?.focus();
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const changeCompany = (value: string) => {
    setCompany(value);
    try {
      window.localStorage.setItem(companyKey, value);
    } catch {
      // A window that cannot store it still prints it.
    }
  };

  return (
    <div className="statement-overlay" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="statement-dialog">
      <div className="statement-controls">
        <h1 id={titleId}>{tr.t('statement.dialog')}</h1>
        <div className="statement-fields">
          <label>
            {tr.t('statement.company')}
            <input ref={first} type="text" value={company} maxLength={200} autoComplete="organization" onChange={(e) => changeCompany(e.target.value)} data-testid="statement-company-input" />
          </label>
          <label>
            {tr.t('statement.period')}
            <input type="text" value={period} maxLength={100} onChange={(e) => setTypedPeriod(e.target.value)} data-testid="statement-period-input" />
          </label>
          <label>
            {tr.t('statement.language')}
            <select value={language} onChange={(e) => setLanguage(languages.find((l) => l === e.target.value) ?? language)} data-testid="statement-language">
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageNames[l]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="hint">{tr.t('statement.hint')}</p>
        <div className="actions">
          <button type="button" className="primary" disabled={!data} onClick={() => window.print()} data-testid="statement-print">
            {tr.t('statement.print')}
          </button>
          <SavePdfButton suggestedName={statementFileName(data?.batch?.fileName ?? batchId)} disabled={!data} />
          <button type="button" onClick={onClose} data-testid="statement-close">
            {tr.t('statement.close')}
          </button>
        </div>
      </div>
      {load.kind === 'loading' && (
        <p role="status" className="statement-loading">
          {tr.t('statement.loading', { read: tr.number(load.read), total: load.total === null ? '…' : tr.number(load.total) })}
        </p>
      )}
      {load.kind === 'failed' && (
        <p role="alert" className="banner error">
          {errorText(tr, load.error)}
        </p>
      )}
      {data && <StatementDocument tr={docTr} data={data} company={company} period={period} madeOn={madeOn} />}
    </div>
  );
}

/** While the statement is open, the window behind it takes no focus and no clicks. */
function useInertBehind(): void {
  useEffect(() => {
    const behind = Array.from(document.body.children).filter((element): element is HTMLElement => element instanceof HTMLElement && !element.classList.contains('statement-root') && !element.inert);
    for (const element of behind) element.inert = true;
    return () => {
      for (const element of behind) element.inert = false;
    };
  }, []);
}

/** "luong-thang-11.xlsx" → "luong-thang-11-statement.pdf": named after the sheet the batch came from. */
function statementFileName(sheet: string): string {
  return fitFileName(`${sheet.replace(/\.[^.]+$/, '')}-statement`, 'pdf');
}
