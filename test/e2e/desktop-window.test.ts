import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator.js';
import { repoRoot } from '../support/paybatch-process.js';
import { useAppPage } from './app-page.js';

/**
 * The window's side of the desktop app, in Chromium against the browser host: what it does
 * when `window.paybatchDesktop` is there. That object is the preload's, and the preload and
 * the main process cannot run here (no Electron runtime), so a recording stand-in is put in
 * its place before the page loads: it answers as the main process would after the accountant
 * used a native dialog, and records what the window asked. The main process's side is
 * test/integration/main/electron-glue.test.ts; both together, in Electron, test/e2e/electron-app.test.ts.
 */
const openApp = useAppPage({ freshTabs: true });
const en = translator('en');
const documents = '/home/ke-toan/Documents';

type Recorded = Array<[string, unknown]>;

async function withDesktop(page: Page, opened: { name: string; base64: string } | { name: string; size: number } | null = null): Promise<void> {
  await page.addInitScript(
    ([folder, answer]) => {
      const calls: Array<[string, unknown]> = [];
      let menu: ((command: string) => void) | null = null;
      const ok = (value: unknown) => Promise.resolve({ ok: true, value });
      const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      Object.assign(window, {
        recordedDesktopCalls: calls,
        chooseMenu: (command: string) => menu?.(command),
        paybatchDesktop: {
          'desktop.openPayroll': (input: unknown) => {
            calls.push(['openPayroll', input]);
            if (answer === null) return ok({ kind: 'cancelled' });
            return ok('size' in answer ? { kind: 'too_large', name: answer.name, size: answer.size } : { kind: 'file', name: answer.name, bytes: bytes(answer.base64) });
          },
          'desktop.saveFile': (input: { suggestedName: string; kind: string; base64: string }) => {
            calls.push(['saveFile', { suggestedName: input.suggestedName, kind: input.kind, starts: atob(input.base64.slice(0, 8)).slice(0, 2) }]);
            return ok({ path: `${folder}/${input.suggestedName}` });
          },
          'desktop.savePdf': (input: unknown) => {
            calls.push(['savePdf', input]);
            return ok({ path: `${folder}/statement.pdf` });
          },
          'desktop.showDataFolder': (input: unknown) => {
            calls.push(['showDataFolder', input]);
            return ok({ opened: true });
          },
          'desktop.setLanguage': (input: unknown) => {
            calls.push(['setLanguage', input]);
            return ok({});
          },
          onMenu: (listener: (command: string) => void) => {
            menu = listener;
            return () => {
              menu = null;
            };
          },
        },
      });
    },
    [documents, opened] as const,
  );
  await page.reload();
}

const recorded = (page: Page) => page.evaluate(() => (window as unknown as { recordedDesktopCalls: Recorded }).recordedDesktopCalls);
const chooseMenu = (page: Page, command: string) => page.evaluate((c) => (window as unknown as { chooseMenu: (c: string) => void }).chooseMenu(c), command);

describe('the window in the desktop app', () => {
  it('tells the main process its language, and again when the accountant changes it', async () => {
    const { page } = await openApp();
    await withDesktop(page);
    await expect.poll(() => recorded(page)).toEqual([['setLanguage', { language: 'en' }]]);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByTestId('language-select').selectOption('vi');
    await expect.poll(() => recorded(page)).toEqual([
      ['setLanguage', { language: 'en' }],
      ['setLanguage', { language: 'vi' }],
    ]);
  });

  it('opens the file chosen with File → Open payroll file… as a dropped file, and says so when it is too large', async () => {
    const sheet = readFileSync(join(repoRoot, 'test/fixtures/payroll-small.csv')).toString('base64');
    const { page } = await openApp();
    await withDesktop(page, { name: 'payroll-small.csv', base64: sheet });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await chooseMenu(page, 'open-payroll');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en.t('import.title'));
    await expect.poll(() => page.getByTestId('payee-table').locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('import-notice').count()).toBe(0);

    const big = await openApp();
    await withDesktop(big.page, { name: 'ca-nam.csv', size: 150 * 1024 * 1024 });
    await chooseMenu(big.page, 'open-payroll');
    await expect.poll(() => big.page.getByTestId('import-notice').textContent()).toContain('ca-nam.csv is 150.0 MB');
    await chooseMenu(big.page, 'settings');
    await expect.poll(() => big.page.getByRole('heading', { level: 1 }).textContent()).toBe(en.t('settings.title'));
    await big.page.getByTestId('data-folder-show').click();
    await expect.poll(() => recorded(big.page)).toContainEqual(['showDataFolder', {}]);
    // The audit log's export goes through the save dialog too, and says where it went.
    await big.page.getByTestId('audit-export').click();
    await expect.poll(() => big.page.getByTestId('audit-saved').textContent()).toMatch(/^Saved to \/home\/ke-toan\/Documents\/[^/]+\.csv\.$/);
  });

  it('saves the problems workbook through the save dialog and says where it went', async () => {
    const { page } = await openApp();
    await withDesktop(page);
    await page.getByTestId('file-input').setInputFiles({ name: 'luong.csv', mimeType: 'text/csv', buffer: Buffer.from('Họ và tên,Số tài khoản,Ngân hàng,Số tiền\nNGUYEN VAN AN,0011001234567,Vietcombank,"1.500.000"\nTRAN THI BINH,12,Techcombank,"2.750.000"\n') });
    await page.getByTestId('provider-select').selectOption('appotapay');
    await page.getByTestId('continue-review').click();
    await page.getByTestId('download-problems').click();
    await expect.poll(async () => (await recorded(page)).filter(([name]) => name === 'saveFile')).toEqual([['saveFile', { suggestedName: expect.stringMatching(/\.xlsx$/), kind: 'xlsx', starts: 'PK' }]]);
    const saved = (await recorded(page)).find(([name]) => name === 'saveFile')?.[1] as { suggestedName: string } | undefined;
    await expect.poll(() => page.getByTestId('problems-saved').textContent()).toBe(en.t('desktop.savedTo', { path: `${documents}/${saved?.suggestedName}` }));
    expect(await page.getByTestId('problems-file-problem').count()).toBe(0);
  });
});
