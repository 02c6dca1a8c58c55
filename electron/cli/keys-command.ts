import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { environments, type Environment } from '../../shared/credentials/credential-fields.js';
import { providerIds, type ProviderId } from '../../shared/providers/provider-ids.js';
import { defaultDataDir } from '../engine/default-data-dir.js';
import { createEngine } from '../engine/engine.js';
import type { ChangeConfirmer } from '../engine/destinations/change-request.js';
import { changeWords } from '../../shared/destinations/change-words.js';
import { createOsKeyStore } from '../engine/keys/os-key-store.js';
import type { Translator } from '../../shared/i18n/translator.js';
import type { CliIo } from './cli-io.js';
import { cliTranslator } from './cli-language.js';
import { UsageError } from './usage-error.js';

const options = { env: { type: 'string' }, file: { type: 'string' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' }, 'confirm-address': { type: 'boolean' } } as const;

/** `paybatch keys import|status|remove`: secrets into the OS keychain, the rest into settings. */
export async function runKeys(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  const [action, providerName] = positionals;
  if (values['confirm-address'] && action !== 'import') throw new UsageError('cli.keys.confirmOnlyImport');
  const tr = cliTranslator();
  const confirmChanges = values['confirm-address'] ? confirmedByFlag(io, tr) : undefined;
  const engine = createEngine({ dataDir: values['data-dir'] ?? defaultDataDir(), keyStore: createOsKeyStore(), ...(confirmChanges ? { confirmChanges } : {}) });
  try {
    if (action === 'status') {
      const all = await engine.credentials.statusOf();
      const configured = all.filter((s) => s.secrets.some((x) => x.set) || Object.keys(s.settings).length > 0);
      if (values.json) io.stdout.write(`${JSON.stringify(configured, null, 2)}\n`);
      else if (configured.length === 0) io.stdout.write(`${tr.t('cli.keys.none')}\n`);
      else for (const s of configured) io.stdout.write(`${s.provider} (${s.environment})\n${s.secrets.map((x) => `  ${x.field.padEnd(16)} ${x.set ? tr.t('cli.keys.set', { fingerprint: x.fingerprint }) : tr.t('cli.keys.notSet')}`).join('\n')}\n${Object.entries(s.settings).map(([k, v]) => `  ${k.padEnd(16)} ${k === 'platformPublicKey' ? tr.t('cli.keys.setNoPrint') : String(v)}`).join('\n')}\n`);
      return 0;
    }
    const provider = providerOf(providerName);
    const environment = environmentOf(values.env);
    if (action === 'import') {
      const file = values.file;
      if (!file) throw new UsageError('cli.keys.nameFile');
      const text = await readFile(file, 'utf8').catch(() => {
        throw new UsageError('cli.keys.fileUnreadable', { file });
      });
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new UsageError('cli.keys.notJson', { file });
      }
      // Recorded in the audit log as the window's import is (fingerprints only, never a secret).
      const asked = { provider, environment, creds: {} };
      const mark = engine.audit.calling('keys.import', asked);
      const status = await engine.credentials.import(provider, environment, json);
      engine.audit.called(asked, { provider, environment, secrets: status.secrets }, mark);
      io.stdout.write(`${tr.t('cli.keys.saved', { provider, environment, secrets: status.secrets.map((s) => `${s.field} ${s.fingerprint}`).join(', '), dataDir: engine.dataDir })}\n`);
      return 0;
    }
    if (action === 'remove') {
      const mark = engine.audit.calling('keys.remove', { provider, environment });
      const removed = await engine.credentials.remove(provider, environment);
      engine.audit.called({ provider, environment }, { removed }, mark);
      io.stdout.write(`${tr.t(removed > 0 ? 'cli.keys.removed' : 'cli.keys.nothingSet', { provider, environment })}\n`);
      return 0;
    }
    throw new UsageError('cli.keys.use');
  } finally {
    await engine.close();
  }
}

/**
 * The person typing --confirm-address has confirmed beforehand; what it confirmed is printed
 * (old → new), so the terminal shows what was accepted.
 */
function confirmedByFlag(io: CliIo, tr: Translator): ChangeConfirmer {
  return {
    via: 'cli_flag',
    async confirm(request) {
      const { subject, lines } = changeWords(tr, request);
      io.stdout.write(`${tr.t('cli.keys.confirmed', { subject })}\n${lines.map((line) => `  ${line}\n`).join('')}`);
      return true;
    },
  };
}

function providerOf(name: string | undefined): ProviderId {
  const found = providerIds.find((id) => id === name?.toLowerCase());
  if (!found) throw new UsageError('cli.keys.provider', { providers: providerIds.join(', '), given: name || 'none' });
  return found;
}

function environmentOf(name: string | undefined): Environment {
  const found = environments.find((e) => e === name?.toLowerCase());
  if (!found) throw new UsageError('cli.keys.environment', { environments: environments.join(', '), given: name || 'none' });
  return found;
}
