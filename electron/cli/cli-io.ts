import type { Readable, Writable } from 'node:stream';

/**
 * Where a command reads and writes: the process's own streams, or a test's. `stdin` is there
 * only when a person may be typing (a terminal); a command that must ask refuses without it.
 */
export type CliIo = { readonly stdout: Writable; readonly stderr: Writable; readonly stdin?: Readable };

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, ...(process.stdin.isTTY ? { stdin: process.stdin } : {}) };
}
