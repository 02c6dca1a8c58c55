import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import type { PaybatchBridge } from '../../../shared/bridge';
import { credentialFields, credentialLabel, environments, type Environment } from '../../../shared/credentials/credential-fields';
import { formatMinor } from '../../../shared/import/format-amount';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { ProviderSelect } from './ProviderSelect';
import { providerRules } from '../../../shared/providers/provider-rules';
import { keysImportCommand } from '../../../shared/credentials/keys-import-command';

type Status = MethodOutput<'keys.status'>[number];
type Notice = { kind: 'info' | 'error'; text: string } | null;

/**
 * Provider keys per environment. A secret goes from here to the keychain once; what comes back
 * is only whether it is set and its fingerprint.
 */
export function KeysPanel({ bridge }: { readonly bridge: PaybatchBridge }) {
  const [provider, setProvider] = useState<ProviderId>('appotapay');
  const [environment, setEnvironment] = useState<Environment>('practice');
  const [status, setStatus] = useState<Status | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  // Bumped after each save so the form shows what is in effect, never a refused address.
  const [formRevision, setFormRevision] = useState(0);
  const fields = credentialFields[provider];

  const refresh = useCallback(async () => {
    const result = await bridge['keys.status']({ provider, environment });
    if (result.ok) setStatus(result.value[0] ?? null);
    else {
      setStatus(null);
      setNotice({ kind: 'error', text: result.error.message });
    }
  }, [bridge, provider, environment]);

  useEffect(() => {
    setNotice(null);
    void refresh();
  }, [refresh]);

  const say = (result: { ok: true } | { ok: false; error: { message: string } }, success: string) => {
    setNotice(result.ok ? { kind: 'info', text: success } : { kind: 'error', text: result.error.message });
    void refresh();
  };

  const saveSecret = async (field: string, value: string) => {
    if (value.trim() === '') return;
    say(await bridge['keys.setSecret']({ provider, environment, field, value }), `${credentialLabel(field)} saved in the system keychain.`);
  };

  const importCreds = async (file: File) => {
    let creds: unknown;
    try {
      creds = JSON.parse(await file.text());
    } catch {
      setNotice({ kind: 'error', text: `${file.name} is not a credentials file (it is not JSON).` });
      return;
    }
    if (!creds || typeof creds !== 'object') return;
    say(await bridge['keys.import']({ provider, environment, creds: creds as Record<string, string | number> }), `Credentials from ${file.name} saved: secrets in the keychain, the rest in settings.`);
  };

  const saveSettings = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const settings: Record<string, string> = {};
    for (const [key, value] of data.entries()) if (typeof value === 'string') settings[key] = value.trim();
    say(await bridge['keys.setSettings']({ provider, environment, settings }), 'Settings saved.');
    setFormRevision((n) => n + 1);
  };

  const test = async () => {
    setNotice({ kind: 'info', text: 'Asking for the balance…' });
    const result = await bridge['connection.test']({ provider, environment });
    setNotice(result.ok ? { kind: 'info', text: `Connected to ${providerRules[provider].name} (${environment}). Balance: ${formatMinor(result.value.balanceMinor, result.value.currency)}.` } : { kind: 'error', text: result.error.message });
  };

  const settingValue = (name: string) => {
    const value = status?.settings[name];
    return value === undefined ? '' : String(value);
  };

  return (
    <section className="keys" aria-labelledby="keys-title">
      <h2 id="keys-title">Provider keys</h2>
      <div className="keys-pick">
        <label>
          Provider
          <ProviderSelect testId="keys-provider" value={provider} onChange={setProvider} />
        </label>
        <label>
          Environment
          <select data-testid="keys-environment" value={environment} onChange={(e) => setEnvironment(environments.find((x) => x === e.target.value) ?? 'practice')}>
            {environments.map((x) => (
              <option key={x} value={x}>
                {x[0]?.toUpperCase()}
                {x.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label className="button-like">
          Import credentials file…
          <input type="file" accept=".json,application/json" data-testid="creds-input" onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importCreds(file);
            e.target.value = '';
          }} />
        </label>
      </div>
      <table className="mapping" data-testid="secrets-table">
        <tbody>
          {fields.secrets.map((field) => {
            const s = status?.secrets.find((x) => x.field === field);
            // Without an answer from the keychain we do not know: never say "Not set" then.
            return <SecretRow key={`${provider}-${environment}-${field}`} field={field} set={status ? (s?.set ?? false) : null} fingerprint={s?.fingerprint ?? null} onSave={(value) => void saveSecret(field, value)} />;
          })}
        </tbody>
      </table>
      <form
        key={`${provider}-${environment}-${formRevision}-${JSON.stringify(status?.settings ?? {})}`}
        className="limits"
        onSubmit={(e) => {
          e.preventDefault();
          void saveSettings(e.currentTarget);
        }}
      >
        {['baseUrl', ...fields.settings].map((name) => (
          <label key={name}>
            {credentialLabel(name)}
            {/* A one-line field would drop the PEM's line breaks. */}
            {name === 'platformPublicKey' ? (
              <textarea name={name} rows={3} defaultValue={settingValue(name)} data-testid={`setting-${name}`} />
            ) : (
              <input name={name} defaultValue={settingValue(name)} data-testid={`setting-${name}`} />
            )}
          </label>
        ))}
        <p className="hint" data-testid="confirm-hint">
          {environment === 'practice'
            ? 'Practice talks only to the simulators on this computer (http://127.0.0.1:…).'
            : `A new address, or a new key for checking ${providerRules[provider].name}'s answers, is saved only once you confirm it: the desktop app asks you in its own dialog; in a browser, run ${keysImportCommand(provider, environment, true)}.`}
        </p>
        <button type="submit">Save settings</button>
        <button type="button" onClick={() => void test()} data-testid="test-connection">
          Test connection
        </button>
        <button type="button" onClick={() => void bridge['keys.remove']({ provider, environment }).then((r) => say(r, 'Keys and settings removed.'))}>
          Remove all
        </button>
      </form>
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`banner ${notice.kind}`} data-testid="keys-notice">
          {notice.text}
        </div>
      )}
    </section>
  );
}

function SecretRow({ field, set, fingerprint, onSave }: { field: string; set: boolean | null; fingerprint: string | null; onSave: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <tr data-secret={field}>
      <th scope="row">{credentialLabel(field)}</th>
      <td className="secret-status">{set === null ? 'Unknown (keychain not reachable)' : set ? `Set · ${fingerprint}` : 'Not set'}</td>
      <td>
        {field === 'privateKey' ? (
          <textarea aria-label={`New ${credentialLabel(field)}`} rows={2} value={value} onChange={(e) => setValue(e.target.value)} placeholder="Paste the key (PEM or base64)" />
        ) : (
          <input type="password" aria-label={`New ${credentialLabel(field)}`} value={value} autoComplete="off" onChange={(e) => setValue(e.target.value)} />
        )}
      </td>
      <td>
        <button
          type="button"
          onClick={() => {
            onSave(value);
            setValue('');
          }}
        >
          Save
        </button>{' '}
        <label className="button-like">
          Load file…
          <input type="file" accept=".pem,.txt,.key" aria-label={`Load ${credentialLabel(field)} from a file`} onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(onSave);
            e.target.value = '';
          }} />
        </label>
      </td>
    </tr>
  );
}
