import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Reviewing 100,000 payees as an accountant would: choose the provider on the Map step and
 * continue (the rows become a draft in the engine, which checks every one), fix every name at
 * once (previewed, then applied), scroll, edit one cell, show only problems, exclude that row. Each
 * phase's longest main-thread task is recorded, with how long the bulk fix and each edit took
 * from the click or key to the updated summary. `npm run bench:ui` prints them against their
 * targets; the e2e test only checks that each step reaches its result.
 */
export type Phase = 'check' | 'bulkFix' | 'scroll' | 'edit' | 'filter' | 'exclude';

export type ReviewFigures = {
  /**
   * The longest a 4 ms timer in the page waited in each phase (at least its tick): a freeze
   * detector. It counts tasks that ran back to back as one, though input is handled between
   * them; bench:ui reads each task's own length from Chromium's trace (see `phases`).
   */
  readonly timerLateMs: Readonly<Record<Phase, number>>;
  /** When each phase began and ended, in the page's time (performance.now()). */
  readonly phases: Readonly<Record<Phase, readonly [number, number]>>;
  readonly bulkFixMs: number;
  /** Each edit's Enter → the summary counting it, in the order made (the first runs cold code). */
  readonly editsMs: readonly number[];
  /**
   * Of each edit's time, the HTTP hop between the tab and the browser host (its request's time
   * less the host's own, from Server-Timing): a hop the desktop app, which calls over IPC, does
   * not make. NaN where the page did not see the request.
   */
  readonly editsHopMs: readonly number[];
};

export const scaleRows = 100_000;

/** Names edited one after the other (each left with an error); the summary then counts them. */
export const edits = 5;
const errorsShown = (count: number) => ` ${count} with errors`;

/** A 100,000-row payroll whose every name has accents (so one bulk fix touches every row). */
export function writeScalePayroll(dir: string): string {
  const lines = ['Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung'];
  for (let i = 0; i < scaleRows; i += 1) lines.push(`Nguyễn Văn ${i},${String(1_000_000_000 + i).padStart(13, '0')},Vietcombank,"${(i % 50) + 1}.000.000",Luong thang 10`);
  const path = join(dir, 'big.csv');
  writeFileSync(path, lines.join('\n'));
  return path;
}

type Probe = { stalls: Array<[number, number]>; inputs: Array<[string, number]>; summaries: Array<[number, string]>; edits: Array<[number, number]> };

/** How often the stall probe's timer asks to run; a gap beyond it is the main thread held. */
const tickMs = 4;

export async function reviewAtScale(page: Page, file: string, poll: <T>(read: () => Promise<T>, until: (value: T) => boolean) => Promise<void>): Promise<ReviewFigures> {
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByLabel('Pay with').selectOption('appotapay', { timeout: 120_000 });
  await page.evaluate((tick) => {
    const probe: Probe = { stalls: [], inputs: [], summaries: [], edits: [] };
    (window as unknown as { probe: Probe }).probe = probe;
    // The Long Tasks API reports nothing under 50 ms, the very target: a timer's late arrival
    // measures every stall, however short. (Passed in: the page cannot see this module.)
    let last = performance.now();
    setInterval(() => {
      const at = performance.now();
      if (at - last > 2 * tick) probe.stalls.push([last, at - last - tick]);
      last = at;
    }, tick);
    // Capture phase: the moment the accountant's click or key arrives, before the app handles it.
    addEventListener('click', () => probe.inputs.push(['click', performance.now()]), true);
    addEventListener('keydown', (e) => probe.inputs.push([e.key, performance.now()]), true);
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=review-summary]')?.textContent ?? '';
      if (text !== probe.summaries.at(-1)?.[1]) probe.summaries.push([performance.now(), text]);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
    // Each edit's request: when it left, and its time beyond the host's own (the HTTP hop).
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        if (!entry.name.endsWith('/api/batch.edit')) continue;
        const host = entry.serverTiming.find((timing) => timing.name === 'host')?.duration ?? Number.NaN;
        probe.edits.push([entry.startTime, entry.responseEnd - entry.startTime - host]);
      }
    }).observe({ type: 'resource' });
  }, tickMs);
  const now = () => page.evaluate(() => performance.now());
  const summary = () => page.getByTestId('review-summary').textContent();
  const phases: Array<[Phase, number, number]> = [];
  const phase = async (name: Phase, work: () => Promise<void>) => {
    const start = await now();
    await work();
    phases.push([name, start, await now()]);
  };

  // Inside the phases each click finds its button by test id, or by role within a small part of
  // the page: a role asked of the whole page is Playwright computing every element's accessible
  // name in the page's own thread (15 ms and more at the Map step), which the stall probe took
  // for the app's.
  // From Continue: the rows go to the engine as a draft, which checks them; Review shows its counts.
  await phase('check', async () => {
    await page.getByTestId('continue-review').click({ timeout: 120_000 });
    await poll(() => page.getByTestId('review-summary').textContent({ timeout: 1000 }).catch(() => ''), (text) => text?.startsWith('100,000 rows · 0 valid · 100,000 with errors') ?? false);
  });
  let bulkStart = 0;
  await phase('bulkFix', async () => {
    await page.getByTestId('bulk-actions').getByRole('button', { name: /^Remove accents and write in capitals in Name \(100,000\)/ }).click();
    const apply = page.getByTestId('bulk-preview').getByRole('button', { name: 'Apply to 100,000 rows' });
    await apply.waitFor({ timeout: 60_000 });
    bulkStart = await now();
    await apply.click();
    await poll(summary, (text) => text?.startsWith('100,000 rows · 100,000 valid') ?? false);
  });
  await phase('scroll', async () => {
    // Wherever the grid sits on the page, the wheel turns over the middle of its rows.
    const box = await page.locator('[data-testid=review-grid]').boundingBox();
    if (!box) throw new Error('the grid is not on the page');
    for (let i = 0; i < 20; i += 1) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 5000);
    }
    await poll(async () => Number(await page.locator('[data-testid=review-grid] [data-row]').first().getAttribute('data-row')), (row) => row > 1000);
    // Wheel events may still be arriving: wait until the grid stops moving.
    const topRow = () => page.evaluate(() => document.querySelector('[data-testid=review-grid]')?.scrollTop ?? 0);
    let previous = -1;
    await poll(async () => {
      const before = previous;
      previous = await topRow();
      await page.waitForTimeout(150);
      return before === previous && previous === (await topRow());
    }, (still) => still);
  });
  // Rows in the middle of what is drawn (the first ones may be above the fold, drawn ahead),
  // each edited as an accountant would: a name put wrong, one after the other.
  const drawn = page.locator('[data-testid=review-grid] [data-row]');
  const middle = Math.floor((await drawn.count()) / 2);
  const editedRows: number[] = [];
  for (let i = 0; i < edits; i += 1) editedRows.push(Number(await drawn.nth(middle - 2 + i).getAttribute('data-row')));
  const editedRow = editedRows[0];
  await phase('edit', async () => {
    for (const [i, row] of editedRows.entries()) {
      await page.locator(`[data-row="${row}"] [data-field=name]`).dblclick();
      await page.keyboard.type('Ễ');
      await page.keyboard.press('Enter');
      await poll(summary, (text) => text?.includes(errorsShown(i + 1)) ?? false);
    }
  });
  await phase('filter', async () => {
    await page.getByTestId('filter').selectOption('problems');
    await poll(() => page.locator('[data-testid=review-grid] [data-row]').count(), (count) => count === edits);
  });
  await phase('exclude', async () => {
    await page.locator(`[data-row="${editedRow}"] .status`).click();
    await page.getByTestId('row-panel').getByRole('button', { name: 'Exclude this row from the batch' }).click();
    await poll(summary, (text) => text?.includes('1 excluded') ?? false);
  });

  const probe = await page.evaluate(() => (window as unknown as { probe: Probe }).probe);
  const longest = (from: number, to: number) => Math.max(tickMs, ...probe.stalls.filter(([start, duration]) => start + duration > from && start < to).map(([, duration]) => duration));
  const timerLateMs = Object.fromEntries(phases.map(([name, from, to]) => [name, longest(from, to)])) as unknown as ReviewFigures['timerLateMs'];
  const phaseWindows = Object.fromEntries(phases.map(([name, from, to]) => [name, [from, to]])) as unknown as ReviewFigures['phases'];
  const answered = (input: string, after: number, matches: (text: string) => boolean) => {
    const at = probe.inputs.filter(([key, time]) => key === input && time >= after).at(0)?.[1] ?? after;
    const shown = probe.summaries.find(([time, text]) => time >= at && matches(text))?.[0] ?? Number.NaN;
    return shown - at;
  };
  const editStart = phases.find(([name]) => name === 'edit')?.[1] ?? 0;
  const enters = probe.inputs.filter(([key, time]) => key === 'Enter' && time >= editStart).map(([, time]) => time);
  const hopAfter = (at: number) => probe.edits.find(([sent]) => sent >= at)?.[1] ?? Number.NaN;
  return {
    timerLateMs,
    phases: phaseWindows,
    bulkFixMs: answered('click', bulkStart, (text) => text.startsWith('100,000 rows · 100,000 valid')),
    editsMs: editedRows.map((_, i) => answered('Enter', enters[i] ?? editStart, (text) => text.includes(errorsShown(i + 1)))),
    editsHopMs: editedRows.map((_, i) => hopAfter(enters[i] ?? editStart)),
  };
}
