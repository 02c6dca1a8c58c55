import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/paybatch.js', import.meta.url));
const preload = new URL('../bench/report-peak-memory.mjs', import.meta.url).href;

export type CliRun = { readonly status: number | null; readonly stderr: string; readonly ms: number; readonly peakMb: number | null };

/**
 * `paybatch ARGS` as a whole process, stdout discarded: its exit status, its message, its wall
 * time and its peak memory (getrusage, reported from inside at exit). Killed after `killAfterMs`
 * so a hang ends as a failure, not a stuck suite.
 */
export function measureCliRun(args: readonly string[], killAfterMs: number): CliRun {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', preload, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: killAfterMs, maxBuffer: 1 << 20 });
  const ms = performance.now() - started;
  const peak = /\npeak-rss-kb (\d+)\s*$/.exec(run.stderr ?? '');
  return { status: run.status, stderr: (run.stderr ?? '').replace(/\npeak-rss-kb \d+\s*$/, '').trim(), ms, peakMb: peak ? Number(peak[1]) / 1024 : null };
}
