// `npm run bench:ui`: the real window (the browser host's app in Chromium) at 100,000 rows.
// Prints each figure against its target; never asserted in `npm test`. A fixed script workload
// timed in the same page is the same-run baseline: figures from a busy or slow machine read
// against it (a figure that grows with it is the machine, not the app).
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { repoRoot, startServe } from '../support/paybatch-process.js';
import { rendererMemory } from '../support/renderer-memory.js';
import { reviewAtScale, writeScalePayroll } from '../e2e/review-at-scale.js';
import { withMainThreadTasks } from './main-thread-tasks.js';

/** `also`: said after the verdict, for reading the figure (not judged). */
type Figure = { label: string; value: number; target: number; unit: 'ms' | 'MB'; also?: string };

const dir = mkdtempSync(join(tmpdir(), 'paybatch-bench-ui-'));
const figures: Figure[] = [];
const children: ChildProcess[] = [];
try {
  const made = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'test/bench/make-payroll-files.ts'), join(dir, 'payroll.xlsx'), join(dir, 'payroll.csv'), '100000'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  const browser = await launchChromium();
  try {
    const open = async (): Promise<Page> => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(await serve(join(dir, `data-${children.length}`)));
      return page;
    };
    const calibration = await open();
    await calibration.getByTestId('file-input').waitFor({ state: 'attached' });
    const idleTab = rendererMemory();
    const baselineMs = await calibrate(calibration);
    await calibration.context().close();
    console.log(`Baseline: a fixed script workload takes ${baselineMs.toFixed(0)} ms in this page (machine speed, same run).\n`);

    for (const kind of ['xlsx', 'csv'] as const) {
      const page = await open();
      const { mapMs, readyMs, peakMb, peakRssMb } = await importTimes(page, join(dir, `payroll.${kind}`));
      figures.push({ label: `${kind}: file chosen → Map step`, value: mapMs, target: 3000, unit: 'ms' });
      figures.push({ label: `${kind}: file chosen → every payee shown`, value: readyMs, target: 5000, unit: 'ms' });
      // The tab's own memory, as Chrome's Task Manager counts it; its resident size also counts
      // the pages of Chromium's code that every renderer maps (see renderer-memory.ts).
      figures.push({ label: `${kind}: tab memory, peak (private footprint)`, value: peakMb, target: kind === 'xlsx' ? 300 : 600, unit: 'MB', also: `resident ${Math.round(peakRssMb)} MB with Chromium's shared code; the app's idle tab ${Math.round(idleTab.footprintMb)} MB, ${Math.round(idleTab.rssMb)} MB resident` });
      await page.context().close();
    }

    const page = await open();
    const file = writeScalePayroll(dir);
    const { result: review, longest } = await withMainThreadTasks(browser, page, () => reviewAtScale(page, file, poll));
    for (const [phase, [from, to]] of Object.entries(review.phases)) {
      const timer = review.timerLateMs[phase as keyof typeof review.timerLateMs];
      figures.push({ label: `review: longest main-thread task, ${phase}`, value: longest(from, to), target: 50, unit: 'ms', also: `Chromium's trace; a 4 ms timer in the page waited up to ${timer.toFixed(0)} ms, tasks back to back counted as one` });
    }
    figures.push({ label: 'review: bulk fix of 100,000 names, click → summary', value: review.bulkFixMs, target: 1000, unit: 'ms' });
    // Several edits, as an accountant makes them: one measure of a figure this small is mostly noise.
    figures.push({ label: `review: one edit, Enter → summary (median of ${review.editsMs.length})`, value: medianOf(review.editsMs), target: 16, unit: 'ms', also: `each in turn ${review.editsMs.map((ms) => ms.toFixed(0)).join(', ')} ms; the first runs code not yet run` });
    // The same edits less the HTTP hop between the tab and the browser host: the desktop app
    // calls the engine over IPC and makes no such hop. Both are printed; neither hides the other.
    const own = review.editsMs.map((ms, i) => ms - (review.editsHopMs[i] ?? Number.NaN));
    figures.push({ label: `review: one edit, Enter → summary less the HTTP hop (median)`, value: medianOf(own), target: 16, unit: 'ms', also: `the browser host's HTTP hop took ${review.editsHopMs.map((ms) => ms.toFixed(0)).join(', ')} ms, median ${medianOf(review.editsHopMs).toFixed(0)}` });
  } finally {
    await browser.close();
  }
  report(figures);
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

function report(all: readonly Figure[]): void {
  const width = Math.max(...all.map((f) => f.label.length));
  for (const f of all) {
    const ratio = f.value / f.target;
    console.log(`${f.label.padEnd(width)}  ${f.value.toFixed(0).padStart(6)} ${f.unit}  target ≤ ${f.target} ${f.unit}  ratio ${ratio.toFixed(2)}  ${ratio <= 1 ? 'OK' : 'MISSED'}${f.also ? `  (${f.also})` : ''}`);
  }
  const missed = all.filter((f) => f.value > f.target || Number.isNaN(f.value));
  console.log(missed.length === 0 ? '\nAll window targets met.' : `\nMissed: ${missed.map((f) => f.label).join('; ')}`);
  process.exitCode = missed.length === 0 ? 0 : 1;
}

/** The middle figure of those measured; NaN (an edit whose request the page did not see) is left out, and none is NaN. */
function medianOf(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function poll<T>(read: () => Promise<T>, until: (value: T) => boolean): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (!until(await read())) {
    if (Date.now() > deadline) throw new Error('the window did not reach the expected state in 180 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** File chosen → Map step, and → every payee shown, with the tab's peak memory meanwhile (footprint and resident). */
async function importTimes(page: Page, file: string): Promise<{ mapMs: number; readyMs: number; peakMb: number; peakRssMb: number }> {
  let peak = 0;
  let peakRss = 0;
  const sample = () => {
    const { footprintMb, rssMb } = rendererMemory();
    peak = Math.max(peak, footprintMb);
    peakRss = Math.max(peakRss, rssMb);
  };
  const sampler = setInterval(sample, 50);
  try {
    const start = Date.now();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('mapping-table').waitFor({ timeout: 180_000 });
    const mapMs = Date.now() - start;
    await poll(() => page.getByTestId('import-summary').textContent(), (text) => text?.startsWith('100,000 payees') ?? false);
    sample();
    return { mapMs, readyMs: Date.now() - start, peakMb: peak, peakRssMb: peakRss };
  } finally {
    clearInterval(sampler);
  }
}

async function calibrate(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    for (let round = 0; round < 5; round += 1) {
      const values = Array.from({ length: 200_000 }, (_, i) => `${(i * 7919) % 100_003}|${i}`);
      values.sort();
      JSON.parse(JSON.stringify(values));
    }
    return performance.now() - start;
  });
}

/** `paybatch serve` on its own data folder; resolves with the address it prints. */
async function serve(dataDir: string): Promise<string> {
  const served = await startServe(['--port', '0', '--data-dir', dataDir]);
  children.push(served.child);
  return served.url;
}
