import { useEffect, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import { errorText } from '../../../shared/i18n/issue-text';
import { inReaderWords } from '../../../shared/destinations/change-words';
import { languageNames, languages, type Language } from '../../../shared/i18n/languages';
import type { Translator } from '../../../shared/i18n/translator';
import type { Currency } from '../../../shared/import/model';
import { parseAmountText } from '../../../shared/import/parse-amount';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { ProviderSelect } from '../components/ProviderSelect';
import { providerRules } from '../../../shared/providers/provider-rules';
import { defaultRuleLimits, type RuleLimits } from '../../../shared/providers/rule-limits';
import { KeysPanel } from '../components/KeysPanel';
import { useLanguage, useT } from '../i18n/language';
import { AuditSection } from '../audit/AuditSection';
import { DataFolderSection } from '../desktop/DataFolderSection';

/** Settings: the language, provider keys and connections per environment, each provider's channel limits, the audit log and the data folder. */
export function SettingsScreen({ bridge }: { readonly bridge: PaybatchBridge | null }) {
  const tr = useT();
  const [provider, setProvider] = useState<ProviderId>('smilepayz');
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{tr.t('settings.title')}</h1>
      <LanguageChoice />
      {bridge ? <KeysPanel bridge={bridge} /> : null}
      <h2>{tr.t('settings.limits.title')}</h2>
      <p className="hint">{tr.t('settings.limits.hint')}</p>
      <label className="inline">
        {tr.t('settings.limits.provider')}{' '}
        <ProviderSelect testId="limits-provider" value={provider} onChange={setProvider} />
      </label>
      {bridge ? <LimitsForm key={provider} provider={provider} bridge={bridge} /> : <p>{tr.t('settings.noEngine')}</p>}
      {bridge ? <AuditSection bridge={bridge} /> : null}
      {bridge ? <DataFolderSection bridge={bridge} /> : null}
    </section>
  );
}

/** Each language named in itself, so the one the reader knows can be found whatever is showing now. */
function LanguageChoice() {
  const tr = useT();
  const [language, setLanguage] = useLanguage();
  return (
    <label className="inline">
      {tr.t('settings.language')}{' '}
      <select data-testid="language-select" value={language} onChange={(e) => setLanguage(languages.find((l): l is Language => l === e.target.value) ?? language)}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function LimitsForm({ provider, bridge }: { readonly provider: ProviderId; readonly bridge: PaybatchBridge }) {
  const tr = useT();
  const currency = providerRules[provider].currency;
  const [limits, setLimits] = useState<RuleLimits | null>(null);
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void bridge['limits.get']({ provider }).then((result) => {
      const loaded = result.ok ? result.value : { ...defaultRuleLimits[provider] };
      setLimits(loaded);
      setMin(tr.moneyNumber(loaded.minAmount, currency));
      setMax(tr.moneyNumber(loaded.maxAmount, currency));
    });
    // Loaded once per provider: a language change does not retype what the accountant wrote.
  }, [bridge, provider, currency]);

  if (!limits) return <p role="status">{tr.t('settings.loading')}</p>;
  const above = aboveHighestPublished(tr, provider, max);
  const save = async () => {
    const minAmount = readTyped(tr, min, currency);
    const maxAmount = readTyped(tr, max, currency);
    if (!minAmount.ok || !maxAmount.ok || minAmount.minor < 0 || maxAmount.minor <= minAmount.minor) {
      setMessage({ kind: 'error', text: tr.t('settings.limits.invalid', { currency }) });
      return;
    }
    const result = await bridge['limits.set']({ provider, limits: { ...limits, minAmount: minAmount.minor, maxAmount: maxAmount.minor } });
    setMessage(
      result.ok
        ? { kind: 'info', text: tr.t('settings.limits.saved', { provider: providerRules[provider].name, min: tr.money(result.value.minAmount, currency), max: tr.money(result.value.maxAmount, currency) }) }
        : { kind: 'error', text: errorText(tr, inReaderWords(tr, result.error)) },
    );
  };
  return (
    <form
      className="limits"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {tr.t('settings.limits.min', { currency })}
        <input data-testid="limit-min" value={min} onChange={(e) => setMin(e.target.value)} />
      </label>
      <label>
        {tr.t('settings.limits.max', { currency })}
        <input data-testid="limit-max" value={max} onChange={(e) => setMax(e.target.value)} aria-describedby={above ? 'limit-warning' : undefined} />
      </label>
      {above && (
        <p id="limit-warning" className="banner warning limit-warning" role="status" data-testid="limit-warning">
          {above}
        </p>
      )}
      <button type="submit">{tr.t('settings.limits.save')}</button>
      <button
        type="button"
        onClick={() => {
          setMin(tr.moneyNumber(defaultRuleLimits[provider].minAmount, currency));
          setMax(tr.moneyNumber(defaultRuleLimits[provider].maxAmount, currency));
        }}
      >
        {tr.t('settings.limits.defaults')}
      </button>
      {message && (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={`banner ${message.kind}`} data-testid="limits-message">
          {message.text}
        </div>
      )}
    </form>
  );
}

/**
 * Said while the largest amount is typed, before saving: above the provider's published maximum
 * rows pass Review that the provider may refuse. Null when the typed amount is within it (or
 * not an amount yet: saving says so).
 */
function aboveHighestPublished(tr: Translator, provider: ProviderId, typed: string): string | null {
  const { name, currency } = providerRules[provider];
  const read = readTyped(tr, typed, currency);
  const published = defaultRuleLimits[provider].maxAmount;
  if (!read.ok || read.minor <= published) return null;
  return tr.t('settings.limits.above', { amount: tr.money(read.minor, currency), published: tr.money(published, currency), provider: name });
}

/**
 * An amount typed as the reader writes numbers, which is how the form shows them: a baht amount's
 * decimal comma in Vietnamese ("2.000.000,50"), its dot in Thai and English. Đồng have no decimals,
 * so either separator groups thousands.
 */
function readTyped(tr: Translator, text: string, currency: Currency) {
  return parseAmountText(text, currency, currency === 'VND' ? 'auto' : tr.language === 'vi' ? 'comma-decimal' : 'dot-decimal');
}
