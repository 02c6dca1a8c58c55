import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api-methods.js';
import { desktopMethodNames } from '../../shared/desktop/desktop-methods.js';
import { translator } from '../../shared/i18n/translator.js';
import { findElectronBinary } from '../../scripts/electron-runtime.mjs';
import { repoRoot } from '../support/paybatch-process.js';
import { useTempDir } from '../support/temp-dir.js';
import { approve, continueToReview, keepEveryFinding, writeWalletPayroll } from './send-flow.js';

/**
 * The desktop app itself, in a real Electron: window, preload, IPC and its sender checks, the
 * app:// protocol, the menu and the native dialogs, the engine on its worker thread. Nothing is
 * mocked but the dialogs' answers (a test cannot click a native dialog; the main process is
 * told what the accountant would pick). It needs the Electron runtime, which cannot be
 * downloaded on the machines this project is developed on: there it is skipped, and
 * test/integration/main/electron-glue.test.ts checks the same built bundles under a recording
 * stand-in for `electron`. Run it with `npm run test:electron` wherever a runtime is installed.
 */
const binary = findElectronBinary(repoRoot);
const tempDir = useTempDir('paybatch-electron-');
const tr = translator('en');
const launched: ElectronApplication[] = [];
afterEach(async () => {
  await Promise.all(launched.splice(0).map((app) => app.close().catch(() => undefined)));
});

const title = binary === null ? 'the desktop app — skipped: no Electron runtime here (its binary cannot be downloaded); `npm run test:electron` runs it where one is installed' : 'the desktop app in Electron';

async function launch(): Promise<{ app: ElectronApplication; page: Page; dataDir: string }> {
  const dataDir = tempDir();
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [repoRoot, ...(process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    cwd: repoRoot,
    // Its own keychain service: a run never touches the developer's own Paybatch keys.
    env: { ...process.env, PAYBATCH_DATA_DIR: dataDir, PAYBATCH_KEYCHAIN_SERVICE: `paybatch-electron-test-${randomUUID()}` },
  });
  launched.push(app);
  const page = await app.firstWindow();
  await page.waitForURL('app://paybatch/**');
  // The words below are the English catalogue's: the window is told so, whatever the system speaks.
  await page.evaluate(() => window.localStorage.setItem('paybatch.language', 'en'));
  await page.reload();
  // Drawn, and its first call answered: the window is listening (to the menu too) from here on.
  await expect.poll(() => page.getByTestId('app-version').textContent()).toMatch(/\S/);
  return { app, page, dataDir };
}

/** What the accountant picks in the next native open or save dialog. */
async function answerNextDialog(app: ElectronApplication, kind: 'open' | 'save', path: string): Promise<void> {
  await app.evaluate(
    ({ dialog }, [which, chosen]) => {
      if (which === 'open') dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [chosen] })) as typeof dialog.showOpenDialog;
      else dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
    },
    [kind, path] as const,
  );
}

describe.skipIf(binary === null)(title, () => {
  it('opens the window on app://paybatch and exposes exactly the contract and the desktop methods', async () => {
    const { page, dataDir } = await launch();
    expect(page.url()).toBe('app://paybatch/index.html');
    expect(await page.evaluate(() => Object.keys(window.paybatch ?? {}).sort())).toEqual([...methodNames, 'onEvent'].sort());
    expect(await page.evaluate(() => Object.keys(window.paybatchDesktop ?? {}).sort())).toEqual([...desktopMethodNames, 'onMenu'].sort());
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => window.paybatch?.['app.info']({}))).toMatchObject({ ok: true, value: { transport: 'ipc', name: 'Paybatch', dataDir } });
    expect(await page.evaluate(() => window.paybatch?.['app.info']({ surprise: 1 } as never))).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('imports a payroll, approves it, sends it in Practice, shows every result and saves the report where the accountant chooses', { timeout: 240_000 }, async () => {
    const { app, page } = await launch();
    const { path, total } = writeWalletPayroll(tempDir(), 'luong-thang-11.csv', 5);

    // File → Open payroll file… (Ctrl+O): the native dialog, answered with the sheet.
    await answerNextDialog(app, 'open', path);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('open-payroll')?.click());
    // The sheet chosen in the dialog is read: its five payees are on the Map step.
    await expect.poll(() => page.getByTestId('payee-table').locator('tbody tr').count()).toBe(5);
    await page.getByTestId('provider-select').selectOption('hitechpay');
    await continueToReview(page);
    await approve(page, tr, total);
    await keepEveryFinding(page);
    const start = page.getByRole('button', { name: tr.t('app.send.start', { environment: tr.t('app.send.env.practice') }) });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();

    await page.getByTestId('to-results').click({ timeout: 60_000 });
    const statuses = () => page.locator('[data-testid=result-rows] tbody tr[data-status]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
    await expect.poll(statuses, { timeout: 120_000 }).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded']);

    const report = join(tempDir(), 'ket-qua.xlsx');
    await answerNextDialog(app, 'save', report);
    await page.getByTestId('export-xlsx').click();
    await expect.poll(() => page.getByTestId('results-notice').textContent()).toBe(tr.t('results.saved', { file: report }));
    expect(existsSync(report)).toBe(true);
    // An .xlsx is a zip: it starts with the local file header.
    expect(readFileSync(report).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('has the menu and shortcuts, and shows the data folder in Settings', async () => {
    const { app, page, dataDir } = await launch();
    const items = await app.evaluate(({ Menu }) => ['open-payroll', 'settings', 'quit', 'about', 'data-folder'].map((id) => Menu.getApplicationMenu()?.getMenuItemById(id)?.accelerator ?? (Menu.getApplicationMenu()?.getMenuItemById(id) ? 'no shortcut' : null)));
    expect(items).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+,', 'CmdOrCtrl+Q', 'no shortcut', 'no shortcut']);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('settings')?.click());
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(tr.t('settings.title'));
    await expect.poll(() => page.getByTestId('data-folder-path').textContent()).toBe(dataDir);
    await expect.poll(() => page.getByTestId('data-folder-show').isVisible()).toBe(true);
  });
});
