import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator.js';
import { seriousViolations } from './accessibility.js';
import { openAppIn, openCell, tableCells, useAppPage } from './app-page.js';
import { continueToReview, keepEveryFinding, listedStatuses, statusCounts } from './send-flow.js';

const openApp = useAppPage();
// What the window says, from the same catalogue: the test follows the words, not a copy of them.
const tr = translator('en');
const vnd = (minor: number) => tr.money(minor, 'VND');
const practice = tr.t('app.send.env.practice');
const refunding = tr.t('refund.providerOperation', { provider: 'HiTechPAY', operation: tr.t('operation.refund') });
/** examples/README.md: 20 refunds of cancelled bookings, 94,940,000 VND, on rows 5–24. */
const sample = { file: 'hitechpay-refunds.xlsx', rows: 20, total: 94_940_000 };

const summary = (page: Page) => page.getByTestId('review-summary').textContent({ timeout: 1000 }).catch(() => '');
const summaryOf = (valid: number, errors: number, warnings: number) =>
  tr.t('app.review.summary', { rows: sample.rows, valid: tr.number(valid), errors: tr.number(errors), warnings: tr.number(warnings), excluded: tr.number(0), total: vnd(sample.total) });
const cell = (page: Page, row: number, field: string) => page.locator(`[data-row="${row}"] [data-field="${field}"]`);

/** Double-clicks a cell of the Review grid, writes `value` and presses Enter, as an accountant would. */
async function edit(page: Page, row: number, field: 'transactionId' | 'refundFee', value: string): Promise<void> {
  const box = page.getByRole('textbox', { name: tr.t('app.grid.cellInput', { field: tr.t(`field.${field}`), row }) });
  await openCell(cell(page, row, field), box);
  await box.fill(value);
  await page.keyboard.press('Enter');
}

/**
 * A support team's first refund batch, end to end in the real window: the sample refund sheet
 * chosen in "Try a sample payroll in Practice" (opened as a refund sheet, not a payroll), Review
 * putting right what examples/README.md says (the partial refunds of one booking acknowledged,
 * a stray space out of a transaction id, a fee copied from its amount), approval with the total
 * typed, and Practice, where every refund must end refunded, each with its ids on the screen.
 */
describe('the sample refund sheet in Practice, from the sample offer to every refund’s end', () => {
  it('tries HiTechPAY · Refund a payment, puts its rows right, approves and refunds every row in Practice', { timeout: 120_000 }, async () => {
    const { page, errors } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    const offer = page.getByTestId('sample-offer');
    // Picked by the name the catalogue gives it, as a reader would pick it.
    await offer.getByTestId('sample-provider').selectOption({ label: refunding });
    await offer.getByRole('button', { name: tr.t('refund.sample.try') }).click();

    // Read as a refund sheet at once: HiTechPAY and "Refund a payment" chosen, the transaction column mapped.
    await expect.poll(() => page.getByTestId('import-notice').textContent()).toBe(tr.t('refund.sample.loaded', { file: sample.file, provider: 'HiTechPAY' }));
    expect(await page.getByTestId('provider-select').inputValue()).toBe('hitechpay');
    expect(await page.getByTestId('operation-choice').getByRole('radio', { name: tr.t('operation.refund') }).isChecked()).toBe(true);
    const transactionColumn = page.getByLabel(tr.t('import.map.columnFor', { field: tr.t('field.transactionId') }), { exact: true });
    await expect.poll(() => transactionColumn.inputValue({ timeout: 1000 }).catch(() => '')).toBe('Mã giao dịch ZaloPay');
    await continueToReview(page);
    await expect.poll(() => summary(page)).toBe(summaryOf(16, 2, 2));
    expect(await page.getByTestId('batch-facts').textContent()).toContain(refunding);

    // Only the rows Review asks about: the partial refunds (9, 10), the stray space (14), the fee (16).
    await page.getByTestId('filter').selectOption('problems');
    const listed = () => page.locator('[data-testid=review-grid] [data-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
    await expect.poll(listed).toEqual(['9', '10', '14', '16']);
    const panel = page.getByTestId('row-panel');
    for (const row of [9, 10]) {
      await page.locator(`[data-row="${row}"]`).click();
      await expect.poll(() => panel.textContent()).toContain(tr.t('app.row.title', { row }));
      await panel.getByRole('button', { name: tr.t('app.row.acknowledge') }).click();
      await expect.poll(() => panel.getByRole('button', { name: tr.t('app.row.acknowledge') }).count()).toBe(0);
    }
    await page.getByRole('button', { name: tr.t('app.row.close') }).click();
    // A row put right leaves the problems: the next one is edited once it has.
    await edit(page, 14, 'transactionId', '261110000529841');
    await expect.poll(listed).toEqual(['16']);
    await edit(page, 16, 'refundFee', '85.000');
    await expect.poll(() => summary(page)).toBe(summaryOf(20, 0, 0));
    // The two edits, as Review keeps them: the transaction id without its space, the fee as money.
    await page.getByTestId('filter').selectOption('edited');
    await expect.poll(listed).toEqual(['14', '16']);
    expect([await cell(page, 14, 'transactionId').textContent(), await cell(page, 16, 'refundFee').textContent()]).toEqual(['261110000529841', vnd(85_000)]);

    // Approved as refunds, with the total to refund typed; the window goes on to Send.
    await page.getByLabel(tr.t('refund.approve.typeTotal')).fill(tr.moneyNumber(sample.total, 'VND'));
    await page.getByRole('button', { name: tr.t('app.approve.button') }).click();
    await expect.poll(() => page.locator('#send-title').textContent()).toBe(tr.t('app.send.refunds.title'));
    // The first refund id as approval fixes it: yymmdd_, then the row's own part (the app id comes at the first send).
    const approved = tr.t('refund.approve.approvedNow', { count: sample.rows, total: vnd(sample.total), first: 'FIRST' }).replace(/[.()₫]/g, '\\$&').replace('FIRST', '\\d{6}_[0-9A-Z]{6}00001');
    await expect.poll(() => page.getByTestId('approved').textContent()).toMatch(new RegExp(`^${approved}$`));

    // A sample is sent in Practice, never with real money; Practice needs nothing set up.
    expect(await page.getByTestId('env-practice').isChecked()).toBe(true);
    expect(await page.getByTestId('env-production').isDisabled()).toBe(true);
    expect(await page.getByTestId('environment-choice').textContent()).toContain(tr.t('refund.send.env.sample'));
    // The checks before sending: no balance applies to refunds, and no payee's name to ask about.
    expect(await keepEveryFinding(page)).toBe(0);
    expect(await page.getByTestId('presend-balance').textContent()).toBe(tr.t('refund.send.balance.notApplicable', { needed: vnd(sample.total) }));
    expect(await page.getByTestId('presend-names').textContent()).toBe(tr.t('refund.send.names.none'));
    const start = page.getByRole('button', { name: tr.t('app.send.start', { environment: practice }) });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();

    // Every refund ends refunded: the batch, the counts and the list say so. A real send of 20
    // refunds through the simulator, beside the rest of the suite on two cores: a hang guard, not a limit.
    await expect.poll(() => page.getByTestId('send-status').textContent(), { timeout: 60_000 }).toBe(tr.t('app.send.status', { status: 'finished', environment: practice, running: 'no' }));
    expect(await statusCounts(page)).toEqual({ ready: 0, succeeded: sample.rows });
    await expect.poll(() => listedStatuses(page)).toEqual(Array.from({ length: sample.rows }, () => 'succeeded'));
    expect(await page.getByTestId('send-ended').textContent()).toBe(tr.t('app.send.refunds.ended', { status: 'finished', succeeded: '20', notPaid: '0', review: 0, paid: vnd(sample.total) }));

    // Each row: the transaction refunded, its m_refund_id (yymmdd_appid_xxx, the app id joined at
    // the first send) and HiTechPAY's refund_id, each refund with its own ids.
    const rows = await tableCells(page, 'sent-rows');
    expect(rows.map(([row]) => row)).toEqual(Array.from({ length: sample.rows }, (_, i) => String(i + 5)));
    const byRow = new Map(rows.map(([row, transaction, , status, refundId, providerRefundId, details]) => [row, { transaction, status, refundId, providerRefundId, details }]));
    for (const { transaction, status, refundId, providerRefundId, details } of byRow.values()) {
      expect(transaction).toMatch(/^\d{15}$/);
      expect(status).toBe(tr.t('sendStatus.row', { status: 'succeeded' }));
      expect(refundId).toMatch(/^\d{6}_\d+_[0-9A-Z]+$/);
      expect(providerRefundId).toMatch(/^\d+$/);
      expect(details).toBe('');
    }
    expect(byRow.get('14')?.transaction).toBe('261110000529841');
    // The two partial refunds of one booking: one transaction, two refunds.
    expect([byRow.get('9')?.transaction, byRow.get('10')?.transaction]).toEqual(['261106000274651', '261106000274651']);
    expect(new Set(rows.map((r) => r[4])).size).toBe(sample.rows);
    expect(new Set(rows.map((r) => r[5])).size).toBe(sample.rows);
    // One day's batch: every refund id starts with the date it was sent in Vietnam (two, if
    // sending happened to cross midnight there).
    expect(rows.every((r) => /^\d{6}_/.test(r[4] ?? ''))).toBe(true);
    expect(new Set(rows.map((r) => r[4]?.slice(0, 6))).size).toBeLessThanOrEqual(2);
    expect(errors, errors.join('\n')).toEqual([]);
  });
  it('in Vietnamese, from an empty Batches screen: the refund sample is offered in the reader’s words and opens as refunds', async () => {
    const page = await openAppIn(openApp, 'vi');
    const vi = translator('vi');
    await page.getByRole('navigation').getByRole('button', { name: vi.t('app.nav.batches'), exact: true }).click();
    const offer = page.locator('[data-testid=sample-offer]:visible');
    const named = vi.t('refund.providerOperation', { provider: 'HiTechPAY', operation: vi.t('operation.refund') });
    // Each sample by the name its batch will have: the payrolls by their provider, the refunds as refunds.
    // The offer comes with the (empty) list of batches: waited for, not raced.
    await expect.poll(() => offer.locator('[data-testid=sample-provider] option').allTextContents()).toEqual(['HiTechPAY', named, 'SmilePayz', 'AppotaPay', 'HaiPay']);
    await offer.getByTestId('sample-provider').selectOption({ label: named });
    expect(await seriousViolations(page)).toEqual([]);
    await offer.getByRole('button', { name: vi.t('refund.sample.try') }).click();

    await expect.poll(() => page.getByTestId('import-notice').textContent()).toBe(vi.t('refund.sample.loaded', { file: sample.file, provider: 'HiTechPAY' }));
    expect(await page.getByTestId('operation-choice').getByRole('radio', { name: vi.t('operation.refund') }).isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('continue-review').textContent()).toBe(vi.t('import.continue', { count: sample.rows }));
  });
});
