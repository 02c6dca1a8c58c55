import { useEffect, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import { formatMinor, formatMinorNumber } from '../../../shared/import/format-amount';
import type { Currency } from '../../../shared/import/model';
import { parseAmountText } from '../../../shared/import/parse-amount';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { ProviderSelect } from '../components/ProviderSelect';
import { providerRules } from '../../../shared/providers/provider-rules';
import { defaultRuleLimits, type RuleLimits } from '../../../shared/providers/rule-limits';
import { KeysPanel } from '../components/KeysPanel';

/** Settings: provider keys and connections per environment, and each provider's channel limits. */
export function SettingsScreen({ bridge }: { readonly bridge: PaybatchBridge | null }) {
  const [provider, setProvider] = useState<ProviderId>('smilepayz');
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {bridge ? <KeysPanel bridge={bridge} /> : null}
      <h2>Channel limits</h2>
      <p className="hint">Your contract with a provider may set lower limits than its published ones. Review checks every row against these. A limit above the published one is saved only once you confirm it in the desktop app.</p>
      <label className="inline">
        Provider{' '}
        <ProviderSelect testId="limits-provider" value={provider} onChange={setProvider} />
      </label>
      {bridge ? <LimitsForm key={provider} provider={provider} bridge={bridge} /> : <p>Open Paybatch from the address it printed to change settings.</p>}
    </section>
  );
}

function LimitsForm({ provider, bridge }: { readonly provider: ProviderId; readonly bridge: PaybatchBridge }) {
  const currency = providerRules[provider].currency;
  const [limits, setLimits] = useState<RuleLimits | null>(null);
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void bridge['limits.get']({ provider }).then((result) => {
      const loaded = result.ok ? result.value : { ...defaultRuleLimits[provider] };
      setLimits(loaded);
      setMin(formatMinorNumber(loaded.minAmount, currency));
      setMax(formatMinorNumber(loaded.maxAmount, currency));
    });
  }, [bridge, provider, currency]);

  if (!limits) return <p role="status">Loading…</p>;
  const above = aboveHighestPublished(provider, max);
  const save = async () => {
    const minAmount = readTyped(min, currency);
    const maxAmount = readTyped(max, currency);
    if (!minAmount.ok || !maxAmount.ok || minAmount.minor < 0 || maxAmount.minor <= minAmount.minor) {
      setMessage({ kind: 'error', text: `Enter the smallest and largest amount per transfer in ${currency}, the largest above the smallest.` });
      return;
    }
    const result = await bridge['limits.set']({ provider, limits: { ...limits, minAmount: minAmount.minor, maxAmount: maxAmount.minor } });
    setMessage(result.ok ? { kind: 'info', text: `Saved. ${providerRules[provider].name} rows are now checked against ${formatMinor(result.value.minAmount, currency)} – ${formatMinor(result.value.maxAmount, currency)}.` } : { kind: 'error', text: result.error.message });
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
        Smallest amount per transfer ({currency})
        <input data-testid="limit-min" value={min} onChange={(e) => setMin(e.target.value)} />
      </label>
      <label>
        Largest amount per transfer ({currency})
        <input data-testid="limit-max" value={max} onChange={(e) => setMax(e.target.value)} aria-describedby={above ? 'limit-warning' : undefined} />
      </label>
      {above && (
        <p id="limit-warning" className="banner warning limit-warning" role="status" data-testid="limit-warning">
          {above}
        </p>
      )}
      <button type="submit">Save limits</button>
      <button
        type="button"
        onClick={() => {
          setMin(formatMinorNumber(defaultRuleLimits[provider].minAmount, currency));
          setMax(formatMinorNumber(defaultRuleLimits[provider].maxAmount, currency));
        }}
      >
        Published defaults
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
function aboveHighestPublished(provider: ProviderId, typed: string): string | null {
  const { name, currency } = providerRules[provider];
  const read = readTyped(typed, currency);
  const published = defaultRuleLimits[provider].maxAmount;
  if (!read.ok || read.minor <= published) return null;
  return `${formatMinor(read.minor, currency)} is above the ${formatMinor(published, currency)} per transfer that ${name} publishes. Rows up to it will pass Review and go to ${name} as they are; ${name} may refuse them. Raise it only if your contract with ${name} allows more: the desktop app asks you to confirm before it is saved.`;
}

/** An amount typed here is written as the form shows it: a dot for satang. */
function readTyped(text: string, currency: Currency) {
  return parseAmountText(text, currency, currency === 'THB' ? 'dot-decimal' : 'auto');
}
