import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator.js';
import { useTempDir } from '../support/temp-dir.js';
import { seriousViolations } from './accessibility.js';
import { useAppPage } from './app-page.js';
import { approve, callApi, continueToReview, keepEveryFinding, listedStatuses, statusCounts, writeBankPayroll } from './send-flow.js';

const openApp = useAppPage();
const tempDir = useTempDir();
const tr = translator('en');
const practice = tr.t('app.send.env.practice');
const screenshots = process.env['PAYBATCH_SCREENSHOTS'];
const statusText = (status: string, running: boolean) => tr.t('app.send.status', { status, environment: practice, running: running ? 'yes' : 'no' });

/**
 * Practice sends hundreds of rows a second; slowed to 10 a second (Practice's own pace setting,
 * as Settings stores it), 300 rows take some 30 s: time to pause, continue and cancel on the way.
 */
const rows = 300;
const pace = { ratePerSecond: 10, concurrency: 2 };

async function sendStatus(page: Page): Promise<string> {
  return (await page.getByTestId('send-status').textContent()) ?? '';
}

const settled = (counts: Record<string, number>) => (counts['succeeded'] ?? 0) + (counts['failed'] ?? 0) + (counts['rejected'] ?? 0);

describe('pausing and cancelling a batch from the Send screen', () => {
  it('pauses (rows on their way end, no new one starts), continues, then cancels after asking; the rest is never sent', { timeout: 180_000 }, async () => {
    const { page, errors } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    await callApi(page, 'keys.setSettings', { provider: 'haipay', environment: 'practice', settings: pace });
    const { path, total } = writeBankPayroll(tempDir(), 'luong-haipay.csv', rows);
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByTestId('provider-select').selectOption('haipay');
    await continueToReview(page);
    await expect.poll(() => page.getByTestId('review-summary').textContent({ timeout: 1000 }).catch(() => '')).toMatch(/^300 rows · 300 valid/);
    await approve(page, tr, total, 'THB');
    // HaiPay asks no names before sending: the balance alone is checked.
    expect(await keepEveryFinding(page)).toBe(0);
    expect(await page.getByTestId('presend-names').textContent()).toBe(tr.t('app.send.names.notOffered', { provider: 'HaiPay' }));

    await page.getByTestId('send-start').click();
    await expect.poll(() => sendStatus(page)).toBe(statusText('sending', true));
    await expect.poll(async () => settled(await statusCounts(page)), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);

    // Pause: the rows on their way reach their end; then nothing moves.
    await page.getByTestId('send-pause').click();
    await expect.poll(() => sendStatus(page), { timeout: 30_000 }).toBe(statusText('paused', false));
    const paused = await statusCounts(page);
    expect(paused['ready']).toBeGreaterThan(0);
    expect([paused['sending'] ?? 0, paused['accepted'] ?? 0, paused['unknown'] ?? 0]).toEqual([0, 0, 0]);
    await page.waitForTimeout(1500);
    expect(await statusCounts(page)).toEqual(paused);

    // Continue: the checks run again for what is left, then Start goes on where it stopped.
    const again = page.getByRole('button', { name: tr.t('app.send.continue', { environment: practice }) });
    await expect.poll(() => again.isEnabled(), { timeout: 30_000 }).toBe(true);
    await again.click();
    await expect.poll(async () => settled(await statusCounts(page)), { timeout: 30_000 }).toBeGreaterThan(settled(paused) + 10);

    // Cancel asks first, says rows on their way are followed to their end, and holds sending
    // while it asks: the batch is paused at once, nothing new is paid behind the question.
    await page.getByTestId('send-cancel').click();
    const confirm = page.getByRole('alertdialog', { name: tr.t('app.send.confirmCancel.title') });
    await expect.poll(() => confirm.textContent()).toContain(tr.t('app.send.confirmCancel.held'));
    expect(await confirm.textContent()).toContain('cannot be called back: they are followed to their end, and may still be paid.');
    const keepSending = confirm.getByRole('button', { name: tr.t('app.send.confirmCancel.no', { held: 'yes' }) });
    expect(await keepSending.evaluate((b) => b === document.activeElement)).toBe(true);
    await expect.poll(() => sendStatus(page), { timeout: 30_000 }).toBe(statusText('paused', false));
    // Neither Continue nor the checks before sending come up behind the question.
    expect(await page.getByTestId('send-start').count()).toBe(0);
    expect(await page.getByTestId('presend').count()).toBe(0);
    const held = await statusCounts(page);
    expect([held['sending'] ?? 0, held['accepted'] ?? 0, held['unknown'] ?? 0]).toEqual([0, 0, 0]);
    await page.waitForTimeout(1500);
    expect(await statusCounts(page)).toEqual(held);
    expect(await seriousViolations(page)).toEqual([]);
    if (screenshots) await page.screenshot({ path: `${screenshots}/send-cancel-holds.png` });

    // "No, keep sending" (Escape answers it): sending goes on as it was, in the same environment.
    await page.keyboard.press('Escape');
    expect(await confirm.count()).toBe(0);
    await expect.poll(() => sendStatus(page), { timeout: 30_000 }).toBe(statusText('sending', true));
    expect(await page.getByTestId('send-cancel').evaluate((b) => b === document.activeElement)).toBe(true);
    await expect.poll(async () => settled(await statusCounts(page)), { timeout: 30_000 }).toBeGreaterThan(settled(held));
    expect(await page.getByTestId('send-refusal').count()).toBe(0);

    // Asked again, the button says so too; "Yes" cancels what the question held.
    await page.getByTestId('send-cancel').click();
    await expect.poll(() => sendStatus(page), { timeout: 30_000 }).toMatch(/^Paused/);
    await keepSending.click();
    await expect.poll(() => sendStatus(page), { timeout: 30_000 }).toBe(statusText('sending', true));
    await page.getByTestId('send-cancel').click();
    await confirm.getByRole('button', { name: tr.t('app.send.confirmCancel.yes') }).click();

    // Cancelled: nothing left waiting, every row at an end once those on their way are followed.
    await expect.poll(() => sendStatus(page), { timeout: 60_000 }).toBe(statusText('cancelled', false));
    const ended = await statusCounts(page);
    expect(ended['ready']).toBe(0);
    expect(ended['cancelled']).toBeGreaterThan(0);
    expect([ended['sending'] ?? 0, ended['accepted'] ?? 0, ended['unknown'] ?? 0]).toEqual([0, 0, 0]);
    expect(settled(ended) + (ended['cancelled'] ?? 0) + (ended['needs_review'] ?? 0)).toBe(rows);
    expect(await page.getByRole('button', { name: /^(Start|Continue) sending/ }).count()).toBe(0);

    // The list, filtered to the cancelled rows, a page of 100 at a time.
    await page.getByTestId('status-filter').selectOption('cancelled');
    await expect.poll(() => page.getByTestId('rows-range').textContent()).toBe(tr.t('app.send.rows.range', { first: '1', last: tr.number(Math.min(100, ended['cancelled'] ?? 0)), matching: tr.number(ended['cancelled'] ?? 0) }));
    expect(new Set(await listedStatuses(page))).toEqual(new Set(['cancelled']));
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
