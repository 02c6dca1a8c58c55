// `paybatch` as a user runs it, as whole processes: `--version` against an empty `node`, and
// `inspect` / `validate --json` of the 100,000-row payroll against the bare parser process on
// the same file, in the same run (stdout to /dev/null). Targets (issue #8): --version ≤ 150 ms;
// CSV ≤ 2× bare papaparse; xlsx ≤ 1.2× bare exceljs streaming reader; peak memory ≤ 300 MB.
import { join } from 'node:path';
import { medians, measureProcess } from './measure-process.mjs';

const targets = { versionMs: 150, peakMb: 300, ratio: { csv: 2, xlsx: 1.2 } };

export function benchCli({ root, xlsx, csv, runs }) {
  const bin = join(root, 'bin/paybatch.js');
  const here = (name) => join(root, 'test/bench', name);
  const run = (args, okStatus) => () => measureProcess(args, { cwd: root, okStatus });
  const results = [];
  const verdict = (label, ok) => {
    results.push({ label, ok });
    return ok ? 'OK' : 'MISSED';
  };

  // A tenth of a second each: more runs cost little and steady the median.
  const versionRuns = runs * 5;
  const [empty, version] = medians([run(['-e', '0']), run([bin, '--version'])], versionRuns);
  console.log(`CLI as whole processes (median time of ${runs} runs, ${versionRuns} for --version; highest peak memory)`);
  console.log(`      paybatch --version          ${ms(version.ms)} (target ≤ ${targets.versionMs} ms) ${verdict('paybatch --version time', version.ms <= targets.versionMs)}; node -e 0 ${ms(empty.ms)}, ratio ${(version.ms / empty.ms).toFixed(2)}\n`);

  const cases = [
    { label: 'csv', file: csv, bare: 'bare-papaparse.mjs', bareName: 'papaparse' },
    { label: 'xlsx', file: xlsx, bare: 'bare-exceljs-stream.mjs', bareName: 'exceljs streaming' },
  ];
  for (const { label, file, bare, bareName } of cases) {
    const target = targets.ratio[label];
    const noData = join(file, '..', 'no-data-dir');
    const [baseline, inspect, validate] = medians(
      [run([here(bare), file]), run([bin, 'inspect', file, '--json']), run([bin, 'validate', file, '--provider', 'appotapay', '--json', '--data-dir', noData], [0, 1])],
      runs,
    );
    console.log(`${label.padEnd(5)} bare ${bareName.padEnd(24)} ${s(baseline.ms)}, peak ${mb(baseline.peakMb)}`);
    for (const [name, ours] of [['inspect --json', inspect], ['validate --json', validate]]) {
      const ratio = ours.ms / baseline.ms;
      const time = verdict(`${label} ${name} time`, ratio <= target);
      const peak = verdict(`${label} ${name} peak memory`, ours.peakMb <= targets.peakMb);
      console.log(`      paybatch ${name.padEnd(20)} ${s(ours.ms)} ratio ${ratio.toFixed(2)} (target ≤ ${target}) ${time}; peak ${mb(ours.peakMb)}, ${(ours.peakMb / baseline.peakMb).toFixed(2)}× bare (target ≤ ${targets.peakMb} MB) ${peak}`);
    }
    console.log('');
  }
  return results;
}

const ms = (value) => `${Math.round(value)} ms`;
const s = (value) => `${(value / 1000).toFixed(2)} s`;
const mb = (value) => `${Math.round(value)} MB`;
