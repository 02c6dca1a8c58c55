import type { CliIo } from './cli-io.js';

/** `paybatch audit` (issue #15). */
export async function runAudit(_args: readonly string[], io: CliIo): Promise<number> {
  io.stderr.write('paybatch audit: not built yet\n');
  return 2;
}
