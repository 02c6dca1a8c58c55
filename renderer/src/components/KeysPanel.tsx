import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import type { PaybatchBridge } from '../../../shared/bridge';
import { credentialFields, credentialLabel, environments, type Environment } from '../../../shared/credentials/credential-fields';
import { errorText } from '../../../shared/i18n/issue-text';
import { inReaderWords } from '../../../shared/destinations/change-words';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { ProviderSelect } from './ProviderSelect';
import { providerRules } from '../../../shared/providers/provider-rules';
import { keysImportCommand } from '../../../shared/credentials/keys-import-command';
import type { ApiError } from '../../../shared/result';
import { useT } from '../i18n/language';

const environmentLabels = { practice: 'settings.env.practice', sandbox: 'settings.env.sandbox', production: 'settings.env.production' } as const satisfies Record<Environment, string>;

type Status = MethodOutput<'keys.status'>[number];
type Notice = { kind: 'info' | 'error'; text: string } | null;

/**
 * Provider keys per environment. A secret goes from here to the keychain once; what comes back
 * is only whether it is set and its fingerprint.
 */
export function KeysPanel({ bridge }: { readonly bridge: PaybatchBridge }) {
  const tr = useT();
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
      setNotice({ kind: 'error', text: errorText(tr, inReaderWords(tr, result.error)) });
    }
  }, [bridge, provider, environment, tr]);

  useEffect(() => {
    setNotice(null);
    void refresh();
  }, [refresh]);

  const say = (result: { ok: true } | { ok: false; error: ApiError }, success: string) => {
    setNotice(result.ok ? { kind: 'info', text: success } : { kind: 'error', text: errorText(tr, inReaderWords(tr, result.error)) });
    void refresh();
  };

  const saveSecret = async (field: string, value: string) => {
    if (value.trim() === '') return;
    say(await bridge['keys.setSecret']({ provider, environment, field, value }), tr.t('settings.keys.secretSaved', { field: credentialLabel(tr, field) }));
  };

  const importCreds = async (file: File) => {
    let creds: unknown;
    try {
      creds = JSON.parse(await file.text());
    } catch {
      setNotice({ kind: 'error', text: tr.t('settings.keys.notJson', { file: file.name }) });
      return;
    }
    if (!creds || typeof creds !== 'object') return;
    say(await bridge['keys.import']({ provider, environment, creds: creds as Record<string, string | number> }), tr.t('settings.keys.imported', { file: file.name }));
  };

  const saveSettings = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const settings: Record<string, string> = {};
    for (const [key, value] of data.entries()) if (typeof value === 'string') settings[key] = value.trim();
    say(await bridge['keys.setSettings']({ provider, environment, settings }), tr.t('settings.keys.settingsSaved'));
    setFormRevision((n) => n + 1);
  };

  const test = async () => {
    setNotice({ kind: 'info', text: tr.t('settings.keys.asking') });
    const result = await bridge['connection.test']({ provider, environment });
    setNotice(
      result.ok
        ? { kind: 'info', text: tr.t('settings.keys.connected', { provider: providerRules[provider].name, environment: tr.t(environmentLabels[environment]), balance: tr.money(result.value.balanceMinor, result.value.currency) }) }
        : { kind: 'error', text: errorText(tr, inReaderWords(tr, result.error)) },
    );
  };

  const settingValue = (name: string) => {
    const value = status?.settings[name];
    return value === undefined ? '' : String(value);
  };

  return (
    <section className="keys" aria-labelledby="keys-title">
      <h2 id="keys-title">{tr.t('settings.keys.title')}</h2>
      <div className="keys-pick">
        <label>
          {tr.t('settings.keys.provider')}
          <ProviderSelect testId="keys-provider" value={provider} onChange={setProvider} />
        </label>
        <label>
          {tr.t('settings.keys.environment')}
          <select data-testid="keys-environment" value={environment} onChange={(e) => setEnvironment(environments.find((x) => x === e.target.value) ?? 'practice')}>
            {environments.map((x) => (
              <option key={x} value={x}>
                {tr.t(environmentLabels[x])}
              </option>
            ))}
          </select>
        </label>
        <label className="button-like">
          {tr.t('settings.keys.importFile')}
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
            {credentialLabel(tr, name)}
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
            ? tr.t('settings.keys.practiceHint')
            : tr.t('settings.keys.confirmHint', { provider: providerRules[provider].name, command: keysImportCommand(provider, environment, true) })}
        </p>
        <button type="submit">{tr.t('settings.keys.save')}</button>
        <button type="button" onClick={() => void test()} data-testid="test-connection">
          {tr.t('settings.keys.test')}
        </button>
        <button type="button" onClick={() => void bridge['keys.remove']({ provider, environment }).then((r) => say(r, tr.t('settings.keys.removed')))}>
          {tr.t('settings.keys.removeAll')}
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
  const tr = useT();
  const [value, setValue] = useState('');
  const label = credentialLabel(tr, field);
  return (
    <tr data-secret={field}>
      <th scope="row">{label}</th>
      <td className="secret-status">{set === null ? tr.t('settings.keys.unknown') : set ? tr.t('settings.keys.set', { fingerprint: fingerprint ?? '' }) : tr.t('settings.keys.notSet')}</td>
      <td>
        {field === 'privateKey' ? (
          <textarea aria-label={tr.t('settings.keys.new', { field: label })} rows={2} value={value} onChange={(e) => setValue(e.target.value)} placeholder={tr.t('settings.keys.paste')} />
        ) : (
          <input type="password" aria-label={tr.t('settings.keys.new', { field: label })} value={value} autoComplete="off" onChange={(e) => setValue(e.target.value)} />
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
          {tr.t('settings.keys.saveSecret')}
        </button>{' '}
        <label className="button-like">
          {tr.t('settings.keys.loadFile')}
          <input type="file" accept=".pem,.txt,.key" aria-label={tr.t('settings.keys.loadLabel', { field: label })} onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(onSave);
            e.target.value = '';
          }} />
        </label>
      </td>
    </tr>
  );
}
