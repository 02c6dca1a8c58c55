import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator.js';
import { seriousViolations } from './accessibility.js';
import { useAppPage } from './app-page.js';
import { continueToReview, keepEveryFinding, statusCounts } from './send-flow.js';

const openApp = useAppPage();
const tr = translator('en');
const vnd = (minor: number) => tr.money(minor, 'VND');
const practice = tr.t('app.send.env.practice');

/** Two clean refunds, 1,700,000 VND (test/fixtures/refunds/README.md). */
const sheet = join(import.meta.dirname, '../fixtures/refunds/refunds-review.csv');
const total = 1_700_000;
/**
 * Practice's HiTechPAY answers every call 503, so neither refund nor query_refund says anything
 * definite; two unanswered status queries, quickly asked, and a refund waits for a person.
 */
const silentHitechpay = { ...process.env, PAYBATCH_PRACTICE_FAULTS: '5xx=1', PAYBATCH_SEND_POLICY: JSON.stringify({ pollBaseMs: 50, pollMaxMs: 200, retryBaseMs: 50, retryMaxMs: 200, maxUnknownQueries: 2 }) };

const reviewRows = (page: Page) => page.locator('[data-testid=review-rows] tbody tr[data-seq]');

/**
 * A refund Paybatch could not settle is answered as a refund: named by its transaction, looked
 * up by its refund id, and answered "Refunded" (it ends refunded, nothing is sent) or "Not
 * refunded" (sent again with the same refund id, which HiTechPAY would refuse as a duplicate
 * had it received it, so never refunded twice). The same call as a payout's paid / not paid.
 */
describe('refunds needing review, answered on the Send screen', () => {
  it('names each by its transaction and refund id; "Not refunded" sends it again with the same refund id, "Refunded" ends it', { timeout: 120_000 }, async () => {
    const { page, errors } = await openApp(undefined, silentHitechpay);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('file-input').setInputFiles(sheet);
    await page.getByTestId('provider-select').selectOption('hitechpay');
    await page.getByTestId('operation-choice').getByRole('radio', { name: tr.t('operation.refund') }).check();
    await expect.poll(() => page.getByLabel(tr.t('import.map.columnFor', { field: tr.t('field.transactionId') }), { exact: true }).inputValue({ timeout: 1000 }).catch(() => '')).toBe('Mã giao dịch');
    await continueToReview(page);
    await page.getByLabel(tr.t('refund.approve.typeTotal')).fill(tr.moneyNumber(total, 'VND'));
    await page.getByRole('button', { name: tr.t('app.approve.button') }).click();
    await expect.poll(() => page.locator('#send-title').textContent()).toBe(tr.t('app.send.refunds.title'));
    expect(await keepEveryFinding(page)).toBe(0);
    const start = page.getByRole('button', { name: tr.t('app.send.start', { environment: practice }) });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();

    // Both refunds wait for a person, each named by the transaction it refunds and its refund id.
    const waiting = (count: number) => tr.t('app.send.statusReview', { status: 'finished', environment: practice, count });
    await expect.poll(() => page.getByTestId('send-status').textContent(), { timeout: 60_000 }).toBe(waiting(2));
    const panel = page.getByTestId('needs-review');
    expect(await panel.locator('p').first().textContent()).toBe(tr.t('refund.send.review.text', { count: 2, provider: 'HiTechPAY' }));
    expect(await panel.locator('thead th').allTextContents()).toEqual([
      tr.t('app.grid.row'),
      tr.t('field.transactionId'),
      tr.t('field.amount'),
      tr.t('app.send.rows.refundId'),
      tr.t('app.send.review.sent'),
      tr.t('app.send.rows.details'),
      tr.t('app.send.review.answer'),
    ]);
    await expect.poll(() => reviewRows(page).count()).toBe(2);
    const [first, second] = [reviewRows(page).nth(0), reviewRows(page).nth(1)];
    expect(await first.locator('td').nth(1).textContent()).toBe('261121000031001');
    const refundId = (await second.getAttribute('data-order')) ?? '';
    expect(refundId).toMatch(/^\d{6}_\d+_[0-9A-Z]+$/);
    expect(await second.locator('td').nth(3).textContent()).toBe(refundId);
    // The list below says the same in its words: a refund to check by its refund id.
    expect(await page.locator(`[data-testid=sent-rows] tr[data-order="${refundId}"] td.details`).textContent()).toMatch(/^Check this refund in the provider’s portal by its refund ID: /);
    expect(await seriousViolations(page)).toEqual([]);

    // "Refunded": counted refunded, nothing sent.
    const values = (row: ReviewedRow) => ({ ...row, provider: 'HiTechPAY', batch: 'finished' });
    const one = { row: 2, transaction: '261121000031001', amount: vnd(450_000), orderId: (await first.getAttribute('data-order')) ?? '' };
    await first.getByRole('button', { name: tr.t('refund.send.review.refunded'), exact: true }).click();
    const refunded = page.getByRole('alertdialog', { name: tr.t('refund.send.review.confirmRefunded.title', values(one)) });
    await expect.poll(() => refunded.locator('p').textContent()).toBe(tr.t('refund.send.review.confirmRefunded.text', values(one)));
    await refunded.getByRole('button', { name: tr.t('refund.send.review.confirmRefunded.yes') }).click();
    await expect.poll(() => page.getByTestId('send-status').textContent()).toBe(waiting(1));
    expect(await statusCounts(page)).toEqual({ ready: 0, succeeded: 1, needs_review: 1 });

    // "Not refunded": sent again with the same refund id; still no answer, so back for review, sent twice.
    const two = { row: 3, transaction: '261121000031002', amount: vnd(1_250_000), orderId: refundId };
    await expect.poll(() => reviewRows(page).count()).toBe(1);
    await reviewRows(page).first().getByRole('button', { name: tr.t('refund.send.review.notRefunded', { cancelled: 'no' }) }).click();
    const notRefunded = page.getByRole('alertdialog', { name: tr.t('refund.send.review.confirmNotRefunded.title', values(two)) });
    await expect.poll(() => notRefunded.locator('p').textContent()).toBe(tr.t('refund.send.review.confirmNotRefunded.text', values(two)));
    await notRefunded.getByRole('button', { name: tr.t('refund.send.review.confirmNotRefunded.yes', values(two)) }).click();
    await expect.poll(() => reviewRows(page).first().getAttribute('data-attempts').catch(() => null)).toBe('2');
    await expect.poll(() => page.getByTestId('send-status').textContent()).toBe(waiting(1));
    expect(await reviewRows(page).first().getAttribute('data-order')).toBe(refundId);

    await reviewRows(page).first().getByRole('button', { name: tr.t('refund.send.review.refunded'), exact: true }).click();
    await page.getByRole('alertdialog', { name: tr.t('refund.send.review.confirmRefunded.title', values(two)) }).getByRole('button', { name: tr.t('refund.send.review.confirmRefunded.yes') }).click();
    await expect.poll(() => page.getByTestId('send-status').textContent()).toBe(tr.t('app.send.status', { status: 'finished', environment: practice, running: 'no' }));
    expect(await page.getByTestId('send-ended').textContent()).toBe(tr.t('app.send.refunds.ended', { status: 'finished', succeeded: '2', notPaid: '0', review: 0, paid: vnd(total) }));
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

type ReviewedRow = { readonly row: number; readonly transaction: string; readonly amount: string; readonly orderId: string };
