import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/paybatch.js', import.meta.url));
const preload = new URL('../bench/report-peak-memory.mjs', import.meta.url).href;

export type CliRun = { readonly status: number | null; readonly stderr: string; readonly ms: number; readonly cpuMs: number | null; readonly peakMb: number | null };

/**
 * `paybatch ARGS` as a whole process, stdout discarded: its exit status, its message, its wall
 * time, its CPU time and its peak memory (getrusage, reported from inside at exit). Killed after `killAfterMs`
 * so a hang ends as a failure, not a stuck suite.
 */
export function measureCliRun(args: readonly string[], killAfterMs: number): CliRun {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', preload, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: killAfterMs, maxBuffer: 1 << 20 });
  const ms = performance.now() - started;
  const report = /\ncpu-us (\d+)\npeak-rss-kb (\d+)\s*$/.exec(run.stderr ?? '');
  return {
    status: run.status,
    stderr: (run.stderr ?? '').replace(/\ncpu-us \d+\npeak-rss-kb \d+\s*$/, '').trim(),
    ms,
    cpuMs: report ? Number(report[1]) / 1000 : null,
    peakMb: report ? Number(report[2]) / 1024 : null,
  };
}
