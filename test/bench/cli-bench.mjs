// `paybatch` as a user runs it, as whole processes: `--version` against an empty `node`, and
// `inspect --json` of the 100,000-row payroll against the bare parser process on the same
// file, in the same run. Targets (issue #8): --version ≤ 150 ms; CSV ≤ 2× bare papaparse;
// xlsx ≤ 1.2× bare exceljs streaming reader; peak memory ≤ 300 MB.
import { join } from 'node:path';
import { medians, measureProcess } from './measure-process.mjs';

const peakTargetMb = 300;

export function benchCli({ root, xlsx, csv, runs }) {
  const bin = join(root, 'bin/paybatch.js');
  const here = (name) => join(root, 'test/bench', name);
  const run = (args, okStatus) => () => measureProcess(args, { cwd: root, okStatus });
  const results = [];

  // A tenth of a second each: more runs cost little and steady the median.
  const [empty, version] = medians([run(['-e', '0']), run([bin, '--version'])], runs * 5);
  const versionOk = version.ms <= 150;
  console.log(`paybatch --version    ${ms(version.ms)} (target ≤ 150 ms); node -e 0 ${ms(empty.ms)}, ratio ${(version.ms / empty.ms).toFixed(2)}  ${versionOk ? 'OK' : 'MISSED'}\n`);
  results.push({ label: 'paybatch --version', ok: versionOk });

  const cases = [
    { label: 'csv', file: csv, bare: 'bare-papaparse.mjs', bareName: 'papaparse', target: 2 },
    { label: 'xlsx', file: xlsx, bare: 'bare-exceljs-stream.mjs', bareName: 'exceljs streaming', target: 1.2 },
  ];
  for (const { label, file, bare, bareName, target } of cases) {
    const [baseline, inspect, validate] = medians(
      [run([here(bare), file]), run([bin, 'inspect', file, '--json']), run([bin, 'validate', file, '--provider', 'appotapay', '--json', '--data-dir', join(file, '..', 'no-data')], [0, 1])],
      runs,
    );
    console.log(`${label.padEnd(5)} bare ${bareName.padEnd(22)} ${s(baseline.ms)}, peak ${mb(baseline.peakMb)}`);
    for (const [name, ours] of [['paybatch inspect --json', inspect], ['paybatch validate --json', validate]]) {
      const ratio = ours.ms / baseline.ms;
      const ok = ratio <= target && ours.peakMb <= peakTargetMb;
      console.log(`      ${name.padEnd(27)} ${s(ours.ms)}, peak ${mb(ours.peakMb)}: ratio ${ratio.toFixed(2)} (target ≤ ${target}), peak (target ≤ ${peakTargetMb} MB)  ${ok ? 'OK' : 'MISSED'}`);
      results.push({ label: `${label} ${name}`, ok });
    }
    console.log('');
  }
  return results;
}

const ms = (value) => `${Math.round(value)} ms`;
const s = (value) => `${(value / 1000).toFixed(2)} s`;
const mb = (value) => `${Math.round(value)} MB`;
