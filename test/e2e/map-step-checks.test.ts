import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useAppPage } from './app-page.js';
import { useTempDir } from '../support/temp-dir.js';

// Issue #11 item 4: the Map step stops a sheet that cannot be paid as mapped, says why beside
// the mapping, asks (never converts) when the amounts contradict the provider's currency, and
// lets the accountant point at a header row the import could not find. At 1366×768.
const openApp = useAppPage();
const tempDir = useTempDir();

function csv(name: string, lines: readonly string[]): string {
  const file = join(tempDir(), name);
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

async function openSheet(file: string, dataDir?: string): Promise<{ page: Page; errors: string[]; dataDir: string }> {
  const { page, errors, dataDir: used } = await openApp(dataDir);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('file-input').setInputFiles(file);
  return { page, errors, dataDir: used };
}

const vietnamese = [
  'Họ và tên,Số tài khoản,Ngân hàng,Số tiền,SĐT',
  'Nguyen Van An,0011001234567,Vietcombank,"15,000,000",0912345678',
  'Tran Thi Binh,19033344455566,Techcombank,"12,500,000",0912345679',
];

describe('the Map step’s checks', () => {
  it('blocks one column chosen for both Amount and Phone, naming both and the column', async () => {
    const { page, errors } = await openSheet(csv('sdt.csv', vietnamese));
    await page.getByRole('combobox', { name: /^Pay with/ }).selectOption('appotapay');
    const proceed = page.getByRole('button', { name: /^Continue to review/ });
    await expect.poll(() => proceed.isEnabled()).toBe(true);

    await page.getByLabel('Column for Amount').selectOption('SĐT');
    const checks = page.getByRole('complementary', { name: 'Before Review' });
    await expect.poll(() => checks.textContent()).toContain('The column "SĐT" is chosen for both Amount and Phone.');
    expect(await proceed.isDisabled()).toBe(true);
    expect(await page.getByTestId('continue-why').textContent()).toContain('"SĐT" is chosen for both Amount and Phone');

    await page.getByLabel('Column for Amount').selectOption('Số tiền');
    await expect.poll(() => proceed.isEnabled()).toBe(true);
    expect(await checks.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps Continue disabled without an Amount column, saying why', async () => {
    const noAmount = vietnamese.map((line) => line.split(',').filter((_, i) => i !== 3).join(','));
    const { page, errors } = await openSheet(csv('no-amount.csv', noAmount.map((l) => l.replace(/"/g, ''))));
    await page.getByRole('combobox', { name: /^Pay with/ }).selectOption('appotapay');
    const proceed = page.getByRole('button', { name: /^Continue to review/ });
    await expect.poll(() => page.getByTestId('continue-why').textContent()).toBe('No column is chosen for Amount, so nothing would be paid. Choose the column that holds the amounts.');
    expect(await proceed.isDisabled()).toBe(true);
    expect(await page.getByRole('complementary', { name: 'Before Review' }).textContent()).toContain('No column is chosen for Amount');
    expect(errors).toEqual([]);
  });

  it('asks whether a VND sheet paid with HaiPay is in baht, shows no converted amounts, and goes on once answered', async () => {
    const sheet = csv('vnd-for-haipay.csv', [
      'Name,Account,Bank,Amount,Phone,Email,Employee ID',
      'NGUYEN VAN AN,0011001234567,Kasikorn Bank,"15,000,000",0812345678,an@example.com,E1',
      'TRAN THI BINH,1903334445,Bangkok Bank,"16,000,000",0812345679,binh@example.com,E2',
      'LE HOANG CUONG,0451000123,Kasikorn Bank,"12,500,000",0812345680,cuong@example.com,E3',
    ]);
    const { page, errors } = await openSheet(sheet);
    await page.getByRole('combobox', { name: /^Pay with/ }).selectOption('haipay');
    const question = page.getByRole('group', { name: /look like Vietnamese đồng/ });
    await expect.poll(() => question.textContent()).toContain('These amounts look like Vietnamese đồng (15,000,000). HaiPay pays in Thai baht. Are they baht?');
    const proceed = page.getByRole('button', { name: /^Continue to review/ });
    expect(await proceed.isDisabled()).toBe(true);
    expect(await page.getByTestId('continue-why').textContent()).toBe('Answer the question about the currency first.');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/15,000,000\.00|150,000\.00|THB total|total [\d,.]+ THB/);

    await question.getByRole('button', { name: 'Yes, these are baht' }).click();
    await expect.poll(() => proceed.isEnabled()).toBe(true);
    expect(await page.getByTestId('continue-why').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lets the accountant choose another provider instead, the currency following it', async () => {
    const { page } = await openSheet(csv('vnd-again.csv', vietnamese));
    await page.getByRole('combobox', { name: /^Pay with/ }).selectOption('haipay');
    await page.getByRole('button', { name: 'Choose another provider' }).click();
    expect(await page.getByRole('combobox', { name: /^Pay with/ }).inputValue()).toBe('');
    await expect.poll(() => page.getByTestId('continue-why').textContent()).toContain('Choose the provider to pay with first');
    await page.getByRole('combobox', { name: /^Pay with/ }).selectOption('appotapay');
    await expect.poll(() => page.getByRole('button', { name: /^Continue to review/ }).isEnabled()).toBe(true);
    expect(await page.getByTestId('currency-shown').textContent()).toContain('Vietnamese đồng (VND), as AppotaPay pays');
  });

  it('offers the provider saved with the mapping first, reading the amounts in its currency', async () => {
    const sheet = csv('saved.csv', vietnamese);
    const first = await openSheet(sheet);
    await first.page.getByRole('combobox', { name: /^Pay with/ }).selectOption('smilepayz');
    await first.page.getByRole('button', { name: 'Save mapping for this layout' }).click();
    await expect.poll(() => first.page.getByTestId('import-notice').textContent()).toContain('Mapping saved');

    const again = await openSheet(sheet, first.dataDir);
    await expect.poll(() => again.page.getByRole('combobox', { name: /^Pay with/ }).inputValue()).toBe('smilepayz');
    expect(await again.page.getByTestId('currency-shown').textContent()).toContain('(VND), as SmilePayz pays');
    // SmilePayz needs an email for every payee, and this sheet has none.
    await expect.poll(() => again.page.getByTestId('continue-why').textContent()).toContain('SmilePayz needs Email for every payee');
  });

  it('opens the row picker when no header row is recognised, with no command-line words', async () => {
    const sheet = csv('titles.csv', [
      'CÔNG TY TNHH ABC,,',
      'Danh sách chi trả kỳ 10,,',
      ',,',
      'Cột A,Cột B,Cột C',
      'Nguyen Van An,0011001234567,"15,000,000"',
      'Tran Thi Binh,19033344455566,"12,500,000"',
    ]);
    const { page, errors } = await openSheet(sheet);
    const picker = page.getByRole('region', { name: 'Which row names the columns?' });
    await expect.poll(() => picker.textContent()).toContain('Paybatch could not find the header row');
    expect(await page.getByTestId('import-error').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('--header-row');
    expect(await picker.getByRole('table', { name: 'The first rows of the sheet' }).textContent()).toContain('Danh sách chi trả kỳ 10');

    await picker.getByRole('button', { name: 'Use row 4 as the header' }).click();
    await expect.poll(() => page.getByTestId('file-facts').textContent()).toContain('header on row 4');
    await page.getByLabel('Column for Name').selectOption('Cột A');
    await page.getByLabel('Column for Account number').selectOption('Cột B');
    await page.getByLabel('Column for Amount').selectOption('Cột C');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain('2 payees');
    expect(await page.locator('body').textContent()).not.toContain('--header-row');
    expect(errors).toEqual([]);
  });
});
