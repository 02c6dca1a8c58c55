import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * Browser tabs kept from one e2e test to the next. A new tab starts a new Chromium renderer
 * process: about a second of CPU, more than the rest of a short test, ~70 times a run. Every
 * test's host has its own port, so its page is on an origin no earlier test used; what a tab
 * can carry over is cleared when it is given back: the storage of every origin it showed
 * (the launch token in sessionStorage, the language and company name in localStorage),
 * cookies, permissions, other tabs, the viewport and the emulated media.
 *
 * Module-level on purpose: the e2e project shares one module graph across its files.
 */
type Kept = { readonly context: BrowserContext; readonly page: Page; readonly origins: Set<string>; readonly track: () => void };

const idle: Kept[] = [];
const inUse = new Map<Page, Kept>();

/** A blank tab: one a finished test gave back (when `fresh` is not asked), or a new one. */
export async function takePage(browser: Browser, fresh: boolean): Promise<Page> {
  let kept: Kept | undefined;
  while (!fresh && !kept && idle.length > 0) {
    const candidate = idle.pop()!;
    if (!candidate.page.isClosed() && candidate.context.browser()?.isConnected()) kept = candidate;
  }
  if (!kept) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const origins = new Set<string>();
    const track = () => {
      const origin = originOf(page.url());
      if (origin) origins.add(origin);
    };
    kept = { context, page, origins, track };
  }
  kept.page.on('framenavigated', kept.track);
  inUse.set(kept.page, kept);
  return kept.page;
}

/**
 * Gives a test's tab back, cleared; one that cannot be cleared (it crashed, a dialog holds it)
 * is closed with its context instead. `reuse: false` closes it: a test that added an init
 * script, or measured the renderer's memory, leaves a tab no other test should inherit.
 */
export async function givePageBack(page: Page, reuse: boolean): Promise<void> {
  const kept = inUse.get(page);
  if (!kept) return;
  inUse.delete(page);
  page.off('framenavigated', kept.track);
  kept.track();
  if (reuse && !page.isClosed()) {
    try {
      await clear(kept);
      idle.push(kept);
      return;
    } catch {
      // Closed below, with its context.
    }
  }
  await kept.context.close().catch(() => {});
}

async function clear({ context, page, origins }: Kept): Promise<void> {
  for (const other of context.pages()) if (other !== page) await other.close();
  const cdp = await context.newCDPSession(page);
  try {
    for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  } finally {
    await cdp.detach();
  }
  origins.clear();
  await page.goto('about:blank', { timeout: 5000 });
  await context.clearCookies();
  await context.clearPermissions();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ media: null });
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
