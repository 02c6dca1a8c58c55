import type { Writable } from 'node:stream';

/** Where a command writes: the process's own streams, or a test's. */
export type CliIo = { readonly stdout: Writable; readonly stderr: Writable };

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr };
}
