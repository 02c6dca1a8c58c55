import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableCells, useAppPage } from './app-page.js';
import { repoRoot } from '../support/paybatch-process.js';
import { payrollWorkbook } from '../support/payroll-workbook.js';
import { useTempDir } from '../support/temp-dir.js';

const openApp = useAppPage();
const tempDir = useTempDir();
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function payrollFile() {
  return { name: 'Bảng lương T10.xlsx', mimeType: xlsxType, buffer: Buffer.from(await payrollWorkbook()) };
}

describe('importing in Chromium', () => {
  it('reads a CSV in the worker and shows each payee exactly', async () => {
    const { page, errors } = await openApp();
    await page.getByTestId('file-input').setInputFiles(join(repoRoot, 'test/fixtures/payroll-small.csv'));
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('3 payees · 0 with errors');
    expect(await tableCells(page, 'payee-table')).toEqual([
      ['2', 'Nguyễn Văn An', '0011001234567', 'Vietcombank', '₫1,500,000', '', '', ''],
      ['3', 'Trần Thị Bình', '19033344455566', 'Techcombank', '₫2,750,000', '', '', ''],
      ['5', 'Lê Hoàng Cường', '0451000123456', 'BIDV', '₫3,000,000', '', '', ''],
    ]);
    expect(await page.getByTestId('file-facts').textContent()).toBe('payroll-small.csv · sheet “payroll-small.csv” · header on row 1 · utf-8');
    expect(errors).toEqual([]);
  });

  it('reads an Excel payroll: header under the titles, totals and signatures left out, problems on their cells', async () => {
    const { page, errors } = await openApp();
    await page.getByTestId('file-input').setInputFiles(await payrollFile());
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('4 payees · 1 with errors · 2 with warnings · 2 rows left out · total ₫34,700,000');
    expect(await page.getByTestId('file-facts').textContent()).toBe('Bảng lương T10.xlsx · sheet “Lương T10” · header on row 4');
    expect(await page.getByTestId('sheet-select').locator('option').allTextContents()).toEqual(['Lương T10 (9 rows)', 'Ghi chú (1 row)']);
    expect(await page.locator('select[data-field=accountNo]').inputValue()).toBe('Số tài khoản');
    const rows = await tableCells(page, 'payee-table');
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      ['5', 'Nguyễn Văn An', '0011001234567', 'Vietcombank', '₫15,000,000', '0912345678', 'Lương tháng 10'],
      ['6', 'Trần Thị Bình', '19033344455566', 'Techcombank', '₫12,500,000', '0912345679', 'Lương tháng 10'],
      ['7', 'Lê Hoàng Cường', '', 'BIDV', '₫3,000,000', '0912345680', ''],
      ['8', 'Phạm Thu Dung', '0451000123456', 'MB', '₫4,200,000', '0912345681', 'Thưởng'],
    ]);
    const lost = page.locator('[data-testid=payee-table] tbody tr').nth(2).locator('td.cell-error');
    expect(await lost.getAttribute('title')).toMatch(/^Row 7, column Số tài khoản: Excel stored this account number as a number with more than 15 digits/);
    await page.getByText('Rows left out (2)').click();
    expect(await page.getByTestId('excluded-rows').locator('li').allTextContents()).toEqual([
      'Row 10: totals row ("Tổng cộng"), not a payee. Its amount, ₫31,700,000, is not the sum of the rows above it (₫34,700,000): check the sheet before paying',
      'Row 12: below the totals row, with no amount (signatures or notes)',
    ]);
    expect(errors).toEqual([]);
  });

  it('re-checks every row when the user changes the mapping, and switches sheets', async () => {
    const { page } = await openApp();
    await page.getByTestId('file-input').setInputFiles(await payrollFile());
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('4 payees');
    await page.locator('select[data-field=description]').selectOption('');
    await expect.poll(async () => (await tableCells(page, 'payee-table'))[0]?.[6]).toBe('');
    await page.locator('select[data-field=amount]').selectOption('STT');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('total ₫10');
    await page.getByTestId('sheet-select').selectOption('Ghi chú');
    // No header on that sheet: the Map step asks for the row, with the sheet choice still there.
    await expect.poll(() => page.getByTestId('header-pick').textContent()).toContain('could not find the header row');
    await page.getByTestId('sheet-select').selectOption('Lương T10');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('4 payees');
  });

  it('remembers a saved mapping for the same layout, across restarts of the app', async () => {
    const first = await openApp();
    await first.page.getByTestId('file-input').setInputFiles(await payrollFile());
    await expect.poll(() => first.page.getByTestId('import-summary').textContent()).toContain('4 payees');
    await first.page.locator('select[data-field=phone]').selectOption('');
    await expect.poll(async () => (await tableCells(first.page, 'payee-table'))[0]?.[5]).toBe('');
    await first.page.getByRole('button', { name: 'Save mapping for this layout' }).click();
    await expect.poll(() => first.page.getByTestId('import-notice').textContent()).toContain('Mapping saved');

    const again = await openApp(first.dataDir);
    await again.page.getByTestId('file-input').setInputFiles(await payrollFile());
    await expect.poll(() => again.page.getByTestId('import-notice').textContent()).toMatch(/^Using the column mapping you saved for this layout on \d{2}\/\d{2}\/\d{4}\.$/);
    await expect.poll(() => again.page.locator('select[data-field=phone]').inputValue()).toBe('');
    await expect.poll(async () => (await tableCells(again.page, 'payee-table'))[0]?.[5]).toBe('');
  });

  it('exports a mapping as a JSON file and imports it again', async () => {
    const { page } = await openApp();
    await page.getByTestId('file-input').setInputFiles(await payrollFile());
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('4 payees');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export mapping…' }).click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(download.suggestedFilename()).toBe('paybatch-mapping-Lương-T10.json');
    expect(exported).toMatchObject({ paybatch: 'mapping', version: 1, currency: 'VND', columns: { name: 'Họ và tên', accountNo: 'Số tài khoản', amount: 'Số tiền' } });

    const edited = { ...exported, columns: { ...exported.columns, name: 'Ngân hàng' } };
    await page.getByTestId('mapping-input').setInputFiles({ name: 'cot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
    await expect.poll(() => page.getByTestId('import-notice').textContent()).toBe('Applied the mapping from cot.json.');
    await expect.poll(async () => (await tableCells(page, 'payee-table'))[0]?.[1]).toBe('Vietcombank');

    await page.getByTestId('mapping-input').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect.poll(() => page.getByTestId('import-notice').textContent()).toContain('broken.json is not a mapping file');
  });

  it('explains a file it cannot read', async () => {
    const { page } = await openApp();
    const whole = await payrollWorkbook();
    await page.getByTestId('file-input').setInputFiles({ name: 'half.xlsx', mimeType: xlsxType, buffer: Buffer.from(whole.subarray(0, whole.length / 2)) });
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('half.xlsx is damaged or incomplete');
    await page.getByTestId('file-input').setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) });
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('Save As → Excel Workbook (.xlsx)');
  });

  it('imports a file dropped on the drop zone', async () => {
    const { page } = await openApp();
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Họ tên,STK,Số tiền\nPhạm Thu Dung,0123456789,4.200.000 VND\n'], 'dropped.csv', { type: 'text/csv' }));
      return data;
    });
    await page.dispatchEvent('.dropzone', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.dropzone', 'drop', { dataTransfer: transfer });
    await expect.poll(async () => (await tableCells(page, 'payee-table'))[0]?.slice(0, 5)).toEqual(['2', 'Phạm Thu Dung', '0123456789', '', '₫4,200,000']);
  });

  it('imports 100,000 rows, showing progress', async () => {
    const { page } = await openApp();
    const lines = ['Họ và tên,Số tài khoản,Ngân hàng,Số tiền,SĐT'];
    for (let i = 0; i < 100_000; i += 1) lines.push(`Nguyễn Văn ${i},${String(1_000_000_000 + i).padStart(13, '0')},Vietcombank,"${(i % 50) + 1}.000.000",09${String(10_000_000 + i).slice(-8)}`);
    await page.evaluate(() => {
      const state = window as unknown as { sawProgress: boolean };
      state.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid=import-progress]')) state.sawProgress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    // A real file on disk: an in-memory buffer would be decoded by Playwright's own script in
    // the page, a long task of the test harness, not of the app.
    const big = join(tempDir(), 'big.csv');
    writeFileSync(big, lines.join('\n'));
    await page.getByTestId('file-input').setInputFiles(big);
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 60_000 }).toContain('100,000 payees · 0 with errors');
    // How long the main thread was held is a figure of `npm run bench:ui`, not a pass or fail here.
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
  });
});
