import { useEffect, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import { formatMinor, formatMinorNumber } from '../../../shared/import/format-amount';
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
  const save = async () => {
    const format = currency === 'THB' ? 'dot-decimal' : 'auto';
    const minAmount = parseAmountText(min, currency, format);
    const maxAmount = parseAmountText(max, currency, format);
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
        <input data-testid="limit-max" value={max} onChange={(e) => setMax(e.target.value)} />
      </label>
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
