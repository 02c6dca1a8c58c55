import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppPage } from './app-page.js';
import { repoRoot } from '../support/paybatch-process.js';

// Issue #12: the language chosen in Settings applies at once and is remembered; the Import and
// Map step then read in it, found here by their roles and labels in that language.
const openApp = useAppPage();

async function chooseLanguage(page: Page, settings: string, language: 'vi' | 'th' | 'en'): Promise<void> {
  await page.getByRole('button', { name: settings, exact: true }).click();
  await page.getByRole('combobox', { name: /^(Language|Ngôn ngữ|ภาษา)/ }).selectOption(language);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
}

describe('the Import and Map step in Vietnamese and Thai', () => {
  it('reads in Vietnamese once it is chosen in Settings, and stays so after a reload', async () => {
    const { page, errors } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    await chooseLanguage(page, 'Settings', 'vi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cài đặt');
    expect(await page.getByRole('combobox', { name: /^Ngôn ngữ/ }).locator('option').allTextContents()).toEqual(['Tiếng Việt', 'ไทย', 'English']);

    await page.reload();
    await page.getByRole('button', { name: 'Nhập tệp', exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nhập bảng lương');
    await page.getByTestId('file-input').setInputFiles(join(repoRoot, 'test/fixtures/payroll-small.csv'));
    const payWith = page.getByRole('combobox', { name: /^Chi trả qua/ });
    await expect.poll(() => payWith.count()).toBe(1);
    expect(await payWith.locator('option').first().textContent()).toBe('Chọn nhà cung cấp…');
    await expect.poll(() => page.getByTestId('continue-why').textContent()).toBe('Hãy chọn nhà cung cấp dùng để chi trả trước: các bước kiểm tra và loại tiền phụ thuộc vào đó.');
    expect(await page.getByRole('combobox', { name: 'Cột cho Số tiền' }).inputValue()).toBe('Số tiền');
    expect(await page.getByRole('columnheader', { name: 'Giá trị mẫu' }).count()).toBe(1);
    await payWith.selectOption('appotapay');
    await expect.poll(() => page.getByRole('button', { name: /^Tiếp tục kiểm tra \(3 người nhận\)/ }).isEnabled()).toBe(true);
    expect(await page.getByTestId('currency-shown').textContent()).toContain('đồng Việt Nam (VND), theo loại tiền AppotaPay chi trả');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/^3 người nhận · 0 có lỗi · 0 có cảnh báo · .* · tổng 7\.250\.000\s₫$/u);
    expect((await page.getByTestId('payee-table').locator('tbody tr').first().locator('td').nth(4).textContent())?.replace(/\s/gu, ' ')).toBe('1.500.000 ₫');
    expect(errors).toEqual([]);
  });

  it('reads in Thai once it is chosen in Settings', async () => {
    const { page, errors } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    await chooseLanguage(page, 'Settings', 'th');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('ตั้งค่า');
    expect(await page.getByRole('region', { name: 'คีย์ผู้ให้บริการ' }).count()).toBe(1);

    await page.getByRole('button', { name: 'นำเข้า', exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('นำเข้าตารางเงินเดือน');
    await page.getByTestId('file-input').setInputFiles(join(repoRoot, 'test/fixtures/payroll-small.csv'));
    const payWith = page.getByRole('combobox', { name: /^จ่ายผ่าน/ });
    await expect.poll(() => payWith.count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'คอลัมน์สำหรับจำนวนเงิน' }).inputValue()).toBe('Số tiền');
    expect(await page.getByRole('complementary', { name: 'ก่อนตรวจสอบ' }).textContent()).toContain('โปรดเลือกผู้ให้บริการที่จะใช้จ่ายก่อน');
    await payWith.selectOption('appotapay');
    await expect.poll(() => page.getByRole('button', { name: /^ไปตรวจสอบต่อ \(ผู้รับเงิน 3 ราย\)/ }).isEnabled()).toBe(true);
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/^ผู้รับเงิน 3 ราย · มีข้อผิดพลาด 0 · มีคำเตือน 0 · /u);
    expect(errors).toEqual([]);
  });
});
