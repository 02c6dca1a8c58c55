import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ImportFailure } from '../../shared/import/import-failure.js';
import { appName, appVersion } from '../engine/app-identity.js';
import { EngineError } from '../engine/engine-error.js';
import { processIo, type CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';

// Only what help, version and the error messages need is imported here; each command's module
// (and exceljs, SQLite, the keychain, zod behind it) loads when that command runs.

const help = `${appName} ${appVersion}: batch payouts for HiTechPAY, SmilePayz, HaiPay and AppotaPay.

Usage:
  paybatch inspect FILE [options]              Read a payroll sheet and show its payees
      --sheet NAME          the sheet to read (default: the first with data)
      --mapping FILE        a saved column mapping (JSON)
      --currency VND|THB    the amounts' currency (default: from the sheet)
      --encoding E          utf-8, utf-16le, utf-16be, windows-1258 or tis-620 (CSV only)
      --amount-format F     auto, dot-decimal (1,234.50) or comma-decimal (1.234,50)
      --header-row N        the header's row number, when it is not found by itself
      --json                machine-readable output
  paybatch validate FILE --provider P [options]
                                               Check every row offline against the rules of
                                               P: hitechpay, smilepayz, haipay or appotapay
                                               (takes inspect's options, and --data-dir DIR)
  paybatch keys import <provider> --env <environment> --file creds.json [--confirm-address]
  paybatch keys status [--json]
  paybatch keys remove <provider> --env <environment>
                                               Provider secrets in the system keychain (only
                                               fingerprints are ever shown); environments are
                                               practice, sandbox and production. An address
                                               the provider does not publish, or a changed one
                                               or verification key, needs --confirm-address
  paybatch simulate <provider> [--port N] [--faults SPEC] [--creds-out FILE]
                                               Run a provider simulator on 127.0.0.1; FILE gets
                                               fresh test credentials for keys import. SPEC:
                                               latency=MS,5xx=P,timeout=P,drop=P,settle=MS,
                                               fail=ACCOUNT|PHONE,badsig=P (P from 0 to 1)
  paybatch serve [--port N] [--data-dir DIR]   Run the app in your browser (prints its address)

Commands that read or write stored state take --data-dir DIR (default: the app's own folder).
  paybatch --version                           Print the version
  paybatch --help                              Show this help

Exit codes: 0 done, 1 the work found problems, 2 the input could not be used.
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const commands: Readonly<Record<string, () => Promise<Command>>> = {
  inspect: async () => (await import('./inspect-command.js')).runInspect,
  validate: async () => (await import('./validate-command.js')).runValidate,
  keys: async () => (await import('./keys-command.js')).runKeys,
  simulate: async () => (await import('./simulate-command.js')).runSimulate,
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
    io.stdout.write(help);
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
  io.stderr.write(`paybatch: unknown command "${command}". Run "paybatch --help" to see what it can do.\n`);
  return 2;
}

/** Turns the failures a user can act on into one line on stderr and exit code 2. */
async function withMessages(command: string, io: CliIo, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ImportFailure || error instanceof UsageError || error instanceof EngineError) {
      io.stderr.write(`paybatch ${command}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`paybatch ${command}: ${error.message}. Run "paybatch --help" for the options.\n`);
      return 2;
    }
    throw error;
  }
}
