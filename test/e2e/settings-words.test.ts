import { describe, expect, it } from 'vitest';
import { useAppPage } from './app-page.js';

// Issue #11 item 7: Settings speaks in words, not field names, and warns of a limit above the
// provider's published maximum while it is typed, before anything is saved.
const openApp = useAppPage();

describe('Settings in words', () => {
  it('labels keys and settings in words, keeping the stored names out of sight', async () => {
    const { page } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const keys = page.getByRole('region', { name: 'Provider keys' });
    await keys.getByTestId('keys-provider').selectOption('appotapay');
    await expect.poll(() => keys.getByRole('rowheader').allTextContents()).toEqual(['API key', 'Secret key']);
    expect(await page.getByLabel('Server address').count()).toBe(1);
    expect(await page.getByLabel('Partner code').count()).toBe(1);
    await keys.getByTestId('keys-provider').selectOption('smilepayz');
    await expect.poll(() => keys.getByRole('rowheader').allTextContents()).toEqual(['Merchant secret', 'Private key (signs requests)']);
    const shown = (await page.locator('main, body').first().innerText()).split(/\s+/);
    for (const name of ['apiKey', 'baseUrl', 'merchantSecret', 'privateKey', 'platformPublicKey', 'balanceAccountNo']) expect(shown).not.toContain(name);
  });

  it('warns of a largest amount above the provider’s published maximum before saving', async () => {
    const { page } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByTestId('limits-provider').selectOption('haipay');
    const largest = page.getByLabel('Largest amount per transfer (THB)');
    await expect.poll(() => largest.inputValue()).toBe('2,000,000.00');
    expect(await page.getByTestId('limit-warning').count()).toBe(0);
    await largest.fill('2,500,000.00');
    await expect.poll(() => page.getByTestId('limit-warning').textContent()).toContain('฿2,500,000.00 is above the ฿2,000,000.00 per transfer that HaiPay publishes.');
    expect(await page.getByTestId('limits-message').count()).toBe(0);
    await largest.fill('1,500,000.00');
    await expect.poll(() => page.getByTestId('limit-warning').count()).toBe(0);
  });

  it('shows where the books are kept: the data folder, with no desktop button in a browser tab', async () => {
    const { page, dataDir } = await openApp();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const section = page.getByRole('region', { name: 'Data folder' });
    await expect.poll(() => section.getByTestId('data-folder-path').textContent()).toBe(dataDir);
    expect(await section.getByText('PAYBATCH_DATA_DIR').count()).toBe(1);
    // Opening a folder is the desktop app's; the tab has no such button.
    expect(await section.getByTestId('data-folder-show').count()).toBe(0);
  });
});
