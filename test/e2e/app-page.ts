import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ConsoleMessage, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, type RunnerTask } from 'vitest';
import { sharedChromium } from '../support/chromium.js';
import { givePageBack, takePage } from './kept-pages.js';
import { startServe, stop, useServe, type Served } from '../support/paybatch-process.js';
import { useTempDir } from '../support/temp-dir.js';

export type AppPage = { page: Page; errors: string[]; origin: string; url: string; dataDir: string };

/**
 * The app as a user meets it: `paybatch serve` in its own process with a fresh data folder,
 * opened in a Chromium tab that holds nothing of an earlier test's (kept-pages.ts: a tab is
 * cleared and kept rather than made anew; `freshTabs` asks for new ones, for a file that adds
 * init scripts or measures the renderer's memory). `open(dataDir)` reuses a folder to test
 * what persists.
 *
 * A host takes half a second to start: the next test's (a fresh folder, the default
 * environment) is started while this one runs, and handed over untouched, so no test waits
 * for it. Every host, and its folder, still serves one test only.
 */
export function useAppPage({ freshTabs = false }: { readonly freshTabs?: boolean } = {}): (dataDir?: string, env?: NodeJS.ProcessEnv) => Promise<AppPage> {
  let spare: { dataDir: string; served: Promise<Served> } | null = null;
  const handedOver: Array<{ dataDir: string; served: Promise<Served> }> = [];
  const startSpare = () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'paybatch-test-'));
    const served = startServe(['--port', '0', '--data-dir', dataDir]);
    // Not awaited until a test takes it: a failure to start is that test's.
    served.catch(() => {});
    spare = { dataDir, served };
  };
  const release = async (host: { dataDir: string; served: Promise<Served> }) => {
    const served = await host.served.catch(() => null);
    if (served) await stop(served.child);
    rmSync(host.dataDir, { recursive: true, force: true });
  };
  // Hooks after a test run last-registered first: tabs are given back, then hosts stop, then folders go.
  afterEach(async () => {
    await Promise.all(handedOver.splice(0).map(release));
  });
  const tempDir = useTempDir();
  const serve = useServe();
  let browser: Browser;
  const pages: Array<{ readonly page: Page; readonly detach: () => void }> = [];
  beforeAll(async () => {
    startSpare();
    browser = await sharedChromium();
  });
  // Tests in this file, and those begun: no spare is started for a test that will not come.
  let tests = 0;
  let begun = 0;
  beforeEach(({ task }) => {
    const count = (tasks: readonly RunnerTask[]): number => tasks.reduce((sum, t) => sum + (t.type === 'suite' ? count(t.tasks) : t.mode === 'run' ? 1 : 0), 0);
    if (begun === 0) tests = count(task.file.tasks);
    begun += 1;
  });
  afterEach(async () => {
    await Promise.all(
      pages.splice(0).map(({ page, detach }) => {
        detach();
        return givePageBack(page, !freshTabs);
      }),
    );
  });
  afterAll(async () => {
    if (spare) await release(spare);
    spare = null;
  });
  return async (dataDir, env = process.env) => {
    let served: Served;
    let used: string;
    if (dataDir === undefined && env === process.env && spare) {
      const taken: { dataDir: string; served: Promise<Served> } = spare;
      handedOver.push(taken);
      spare = null;
      if (begun < tests) startSpare();
      served = await taken.served;
      used = taken.dataDir;
    } else {
      used = dataDir ?? tempDir();
      served = await serve(['--port', '0', '--data-dir', used], env);
    }
    const page = await takePage(browser, freshTabs);
    const errors: string[] = [];
    const onPageError = (error: Error) => errors.push(error.message);
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    };
    page.on('pageerror', onPageError);
    page.on('console', onConsole);
    // This test's listeners go with it: the tab may serve the next test.
    pages.push({
      page,
      detach: () => {
        page.off('pageerror', onPageError);
        page.off('console', onConsole);
      },
    });
    await page.goto(served.url);
    return { page, errors, origin: served.origin, url: served.url, dataDir: used };
  };
}

/**
 * Opens a Review grid cell's box by double-clicking it, as an accountant does, and waits for
 * `box`. A double click is asked again until the box is there: the first click selects the
 * row, whose panel then narrows the grid (the second click may land in the next column), and
 * the grid is read-only while an earlier change is on its way to the engine.
 */
export async function openCell(cell: Locator, box: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await cell.dblclick();
      return box.isVisible();
    })
    .toBe(true);
}

/** The payee table's cells, row by row, as the user reads them. */
export function tableCells(page: Page, testId: string): Promise<string[][]> {
  return page.locator(`[data-testid=${testId}] tbody tr`).evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? '')));
}

/** The app in `language`, as Settings leaves it chosen, at an office laptop's size (1366×768). */
export async function openAppIn(openApp: () => Promise<AppPage>, language: string): Promise<Page> {
  const { page } = await openApp();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate((chosen) => window.localStorage.setItem('paybatch.language', chosen), language);
  await page.reload();
  return page;
}
