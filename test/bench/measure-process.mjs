// Runs one whole process and measures it as a user meets it: wall time from spawn to exit,
// and its peak memory (reported from inside by report-peak-memory.mjs).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const preload = new URL('./report-peak-memory.mjs', import.meta.url).href;

/** `node ARGS` with stdout to /dev/null; throws when it fails (other than an expected exit code). */
export function measureProcess(args, { cwd, okStatus = [0] } = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', preload, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 16 << 20 });
  const ms = performance.now() - started;
  if (run.error) throw run.error;
  if (!okStatus.includes(run.status)) throw new Error(`node ${args.join(' ')} exited with ${run.status ?? run.signal}:\n${run.stderr}`);
  const peak = /peak-rss-kb (\d+)\s*$/.exec(run.stderr);
  if (!peak) throw new Error(`node ${args.join(' ')} did not report its peak memory:\n${run.stderr}`);
  return { ms, peakMb: Number(peak[1]) / 1024 };
}

/**
 * Each command `runs` times, the commands taking turns so that a busy moment on a shared
 * machine falls on both sides; per command, the median time and the highest peak.
 */
export function medians(commands, runs) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i += 1) commands.forEach((command, index) => samples[index].push(command()));
  return samples.map((list) => {
    const times = list.map((s) => s.ms).sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], peakMb: Math.max(...list.map((s) => s.peakMb)) };
  });
}
