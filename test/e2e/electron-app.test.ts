import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api-methods.js';
import { findElectronBinary } from '../../scripts/electron-runtime.mjs';
import { repoRoot } from '../support/paybatch-process.js';
import { useTempDir } from '../support/temp-dir.js';

/**
 * The Electron glue end to end: window, preload, IPC, sender checks. It needs the Electron
 * runtime, which cannot be downloaded on the machines this project is developed on, so it runs
 * wherever `require('electron')` yields a binary and is reported as skipped elsewhere. Nothing
 * is mocked here.
 */
const binary = findElectronBinary(repoRoot);
const tempDir = useTempDir();

describe.skipIf(binary === null)('the desktop app (Electron runtime present)', () => {
  it('opens the window, exposes exactly the contract, and imports a CSV', async () => {
    const dataDir = tempDir();
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [repoRoot],
      cwd: repoRoot,
      env: { ...process.env, PAYBATCH_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      expect(page.url()).toBe('app://paybatch/index.html');
      // One function per contract method and the event listener: nothing else of the main process.
      expect(await page.evaluate(() => Object.keys(window.paybatch ?? {}).sort())).toEqual([...methodNames, 'onEvent'].sort());
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      const info = await page.evaluate(() => window.paybatch?.['app.info']({}));
      expect(info).toMatchObject({ ok: true, value: { transport: 'ipc', name: 'Paybatch', dataDir } });
      const malformed = await page.evaluate(() => window.paybatch?.['app.info']({ surprise: 1 } as never));
      expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      await page.getByTestId('file-input').setInputFiles(join(repoRoot, 'test/fixtures/payroll-small.csv'));
      await expect.poll(() => page.getByTestId('row-count').textContent()).toBe('payroll-small.csv: 3 rows');
    } finally {
      await app.close();
    }
  });
});
