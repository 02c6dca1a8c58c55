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
