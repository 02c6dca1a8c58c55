import { parseArgs } from 'node:util';
import { appName, appVersion } from '../engine/app-identity.js';
import { ImportFailure } from '../../shared/import/import-failure.js';
import { EngineError } from '../engine/engine-error.js';
import { runInspect, UsageError } from './inspect-command.js';
import { runServe } from './serve-command.js';
import { runValidate } from './validate-command.js';
import { runKeys } from './keys-command.js';
import { runSimulate } from './simulate-command.js';

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
  paybatch keys import <provider> --env <environment> --file creds.json
  paybatch keys status [--json]
  paybatch keys remove <provider> --env <environment>
                                               Provider secrets in the system keychain (only
                                               fingerprints are ever shown); environments are
                                               practice, sandbox and production
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

/** Returns the process exit code; throws nothing the user has to read a stack trace for. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(help);
    return 0;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    process.stdout.write(`${appVersion}\n`);
    return 0;
  }
  if (command === 'inspect') return withMessages('inspect', () => runInspect(rest));
  if (command === 'validate') return withMessages('validate', () => runValidate(rest));
  if (command === 'keys') return withMessages('keys', () => runKeys(rest));
  if (command === 'simulate') return withMessages('simulate', () => runSimulate(rest));
  if (command === 'serve') {
    const { values } = parseArgs({
      args: [...rest],
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
    });
    return runServe({ port: values.port, dataDir: values['data-dir'] });
  }
  process.stderr.write(`paybatch: unknown command "${command}". Run "paybatch --help" to see what it can do.\n`);
  return 2;
}

/** Turns the failures a user can act on into one line on stderr and exit code 2. */
async function withMessages(command: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ImportFailure || error instanceof UsageError || error instanceof EngineError) {
      process.stderr.write(`paybatch ${command}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`paybatch ${command}: ${error.message}. Run "paybatch --help" for the options.\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // serve and simulate keep running; everything else ends with its exit code.
    if (code !== 0 || (process.argv[2] !== 'serve' && process.argv[2] !== 'simulate')) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`paybatch: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
