// npm run bench, part 4 (issue #9): `paybatch validate --json` on each file of the hostile
// corpus as a whole process, against its targets: ends in ≤ 5 s, peak memory ≤ 400 MB, with
// its message. Prints a line per file, then the results as JSON on the last line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostileFiles, writeHostileCorpus } from '../support/hostile-corpus.js';
import { measureCliRun } from '../support/measure-cli-run.js';

const targets = { ms: 5000, peakMb: 400 };

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paybatch-hostile-bench-'));
  try {
    await writeHostileCorpus(dir);
    console.log(`Hostile corpus, paybatch validate --json (targets: ≤ ${targets.ms / 1000} s, peak ≤ ${targets.peakMb} MB)`);
    const results = [];
    for (const file of hostileFiles) {
      const run = measureCliRun(['validate', join(dir, file.name), '--provider', 'appotapay', '--json', '--data-dir', join(dir, 'no-data-dir')], 60_000);
      const ended = file.failure ? run.status === 2 && run.stderr.includes(file.says) : run.status === 1;
      const ok = ended && run.ms <= targets.ms && run.peakMb !== null && run.peakMb <= targets.peakMb;
      console.log(`      ${file.name.padEnd(18)} ${(run.ms / 1000).toFixed(2)} s, peak ${Math.round(run.peakMb ?? 0)} MB, exit ${run.status}${ended ? '' : ' (not the expected ending)'}  ${ok ? 'OK' : 'MISSED'}   ${file.what}`);
      results.push({ label: `hostile ${file.name}`, ok });
    }
    console.log(JSON.stringify(results));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
