import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileFiles, writeHostileCorpus } from '../../support/hostile-corpus.js';
import { measureCliRun } from '../../support/measure-cli-run.js';

// Issue #9, "Bounded work": every file of the hostile corpus ends with a clear message in
// bounded time and memory. Targets are 5 s and 400 MB (npm run bench prints each file's wall
// time against them). Here time is the process's own CPU time, asserted at 3× the target, and
// a hang is killed at 60 s: the wall time of a healthy run passed 15 s once, beside three other
// jobs on two cores. CPU time and memory are the process's own, which load does not inflate.
const dir = mkdtempSync(join(tmpdir(), 'paybatch-hostile-'));
const noData = join(dir, 'no-data-dir');

beforeAll(() => writeHostileCorpus(dir), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('paybatch validate --json on the hostile corpus', () => {
  it.each(hostileFiles.map((f) => [f.name, f] as const))('%s ends clearly, in bounded time and memory', (_name, file) => {
    const run = measureCliRun(['validate', join(dir, file.name), '--provider', 'appotapay', '--json', '--data-dir', noData], 60_000);
    console.log(`${file.name.padEnd(18)} ${(run.ms / 1000).toFixed(2)} s (CPU ${((run.cpuMs ?? -1) / 1000).toFixed(2)} s), peak ${Math.round(run.peakMb ?? -1)} MB, exit ${run.status}`);
    if (file.failure) {
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(file.says);
      expect(run.stderr.split('\n')).toHaveLength(1);
    } else {
      // Imported, with the damage named on its rows: validate exits 1 for rows with errors.
      expect(run.status).toBe(1);
    }
    expect(run.peakMb).toBeLessThan(400);
    expect(run.cpuMs).toBeLessThan(15_000);
  }, 70_000);

  it('names the damage in the rows of the files it imports', async () => {
    const { runPaybatch } = await import('../../support/paybatch-process.js');
    for (const file of hostileFiles.filter((f) => f.failure === null)) {
      const report = JSON.parse(runPaybatch(['inspect', join(dir, file.name), '--json']).stdout) as { rows: Array<{ issues: Array<{ message: string }> }> };
      expect(report.rows.flatMap((r) => r.issues.map((i) => i.message)).some((m) => m.includes(file.says)), file.name).toBe(true);
    }
  }, 60_000);
});
