import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator.js';
import { useAppPage } from './app-page.js';

const openApp = useAppPage();

describe('the app in Chromium through the browser host', () => {
  it('loads with its token, reaches the engine, and wipes the token from the address bar', async () => {
    const { page, errors, origin } = await openApp();
    await expect.poll(() => page.getByTestId('app-version').textContent()).toMatch(/^v\d+\.\d+\.\d+ · browser$/);
    expect(page.url()).toBe(`${origin}/`);
    await page.reload();
    await expect.poll(() => page.getByTestId('app-version').textContent()).toMatch(/browser$/);
    expect(errors).toEqual([]);
  });

  it('navigates between the screens', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Send');
    await expect.poll(() => page.getByText(translator('en').t('app.send.empty')).count()).toBe(1);
    await page.getByRole('button', { name: 'Results', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Results');
    await expect.poll(() => page.getByTestId('results-none-sent').textContent()).toBe(translator('en').t('results.noneSent'));
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Review');
    expect(await page.getByText('Import a payroll sheet, or open a draft from the Batches screen').count()).toBe(1);
    await page.getByRole('button', { name: 'Batches', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Batches');
    // The list arrives after the heading: waited for, not raced.
    await expect.poll(() => page.getByText(translator('en').t('app.batches.none')).count()).toBe(1);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Import a payroll sheet');
  });

  it('tells the user what to do when opened without the token', async () => {
    const { page, origin } = await openApp();
    const bare = await page.context().newPage();
    await bare.goto(`${origin}/`);
    await expect.poll(() => bare.getByRole('alert').first().textContent()).toContain('opened without its access key');
  });

  it('says the keychain is unreachable instead of claiming keys are not set', async () => {
    // A host with no keychain reachable (no D-Bus session bus): the state is unknown, and said so.
    const { page } = await openApp(undefined, { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/paybatch-no-bus' });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect.poll(() => page.getByTestId('keys-notice').textContent()).toContain('the system keychain is not reachable');
    expect(await page.locator('[data-secret=apiKey] .secret-status').textContent()).toBe('Unknown (keychain not reachable)');
  });
});
