import { parseArgs } from 'node:util';
import { appName, appVersion } from '../engine/app-identity.js';
import { runServe } from './serve-command.js';

const help = `${appName} ${appVersion}: batch payouts for HiTechPAY, SmilePayz, HaiPay and AppotaPay.

Usage:
  paybatch serve [--port N] [--data-dir DIR]   Run the app in your browser (prints its address)
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

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`paybatch: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
