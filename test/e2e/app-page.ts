import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { useServe } from '../support/paybatch-process.js';
import { useTempDir } from '../support/temp-dir.js';

export type AppPage = { page: Page; errors: string[]; origin: string; url: string; dataDir: string };

/**
 * The app as a user meets it: `paybatch serve` in its own process with a fresh data folder,
 * opened in a fresh Chromium profile. `open(dataDir)` reuses a folder to test what persists.
 */
export function useAppPage(): (dataDir?: string, env?: NodeJS.ProcessEnv) => Promise<AppPage> {
  const tempDir = useTempDir();
  const serve = useServe();
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (dataDir = tempDir(), env = process.env) => {
    const served = await serve(['--port', '0', '--data-dir', dataDir], env);
    const context = await browser.newContext({ acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(served.url);
    return { page, errors, origin: served.origin, url: served.url, dataDir };
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
