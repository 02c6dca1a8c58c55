import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator.js';
import { sharedChromium } from '../support/chromium.js';
import { startServe, stop, type Served } from '../support/paybatch-process.js';
import { useTempDir } from '../support/temp-dir.js';
import { approve, callApi, continueToReview, keepEveryFinding, statusCounts, writeBankPayroll } from './send-flow.js';

const tempDir = useTempDir();
const tr = translator('en');
const practice = tr.t('app.send.env.practice');
const sendingText = tr.t('app.send.status', { status: 'sending', environment: practice, running: 'yes' });

let browser: Browser;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  browser = await sharedChromium();
});
afterAll(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});
const newPage = async () => {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
};

/**
 * Paybatch closed while a batch was sending goes on with it when it opens again; the Send
 * screen says so once (it did not start that sending itself), and never for a batch it started.
 * Closed once more under the open page, it is said not to answer in one banner.
 */
describe('a batch that carried on sending after Paybatch was closed', () => {
  it('says so once on the Send screen of the page that opens after; one banner when it stops answering', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const servers: Served[] = [];
    try {
      servers.push(await startServe(['--port', '0', '--data-dir', dataDir]));
      const page = await newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(servers[0]?.url ?? '');
      await callApi(page, 'keys.setSettings', { provider: 'haipay', environment: 'practice', settings: { ratePerSecond: 5, concurrency: 1 } });
      const { path, total } = writeBankPayroll(tempDir(), 'luong-restart.csv', 100);
      await page.getByTestId('file-input').setInputFiles(path);
      await page.getByTestId('provider-select').selectOption('haipay');
      await continueToReview(page);
      await approve(page, tr, total, 'THB');
      await keepEveryFinding(page);
      await page.getByTestId('send-start').click();
      await expect.poll(() => page.getByTestId('send-status').textContent()).toBe(sendingText);
      // Started here: nothing to say about it.
      await expect.poll(async () => (await statusCounts(page))['succeeded'] ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
      expect(await page.getByTestId('carried-on').count()).toBe(0);

      // Closed while sending, opened again: the batch goes on by itself.
      await stop(servers[0]!.child);
      servers.push(await startServe(['--port', '0', '--data-dir', dataDir]));
      const after = await newPage();
      await after.setViewportSize({ width: 1366, height: 768 });
      await after.goto(servers[1]?.url ?? '');
      await after.getByRole('button', { name: tr.t('app.batches.openLabel', { file: 'luong-restart.csv', status: tr.t('batchStatus.sending') }) }).click();
      await expect.poll(() => after.getByTestId('send-status').textContent()).toBe(sendingText);
      expect(await after.getByTestId('carried-on').textContent()).toBe(tr.t('app.send.carriedOn'));

      // Once per page load: back on the Send screen from Batches, it is not said again.
      await after.getByRole('navigation').getByRole('button', { name: tr.t('app.nav.batches'), exact: true }).click();
      await after.getByRole('button', { name: tr.t('app.batches.openLabel', { file: 'luong-restart.csv', status: tr.t('batchStatus.sending') }) }).click();
      await expect.poll(() => after.getByTestId('send-status').textContent()).toBe(sendingText);
      expect(await after.getByTestId('carried-on').count()).toBe(0);

      // Closed again under the page: the page says Paybatch is not answering, once, however
      // many calls come back saying so (the timed read, then Pause pressed meanwhile).
      await stop(servers[1]!.child);
      const notAnswering = tr.t('error.not_answering');
      await expect.poll(() => after.getByRole('alert').allTextContents(), { timeout: 15_000 }).toEqual([notAnswering]);
      await after.getByTestId('send-pause').click();
      await expect.poll(() => after.getByTestId('send-pause').isEnabled()).toBe(true);
      expect(await after.getByRole('alert').allTextContents()).toEqual([notAnswering]);
    } finally {
      await Promise.all(servers.map((served) => stop(served.child)));
    }
  });
});
