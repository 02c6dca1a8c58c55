import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { providerIds } from '../../shared/providers/provider-ids.js';
import { generateSimCredentials } from '../simulator/sim-credentials.js';
import { parseFaults } from '../simulator/sim-faults.js';
import { startSimulator } from '../simulator/start-simulator.js';
import type { CliIo } from './cli-io.js';
import { cliTranslator } from './cli-language.js';
import { UsageError } from './usage-error.js';

/** `paybatch simulate <provider>`: one provider's simulator in the foreground, for Practice and tests. */
export async function runSimulate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { port: { type: 'string' }, faults: { type: 'string' }, 'creds-out': { type: 'string' } }, allowPositionals: true, strict: true });
  const provider = providerIds.find((id) => id === positionals[0]?.toLowerCase());
  if (!provider) throw new UsageError('cli.simulate.provider', { providers: providerIds.join(', ') });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('cli.usage.port', { value: values.port });
  let faults;
  try {
    faults = parseFaults(values.faults);
  } catch (error) {
    throw new UsageError('cli.simulate.faults', { problem: error instanceof Error ? error.message : String(error) });
  }
  const credentials = generateSimCredentials(provider);
  const sim = await startSimulator(provider, credentials, faults, port);
  if (values['creds-out']) {
    // The file holds freshly made test keys for this simulator only; still, readable by you alone.
    await writeFile(values['creds-out'], `${JSON.stringify({ ...credentials.creds, baseUrl: sim.baseUrl }, null, 2)}\n`, { mode: 0o600 });
  }
  const tr = cliTranslator();
  io.stdout.write(`${tr.t('cli.simulate.listening', { provider, url: sim.baseUrl })}\n`);
  if (values['creds-out']) io.stdout.write(`${tr.t('cli.simulate.credentials', { file: values['creds-out'], provider })}\n`);
  io.stdout.write(`${tr.t('cli.stop')}\n`);
  const stop = (): void => {
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}
