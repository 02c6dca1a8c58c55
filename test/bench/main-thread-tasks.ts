// The page's main-thread tasks as Chromium itself times them (its trace, "toplevel"), for
// `npm run bench:ui`: the longest task in a stretch of the page's time is how long a click or
// key could have waited. A timer in the page (review-at-scale's freeze detector) counts tasks
// that ran back to back as one, though Chromium handles input between them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; cat?: string };

/** The names Chromium gives a task run by a thread's scheduler (one nested in the other). */
const taskNames = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * Runs `work` with Chromium tracing the page, then answers the longest main-thread task that
 * overlapped each stretch of the page's time (performance.now()) asked of `longest`.
 */
export async function withMainThreadTasks<T>(browser: Browser, page: Page, work: () => Promise<T>): Promise<{ result: T; longest: (from: number, to: number) => number }> {
  const dir = mkdtempSync(join(tmpdir(), 'paybatch-trace-'));
  const path = join(dir, 'trace.json');
  try {
    await browser.startTracing(page, { path, categories: ['toplevel', 'blink.user_timing'] });
    let result: T;
    let syncAt: number;
    try {
      result = await work();
    } finally {
      // A mark whose page time and trace time are both known: it ties the two clocks together.
      syncAt = await page.evaluate(() => performance.mark('paybatch-trace-sync').startTime);
      await browser.stopTracing();
    }
    const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    const sync = events.find((e) => e.name === 'paybatch-trace-sync' && e.cat?.includes('user_timing'));
    if (!sync) throw new Error('the trace has no sync mark: Chromium did not trace the page');
    const tasks = events.filter((e) => e.pid === sync.pid && e.tid === sync.tid && e.ph === 'X' && taskNames.has(e.name) && e.dur !== undefined);
    // A Chromium that names or writes its tasks otherwise would read as no task at all: 0 ms, met.
    if (tasks.length === 0) throw new Error("the trace has no task on the page's main thread: Chromium writes them otherwise now");
    const traceTime = (pageMs: number) => sync.ts + (pageMs - syncAt) * 1000;
    // Playwright's own calls into the page (a click's hit test, a text read) are tasks on the same
    // thread and count as the app's: the figure can only be too high, never too low.
    const longest = (from: number, to: number) => {
      const [start, end] = [traceTime(from), traceTime(to)];
      const overlapping = tasks.filter((e) => e.ts < end && e.ts + (e.dur ?? 0) > start);
      if (overlapping.length === 0) throw new Error(`no task traced between ${from.toFixed(0)} and ${to.toFixed(0)} ms of the page's time`);
      return Math.max(...overlapping.map((e) => (e.dur ?? 0) / 1000));
    };
    return { result, longest };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
