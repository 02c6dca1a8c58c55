import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/paybatch.js', import.meta.url));

/** Runs `paybatch ARGS` to completion (the built CLI, as `npx paybatch` would). */
export function runPaybatch(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000, cwd: repoRoot });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export type Served = { readonly url: string; readonly origin: string; readonly token: string; readonly child: ChildProcess; readonly output: () => string };

/**
 * Starts `paybatch serve` as its own process and waits for the address it prints; every
 * process started here is stopped after the test.
 */
/** `paybatch serve ARGS` as a process; resolves once it prints its address (with the token). */
export function startServe(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'serve', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  return new Promise<Served>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`paybatch serve printed no address in 20 s:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(output);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolve({ url: match[0], origin: match[1], token: match[2], child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`paybatch serve exited with ${code}:\n${output}`));
    });
  });
}

/** startServe for a vitest file: every server it starts is stopped after each test. */
export function useServe(): (args: readonly string[], env?: NodeJS.ProcessEnv) => Promise<Served> {
  const started: Array<Promise<Served>> = [];
  afterEach(async () => {
    const servers = await Promise.allSettled(started.splice(0));
    await Promise.all(servers.flatMap((s) => (s.status === 'fulfilled' ? [stop(s.value.child)] : [])));
  });
  return (args, env) => {
    const served = startServe(args, env);
    started.push(served);
    return served;
  };
}

export function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}
