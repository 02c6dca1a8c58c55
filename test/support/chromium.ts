import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system Chromium (Debian's `chromium`), never a browser downloaded by a test tool. */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  const found = fromEnv ?? candidates.find((path) => existsSync(path));
  if (!found) throw new Error('Chromium was not found. Run `npm test` (it installs it), or set CHROMIUM_PATH.');
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

let shared: Promise<Browser> | null = null;

/**
 * One Chromium for every e2e file of a vitest worker (the e2e project shares its modules across
 * files): each test still gets a tab that holds nothing of an earlier test's (test/e2e/kept-pages.ts),
 * and a launch costs a second of CPU.
 * Playwright closes it when the worker exits; a browser that went away is launched again.
 */
export function sharedChromium(): Promise<Browser> {
  if (!shared) {
    const launched = launchChromium();
    shared = launched;
    launched.then(
      (browser) => browser.on('disconnected', () => {
        if (shared === launched) shared = null;
      }),
      () => {
        if (shared === launched) shared = null;
      },
    );
  }
  return shared;
}
