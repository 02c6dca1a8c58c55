import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
import { repoRoot, useServe } from '../support/paybatch-process.js';
import { useTempDir } from '../support/temp-dir.js';

const fixture = join(repoRoot, 'test/fixtures/payroll-small.csv');
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

async function openApp(): Promise<{ page: Page; errors: string[]; origin: string }> {
  const served = await serve(['--port', '0', '--data-dir', tempDir()]);
  // A fresh profile per test: nothing (the token in sessionStorage included) carries over.
  const context = await browser.newContext();
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(served.url);
  return { page, errors, origin: served.origin };
}

describe('the app in Chromium through the browser host', () => {
  it('loads with its token, reaches the engine, and wipes the token from the address bar', async () => {
    const { page, errors, origin } = await openApp();
    await expect.poll(() => page.getByTestId('app-version').textContent()).toMatch(/^v\d+\.\d+\.\d+ · browser$/);
    expect(page.url()).toBe(`${origin}/`);
    await page.reload();
    await expect.poll(() => page.getByTestId('app-version').textContent()).toMatch(/browser$/);
    expect(errors).toEqual([]);
  });

  it('imports a CSV file in a worker and shows its rows exactly as written', async () => {
    const { page, errors } = await openApp();
    await page.getByTestId('file-input').setInputFiles(fixture);
    await expect.poll(() => page.getByTestId('row-count').textContent()).toBe('payroll-small.csv: 3 rows');
    const cells = await page.locator('[data-testid=preview-table] tbody tr').evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent)),
    );
    expect(cells).toEqual([
      ['2', 'Nguyễn Văn An', '0011001234567', 'Vietcombank', '1,500,000'],
      ['3', 'Trần Thị Bình', '19033344455566', 'Techcombank', '2.750.000'],
      ['5', 'Lê Hoàng Cường', '0451000123456', 'BIDV', '3 000 000 đ'],
    ]);
    const headers = await page.locator('[data-testid=preview-table] thead th').allTextContents();
    expect(headers).toEqual(['Line', 'Họ và tên', 'Số tài khoản', 'Ngân hàng', 'Số tiền']);
    expect(errors).toEqual([]);
  });

  it('imports a file dropped on the drop zone', async () => {
    const { page } = await openApp();
    const csv = 'Họ tên,STK,Số tiền\nPhạm Thu Dung,0123456789,4.200.000 VND\n';
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return data;
    }, csv);
    await page.dispatchEvent('.dropzone', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: transfer });
    await expect.poll(() => page.getByTestId('row-count').textContent()).toBe('dropped.csv: 1 row');
    expect(await page.locator('[data-testid=preview-table] tbody td').allTextContents()).toEqual(['2', 'Phạm Thu Dung', '0123456789', '4.200.000 VND']);
  });

  it('shows the first 100 rows of a large file with the full count', async () => {
    const { page } = await openApp();
    const lines = ['Name,Account,Amount', ...Array.from({ length: 5000 }, (_, i) => `Person ${i + 1},00${1000000 + i},${(i + 1) * 1000}`)];
    await page.getByTestId('file-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await expect.poll(() => page.getByTestId('row-count').textContent()).toBe('big.csv: 5,000 rows (showing the first 100)');
    expect(await page.locator('[data-testid=preview-table] tbody tr').count()).toBe(100);
  });

  it('explains an empty file instead of failing silently', async () => {
    const { page } = await openApp();
    await page.getByTestId('file-input').setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('empty.csv is empty');
  });

  it('navigates between the screens, marking the ones still to come', async () => {
    const { page } = await openApp();
    for (const name of ['Review', 'Send', 'Results', 'Settings']) {
      await page.getByRole('button', { name }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
      expect(await page.getByText('Coming in a later version').count()).toBe(1);
    }
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Import a payroll sheet');
  });

  it('tells the user what to do when opened without the token', async () => {
    const { page, origin } = await openApp();
    const bare = await page.context().newPage();
    await bare.goto(`${origin}/`);
    await expect.poll(() => bare.getByRole('alert').textContent()).toContain('opened without its access key');
  });
});
