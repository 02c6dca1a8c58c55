import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateSimCredentials } from '../../electron/simulator/sim-credentials.js';
import { defaultFaults } from '../../electron/simulator/sim-faults.js';
import { startSimulator } from '../../electron/simulator/start-simulator.js';
import { useTempDir } from '../support/temp-dir.js';
import { useAppPage } from './app-page.js';

/** The keys panel in Chromium, the real keychain behind it (inside `npm test`'s keyring session). */
const enabled = process.env['PAYBATCH_KEYCHAIN_TESTS'] === '1';
const openApp = useAppPage();
const tempDir = useTempDir();
const sims: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  for (const sim of sims.splice(0)) await sim.close();
});

describe.skipIf(!enabled)('provider keys in Settings', () => {
  it('imports a creds file, shows fingerprints only, tests the connection, and replaces a secret', async () => {
    const credentials = generateSimCredentials('appotapay');
    const sim = await startSimulator('appotapay', credentials, { ...defaultFaults(), settleMs: 0 });
    sims.push(sim);
    const file = join(tempDir(), 'appota-creds.json');
    writeFileSync(file, JSON.stringify({ ...credentials.creds, baseUrl: sim.baseUrl }));
    const { page, errors } = await openApp(undefined, { ...process.env, PAYBATCH_KEYCHAIN_SERVICE: `paybatch-e2e-${randomUUID()}` });

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByTestId('keys-provider').selectOption('appotapay');
    await page.getByTestId('keys-environment').selectOption('practice');
    await expect.poll(() => page.locator('[data-secret=secretKey] .secret-status').textContent()).toBe('Not set');
    await page.getByTestId('creds-input').setInputFiles(file);
    await expect.poll(() => page.locator('[data-secret=secretKey] .secret-status').textContent()).toMatch(/^Set · sha256:[0-9a-f]{8}$/);
    expect(await page.getByTestId('setting-baseUrl').inputValue()).toBe(sim.baseUrl);

    await page.getByTestId('test-connection').click();
    await expect.poll(() => page.getByTestId('keys-notice').textContent()).toBe('Connected to AppotaPay (Practice). Balance: ₫50,000,000,000.');

    const before = await page.locator('[data-secret=secretKey] .secret-status').textContent();
    await page.getByRole('textbox', { name: 'New Secret key' }).fill('a-wrong-secret-typed-by-hand');
    await page.locator('[data-secret=secretKey]').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('[data-secret=secretKey] .secret-status').textContent()).not.toBe(before);
    await page.getByTestId('test-connection').click();
    await expect.poll(() => page.getByTestId('keys-notice').textContent()).toContain('answered, but not with a balance');

    const html = await page.content();
    for (const secret of [credentials.creds['apiKey'], credentials.creds['secretKey'], 'a-wrong-secret-typed-by-hand']) expect(html).not.toContain(secret);
    expect(errors).toEqual([]);
  });

  it('refuses a new address typed into the page, saying what to run; saving other settings keeps the verification key whole', async () => {
    const credentials = generateSimCredentials('haipay');
    const file = join(tempDir(), 'haipay-creds.json');
    writeFileSync(file, JSON.stringify(credentials.creds));
    const { page, errors } = await openApp(undefined, { ...process.env, PAYBATCH_KEYCHAIN_SERVICE: `paybatch-e2e-${randomUUID()}` });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByTestId('keys-provider').selectOption('haipay');
    await page.getByTestId('keys-environment').selectOption('sandbox');
    await page.getByTestId('creds-input').setInputFiles(file);
    await expect.poll(() => page.locator('[data-secret=secretKey] .secret-status').textContent()).toMatch(/^Set · sha256:/);
    const key = (credentials.creds['platformPublicKey'] ?? '').trim();
    expect(await page.getByTestId('setting-platformPublicKey').inputValue()).toBe(key);
    expect(await page.getByTestId('confirm-hint').textContent()).toContain('--confirm-address');

    await page.getByTestId('setting-baseUrl').fill('https://payout.example.vn');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByTestId('keys-notice').textContent()).toContain('Address none → https://payout.example.vn');
    expect(await page.getByTestId('keys-notice').textContent()).toContain('paybatch keys import haipay --env sandbox --file creds.json --confirm-address');
    await expect.poll(() => page.getByTestId('setting-baseUrl').inputValue()).toBe('');

    await page.getByTestId('setting-appId').fill('2204');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByTestId('keys-notice').textContent()).toBe('Settings saved.');
    await expect.poll(() => page.getByTestId('setting-appId').inputValue()).toBe('2204');
    expect(await page.getByTestId('setting-platformPublicKey').inputValue()).toBe(key);
    expect(errors).toEqual([]);
  });

  it('loads a private key from a .pem file', async () => {
    const credentials = generateSimCredentials('haipay');
    const pem = join(tempDir(), 'merchant.pem');
    writeFileSync(pem, credentials.creds['privateKey'] ?? '');
    const { page } = await openApp(undefined, { ...process.env, PAYBATCH_KEYCHAIN_SERVICE: `paybatch-e2e-${randomUUID()}` });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByTestId('keys-provider').selectOption('haipay');
    await page.getByTestId('keys-environment').selectOption('sandbox');
    await page.getByLabel('Load Private key (signs requests) from a file').setInputFiles(pem);
    await expect.poll(() => page.locator('[data-secret=privateKey] .secret-status').textContent()).toMatch(/^Set · sha256:/);
    expect(await page.locator('[data-secret=secretKey] .secret-status').textContent()).toBe('Not set');
    expect(await page.content()).not.toContain((credentials.creds['privateKey'] ?? '').split('\n')[3]);
  });
});
