import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

/** In the data folder, readable by its owner only: a stack may quote what was being handled. */
export const debugLogName = 'debug.log';

/**
 * Records an error nobody planned for in the debug log and returns a short reference to it.
 * The stack and the message stay in the log: a message can quote the request (a parser's
 * error quotes its input), so an answer carries only the reference. When the data folder
 * cannot be written, the entry goes to stderr instead, never into the answer.
 */
export function logInternalError(dataDir: string, where: string, error: unknown): string {
  const ref = randomBytes(4).toString('hex');
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : `thrown value: ${String(error)}`;
  const entry = `${new Date().toISOString()} ${ref} ${where}\n${text}\n\n`;
  try {
    appendFileSync(join(dataDir, debugLogName), entry, { mode: 0o600 });
  } catch {
    process.stderr.write(`paybatch internal error ${entry}`);
  }
  return ref;
}

/** The `detail` of an internal error: what kind of error and where its stack was logged. */
export function internalDetail(where: string, error: unknown, ref: string): string {
  const kind = error instanceof Error ? error.name : typeof error;
  return `${where}: ${kind}, logged as ${ref} in ${debugLogName} in the data folder`;
}
