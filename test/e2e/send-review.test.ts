import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator.js';
import { useTempDir } from '../support/temp-dir.js';
import { seriousViolations } from './accessibility.js';
import { useAppPage } from './app-page.js';
import { approve, continueToReview, keepEveryFinding, reservedPhones, statusCounts, writeWalletPayroll } from './send-flow.js';

const openApp = useAppPage();
const tempDir = useTempDir();
const tr = translator('en');
const practice = tr.t('app.send.env.practice');
const screenshots = process.env['PAYBATCH_SCREENSHOTS'];

const reviewRows = (page: Page) => page.locator('[data-testid=review-rows] tbody tr[data-seq]');
const nav = (page: Page, id: 'batches') => page.getByRole('navigation').getByRole('button', { name: tr.t(`app.nav.${id}`), exact: true }).click();

/**
 * A row HiTechPAY holds for manual handling (status 4, the simulator's reserved wallet) ends
 * needing review: the batch is not counted done, and the accountant answers after looking in
 * the provider's portal. "Not paid" sends it again with the same order id (held again here, so
 * back for review, sent twice); "paid" ends it paid, and the batch is finished with no row left.
 */
describe('a row needing review, answered on the Send screen', () => {
  it('is not counted as ended; "not paid" sends it again with the same order id, "paid" ends it; by keyboard', { timeout: 120_000 }, async () => {
    const { page, errors } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    const rows = 3;
    const { path, total } = writeWalletPayroll(tempDir(), 'luong-review.csv', rows, { 1: reservedPhones.heldForReview });
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByTestId('provider-select').selectOption('hitechpay');
    await continueToReview(page);
    await approve(page, tr, total);
    expect(await keepEveryFinding(page)).toBe(0);
    const start = page.getByRole('button', { name: tr.t('app.send.start', { environment: practice }) });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();

    // Sent: two paid, one held. Not "finished", not 3 of 3 at an end: one row needs review.
    const waitingStatus = tr.t('app.send.statusReview', { status: 'finished', environment: practice, count: 1 });
    await expect.poll(() => page.getByTestId('send-status').textContent(), { timeout: 60_000 }).toBe(waitingStatus);
    expect(await statusCounts(page)).toEqual({ ready: 0, succeeded: 2, needs_review: 1 });
    expect(await page.getByTestId('progress-text').textContent()).toBe(tr.t('app.send.progress.ended', { ended: '2', total: '3' }));
    expect(await page.getByTestId('progress-review').textContent()).toBe(tr.t('app.send.progress.review', { count: 1 }));
    expect(await page.getByTestId('send-ended').textContent()).toBe(tr.t('app.send.ended', { status: 'finished', succeeded: '2', notPaid: '0', review: 1, paid: tr.money(total - 1_001_000, 'VND') }));
    await expect.poll(() => reviewRows(page).count()).toBe(1);
    const held = reviewRows(page).first();
    const orderId = (await held.getAttribute('data-order')) ?? '';
    expect(await held.getAttribute('data-row')).toBe('3');
    expect(await held.getAttribute('data-attempts')).toBe('1');
    expect(await held.locator('td.details').textContent()).toBe(tr.t('sendReason.hitechpay_held'));
    if (screenshots) await page.screenshot({ path: `${screenshots}/send-review-waiting.png` });

    // The Batches screen says it too, beside "finished".
    await nav(page, 'batches');
    await expect.poll(() => page.locator('[data-testid=batch-status]').first().textContent()).toBe(tr.t('app.send.batches.review', { status: tr.t('batchStatus.finished'), count: 1 }));
    await page.getByRole('button', { name: tr.t('app.batches.openLabel', { file: 'luong-review.csv', status: tr.t('app.send.batches.review', { status: tr.t('batchStatus.finished'), count: 1 }) }) }).click();
    await expect.poll(() => page.getByTestId('send-status').textContent()).toBe(waitingStatus);
    await expect.poll(() => reviewRows(page).count()).toBe(1);

    // "Not paid", by keyboard: the question says what happens, its safe answer has the keyboard.
    const values = { row: 3, name: (await held.locator('td').nth(1).textContent()) ?? '', amount: tr.money(1_001_000, 'VND'), orderId, provider: 'HiTechPAY', batch: 'finished' };
    await held.getByRole('button', { name: tr.t('app.send.review.notPaid', { cancelled: 'no' }) }).focus();
    await page.keyboard.press('Enter');
    const notPaid = page.getByRole('alertdialog', { name: tr.t('app.send.review.confirmNotPaid.title', values) });
    await expect.poll(() => notPaid.locator('p').textContent()).toBe(tr.t('app.send.review.confirmNotPaid.text', values));
    expect(await notPaid.textContent()).toContain(`sent again with the same order ID ${orderId}. HiTechPAY refuses to pay the same order ID twice`);
    expect(await notPaid.getByRole('button', { name: tr.t('app.send.review.back') }).evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    if (screenshots) await page.screenshot({ path: `${screenshots}/send-review-not-paid.png` });
    // Escape puts it away, and the keyboard is back on the button it came from.
    await page.keyboard.press('Escape');
    expect(await notPaid.count()).toBe(0);
    expect(await held.getByRole('button', { name: tr.t('app.send.review.notPaid', { cancelled: 'no' }) }).evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await notPaid.getByRole('button', { name: tr.t('app.send.review.confirmNotPaid.yes', values) }).focus();
    await page.keyboard.press('Enter');

    // Sent again with the same order id; HiTechPAY holds it again, so it is back for review, sent twice.
    await expect.poll(() => reviewRows(page).first().getAttribute('data-attempts').catch(() => null), { timeout: 60_000 }).toBe('2');
    await expect.poll(() => page.getByTestId('send-status').textContent(), { timeout: 60_000 }).toBe(waitingStatus);
    expect(await reviewRows(page).first().getAttribute('data-order')).toBe(orderId);
    expect(await statusCounts(page)).toEqual({ ready: 0, succeeded: 2, needs_review: 1 });

    // "Paid": counted paid, nothing sent; no row is left to review and the batch has finished.
    await reviewRows(page).first().getByRole('button', { name: tr.t('app.send.review.paid') }).click();
    const paid = page.getByRole('alertdialog', { name: tr.t('app.send.review.confirmPaid.title', values) });
    await expect.poll(() => paid.locator('p').textContent()).toBe(tr.t('app.send.review.confirmPaid.text', values));
    expect(await paid.textContent()).toContain('is counted as paid, as you found it in HiTechPAY’s portal. Nothing is sent.');
    if (screenshots) await page.screenshot({ path: `${screenshots}/send-review-paid.png` });
    await paid.getByRole('button', { name: tr.t('app.send.review.confirmPaid.yes') }).click();
    await expect.poll(() => page.getByTestId('send-status').textContent()).toBe(tr.t('app.send.status', { status: 'finished', environment: practice, running: 'no' }));
    await expect.poll(() => page.getByTestId('needs-review').count()).toBe(0);
    expect(await statusCounts(page)).toEqual({ ready: 0, succeeded: 3 });
    expect(await page.getByTestId('progress-text').textContent()).toBe(tr.t('app.send.progress.ended', { ended: '3', total: '3' }));
    expect(await page.getByTestId('progress-review').count()).toBe(0);
    expect(await page.getByTestId('send-ended').textContent()).toBe(tr.t('app.send.ended', { status: 'finished', succeeded: '3', notPaid: '0', review: 0, paid: tr.money(total, 'VND') }));
    // The row stands paid in the list; the keyboard, its list gone, is on the screen's heading.
    await expect.poll(() => page.locator(`[data-testid=sent-rows] tr[data-order="${orderId}"]`).getAttribute('data-status')).toBe('succeeded');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('send-title');

    await nav(page, 'batches');
    await expect.poll(() => page.locator('[data-testid=batch-status]').first().textContent()).toBe(tr.t('batchStatus.finished'));
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
