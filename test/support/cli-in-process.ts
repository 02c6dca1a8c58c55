import { Writable } from 'node:stream';
import { main } from '../../electron/cli/main.js';

export type CliRun = { readonly status: number; readonly stdout: string; readonly stderr: string };

/**
 * `paybatch ARGS` in this process: the CLI's main with its output captured, so a test of
 * argument parsing costs a function call, not a Node start. The spawned runs in
 * paybatch-process.ts prove that the real process does the same.
 */
export async function runCli(args: readonly string[]): Promise<CliRun> {
  const stdout = captured();
  const stderr = captured();
  const status = await main(args, { stdout: stdout.stream, stderr: stderr.stream });
  // What the command wrote last may still be queued behind a write the stream has not
  // finished (as a process's pipe would still be emptying when it exits).
  await Promise.all([flushed(stdout.stream), flushed(stderr.stream)]);
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

async function flushed(stream: Writable): Promise<void> {
  while (stream.writableLength > 0) await new Promise((resolve) => setImmediate(resolve));
}

/** A stream that keeps what is written; it answers 'full' now and then, as a pipe does. */
export function captured(highWaterMark?: number): { stream: Writable; text: () => string; writes: () => number } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    ...(highWaterMark === undefined ? {} : { highWaterMark }),
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      // Later, not now: a write answered at once never lets the stream fill up.
      setImmediate(done);
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8'), writes: () => chunks.length };
}
