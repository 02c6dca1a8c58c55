import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ImportFailure } from '../../shared/import/import-failure.js';
import { appName, appVersion } from '../engine/app-identity.js';
import { EngineError } from '../engine/engine-error.js';
import { processIo, type CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

// Only what --version needs is imported here; the catalogues load when words are printed
// (cli-language.js) and each command's module (exceljs, SQLite, the keychain, zod behind it)
// when that command runs.


type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const commands: Readonly<Record<string, () => Promise<Command>>> = {
  inspect: async () => (await import('./inspect-command.js')).runInspect,
  validate: async () => (await import('./validate-command.js')).runValidate,
  keys: async () => (await import('./keys-command.js')).runKeys,
  simulate: async () => (await import('./simulate-command.js')).runSimulate,
  send: async () => (await import('./send/send-command.js')).runSend,
  resume: async () => (await import('./send/resume-command.js')).runResume,
  status: async () => (await import('./send/status-command.js')).runStatus,
  batches: async () => (await import('./send/status-command.js')).runBatches,
  report: async () => (await import('./report-command.js')).runReport,
  audit: async () => (await import('./audit-command.js')).runAudit,
};

/**
 * Runs one command line and returns the process exit code; never throws. Tests call it in
 * process with their own `io`; run-cli.ts calls it for the real process.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr.write(`paybatch: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const { cliTranslator } = await import('./cli-language.js');
    io.stdout.write(cliTranslator().t('cli.help', { name: appName, version: appVersion }));
    return 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    io.stdout.write(`${appVersion}\n`);
    return 0;
  }
  const load = Object.hasOwn(commands, command) ? commands[command] : undefined;
  if (load) return withMessages(command, io, async () => (await load())(rest, io));
  if (command === 'serve') {
    const { values } = parseArgs({
      args: [...rest],
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
    });
    const { runServe } = await import('./serve-command.js');
    // Resolved here, not in serve-command: this module is always in the built entry
    // (out/main/cli.js), beside out/renderer, while a command's module lands in a chunk folder.
    const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
    return runServe({ port: values.port, dataDir: values['data-dir'], rendererDir }, io);
  }
  const { cliTranslator } = await import('./cli-language.js');
  io.stderr.write(`paybatch: ${cliTranslator().t('cli.unknownCommand', { command })}\n`);
  return 2;
}

/** Turns the failures a user can act on into one line on stderr and exit code 2. */
async function withMessages(command: string, io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ImportFailure || error instanceof UsageError || error instanceof EngineError) {
      const { cliTranslator, failureText } = await import('./cli-language.js');
      io.stderr.write(`paybatch ${command}: ${failureText(cliTranslator(), error)}\n`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      // Node's own sentence (it names the option) stays as Node wrote it.
      const { cliTranslator } = await import('./cli-language.js');
      io.stderr.write(`paybatch ${command}: ${cliTranslator().t('cli.badOption', { problem: error.message })}\n`);
      return 2;
    }
    throw error;
  }
}
