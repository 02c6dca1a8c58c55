import type { CliIo } from './cli-io.js';

/** `paybatch report` (issue #15). */
export async function runReport(_args: readonly string[], io: CliIo): Promise<number> {
  io.stderr.write('paybatch report: not built yet\n');
  return 2;
}
