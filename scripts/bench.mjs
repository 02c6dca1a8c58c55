// `npm run bench` / `npm run bench:import`, on a 100,000-row payroll, each figure against a
// baseline measured in the same run; the median of BENCH_RUNS (default 3) runs, each its own
// process. Exits 1 when a target is missed.
// 1. Our import, in process (to canonical payees), against the bare parser: exceljs's
//    in-memory load for .xlsx, papaparse for .csv. Targets (issue "Import payroll sheets"):
//    ratio ≤ 1.5 xlsx, ≤ 2 csv; peak memory ≤ 600 MB.
// 2. The built `paybatch` CLI as whole processes (test/bench/cli-bench.mjs, issue #8).
// 3. The review core (test/bench/measure-review.ts): a bulk fix of every row ≤ 1 s, one edit
//    ≤ 16 ms (issue #8), and a group of identical rows no slower than 3× as many distinct rows.
// 4. The hostile corpus (test/bench/measure-hostile.ts, issue #9): each file ends in ≤ 5 s with
//    peak memory ≤ 400 MB and its message.
// 5. "Download problems" (test/bench/measure-problems-workbook.ts, issue #11): 100,000 rows in ≤ 6 s.
// 6. The engine on its worker thread (test/bench/measure-engine-thread.ts, issue #13): the
//    calling thread's longest stall while the engine imports 80,000 rows, ≤ 50 ms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCli } from '../test/bench/cli-bench.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'paybatch-bench-'));
const tsx = (script, args) => spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });

try {
  const xlsx = join(dir, 'payroll.xlsx');
  const csv = join(dir, 'payroll.csv');
  console.log(`Generating ${rows.toLocaleString('en-US')}-row payroll files…`);
  const made = tsx('test/bench/make-payroll-files.ts', [xlsx, csv, String(rows)]);
  if (made.status !== 0) throw new Error(made.stderr);
  console.log(`  payroll.xlsx ${mb(statSync(xlsx).size)} MB, payroll.csv ${mb(statSync(csv).size)} MB\n`);

  const results = [
    compare('xlsx', xlsx, 'exceljs-load', 1.5),
    compare('csv', csv, 'papaparse', 2),
  ];

  console.log('Building the CLI…');
  const built = spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}${built.stderr}`);
  console.log('');
  results.push(...benchCli({ root, xlsx, csv, runs }));
  results.push(...benchReview());
  results.push(...benchLastLine('test/bench/measure-hostile.ts', 'hostile corpus'));
  results.push(...benchLastLine('test/bench/measure-problems-workbook.ts', 'problems workbook'));
  results.push(...benchLastLine('test/bench/measure-engine-thread.ts', 'engine worker'));

  const failed = results.filter((r) => !r.ok);
  console.log(failed.length === 0 ? '\nAll targets met.' : `\nMissed: ${failed.map((r) => r.label).join(', ')}`);
  process.exitCode = failed.length === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function compare(label, file, baseline, target) {
  const bare = median(baseline, file);
  const ours = median('ours', file);
  const ratio = ours.ms / bare.ms;
  const ok = ratio <= target && ours.peakMb <= 600;
  console.log(`${label.padEnd(5)} bare ${baseline.padEnd(12)} ${fmt(bare.ms)} s, peak ${Math.round(bare.peakMb)} MB`);
  console.log(`${''.padEnd(5)} ours (to payees)      ${fmt(ours.ms)} s, peak ${Math.round(ours.peakMb)} MB, ${ours.rows.toLocaleString('en-US')} payees`);
  console.log(`${''.padEnd(5)} ratio ${ratio.toFixed(2)} (target ≤ ${target}), peak ${Math.round(ours.peakMb)} MB (target ≤ 600)  ${ok ? 'OK' : 'MISSED'}\n`);
  return { label: `${label} import in process`, ok };
}

function median(mode, file) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const run = tsx('test/bench/measure-import.ts', [mode, file]);
    if (run.status !== 0) throw new Error(`${mode} failed:\n${run.stderr}`);
    samples.push(JSON.parse(run.stdout.trim().split('\n').pop()));
  }
  samples.sort((a, b) => a.ms - b.ms);
  return { ...samples[Math.floor(samples.length / 2)], peakMb: Math.max(...samples.map((s) => s.peakMb)) };
}

function benchReview() {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const run = tsx('test/bench/measure-review.ts', []);
    if (run.status !== 0) throw new Error(`the review bench failed:\n${run.stderr}`);
    samples.push(JSON.parse(run.stdout.trim().split('\n').pop()));
  }
  const mid = (key) => samples.map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  const { rows: count, groupRows } = samples[0];
  const groupRatio = mid('identicalMs') / mid('distinctMs');
  const figures = [
    { label: `review: bulk fix of ${count.toLocaleString('en-US')} rows`, ok: mid('bulkMs') <= 1000, text: `${Math.round(mid('bulkMs'))} ms (target ≤ 1000 ms)` },
    { label: 'review: one edit re-checked', ok: mid('editMs') <= 16, text: `${mid('editMs').toFixed(2)} ms (target ≤ 16 ms)` },
    { label: `review: ${groupRows.toLocaleString('en-US')} identical rows`, ok: groupRatio <= 3, text: `${Math.round(mid('identicalMs'))} ms vs ${Math.round(mid('distinctMs'))} ms for as many distinct rows, ratio ${groupRatio.toFixed(2)} (target ≤ 3)` },
  ];
  console.log(`review: checking ${count.toLocaleString('en-US')} rows ${Math.round(mid('checkMs'))} ms (no target here: the window's figures are in npm run bench:ui)`);
  for (const f of figures) console.log(`${f.label.padEnd(34)} ${f.text}  ${f.ok ? 'OK' : 'MISSED'}`);
  return figures;
}

/** A bench script that prints its lines, then its results as JSON on the last line. */
function benchLastLine(script, what) {
  console.log('');
  const run = tsx(script, []);
  if (run.status !== 0) throw new Error(`the ${what} bench failed:\n${run.stderr}`);
  const lines = run.stdout.trim().split('\n');
  console.log(lines.slice(0, -1).join('\n'));
  return JSON.parse(lines.at(-1));
}

function fmt(ms) {
  return (ms / 1000).toFixed(2);
}

function mb(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}
