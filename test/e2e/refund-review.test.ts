import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatMinor } from '../../shared/import/format-amount.js';
import { translator } from '../../shared/i18n/translator.js';
import { seriousViolations } from './accessibility.js';
import { openAppIn, openCell, tableCells, useAppPage } from './app-page.js';

const openApp = useAppPage();
// What the window says, from the same catalogue: the tests follow the words, not a copy of them.
const tr = translator('en');
const vnd = (minor: number) => tr.money(minor, 'VND');
const summaryOf = (rows: number, valid: number, errors: number, warnings: number, excluded: number, total: number) =>
  tr.t('app.review.summary', { rows, valid: tr.number(valid), errors: tr.number(errors), warnings: tr.number(warnings), excluded: tr.number(excluded), total: vnd(total) });

/** A day's refunds: transaction …12345 twice (rows 2 and 4), a letter in row 5's transaction id. */
const refundSheet = join(import.meta.dirname, '../fixtures/refunds/refunds-small.csv');
const repeated = '261121000012345';
/** The refund's columns as Review shows them (the refund rules' fields this sheet has). */
const refundColumns = ['transactionId', 'amount', 'refundFee', 'description', 'reference'] as const;
const columnLabels = () => refundColumns.map((f) => tr.t(`field.${f}`));

const summary = (page: Page) => page.getByTestId('review-summary').textContent({ timeout: 1000 }).catch(() => '');
const cell = (page: Page, row: number, field: string) => page.locator(`[data-row="${row}"] [data-field="${field}"]`);
const columnFor = (page: Page, field: (typeof refundColumns)[number]) => page.getByLabel(tr.t('import.map.columnFor', { field: tr.t(`field.${field}`) }), { exact: true });
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();

describe('a refund sheet in Chromium: HiTechPAY, Refund a payment', () => {
  it('maps the refund columns, shows them in Review, names the repeated transaction with its sum, and approves the refunds', async () => {
    const { page, errors } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('file-input').setInputFiles(refundSheet);

    // Only HiTechPAY offers refunds: another provider shows no choice.
    await page.getByLabel('Pay with').selectOption('smilepayz');
    expect(await page.getByTestId('operation-choice').count()).toBe(0);
    await page.getByLabel('Pay with').selectOption('hitechpay');
    const choice = page.getByTestId('operation-choice');
    const payout = choice.getByRole('radio', { name: tr.t('operation.payout') });
    const refund = choice.getByRole('radio', { name: tr.t('operation.refund') });
    expect([await payout.isChecked(), await refund.isChecked()]).toEqual([true, false]);
    // Read as a payroll, "Mã giao dịch" is a payroll's reference and nothing is a transaction.
    expect(await columnFor(page, 'transactionId').count()).toBe(0);

    await refund.check();
    await expect.poll(() => columnFor(page, 'transactionId').inputValue().catch(() => '')).toBe('Mã giao dịch');
    expect(await Promise.all(refundColumns.map((f) => columnFor(page, f).inputValue()))).toEqual(['Mã giao dịch', 'Số tiền hoàn', 'Phí hoàn tiền', 'Lý do hoàn tiền', 'Mã đơn hàng']);
    // The Map step lists the refund's own fields first, as Review will show them.
    expect((await page.locator('[data-testid=mapping-table] tbody th').allTextContents()).slice(0, 5)).toEqual(columnLabels());
    const proceed = page.getByRole('button', { name: /^Continue to review/ });
    await expect.poll(async () => ((await proceed.isEnabled()) ? 'enabled' : await page.getByTestId('continue-why').textContent())).toBe('enabled');
    await proceed.click();

    await expect.poll(() => summary(page)).toBe(summaryOf(5, 2, 1, 2, 0, 2_400_000));
    expect(await page.getByTestId('batch-facts').textContent()).toContain(tr.t('refund.providerOperation', { provider: 'HiTechPAY', operation: tr.t('operation.refund') }));
    const headers = await page.locator('[data-testid=review-grid] [role=columnheader]').allTextContents();
    expect(headers.slice(2)).toEqual(columnLabels());
    expect([await cell(page, 3, 'refundFee').textContent(), await cell(page, 2, 'refundFee').textContent()]).toEqual([vnd(10_000), '']);

    // Both rows refunding one transaction say so, with the sum given back for it in all.
    const sum = formatMinor(400_000, 'VND');
    await page.locator('[data-row="2"]').click();
    const panel = page.getByTestId('row-panel');
    await expect.poll(() => panel.textContent()).toContain(tr.t('issue.refund_repeated', { row: 2, transaction: repeated, others: 1, rows: '4', more: 0, total: sum }));
    await page.locator('[data-row="4"]').click();
    await expect.poll(() => panel.textContent()).toContain(tr.t('issue.refund_repeated', { row: 4, transaction: repeated, others: 1, rows: '2', more: 0, total: sum }));
    await page.locator('[data-row="5"]').click();
    await expect.poll(() => panel.textContent()).toContain(tr.t('issue.transaction_format', { at: 'column', row: 5, column: 'Mã giao dịch', value: '26112100001234A', provider: 'HiTechPAY' }));
    await page.getByRole('button', { name: 'Close the row panel' }).click();

    // Two partial refunds of one payment: acknowledged together, as a duplicate payee would be.
    const acknowledgeAll = tr.t('app.bulk.acknowledge', { problem: tr.t('problem.refund_repeated'), count: tr.number(2) });
    await page.getByRole('button', { name: acknowledgeAll }).click();
    await page.getByTestId('bulk-preview').getByRole('button', { name: tr.t('app.bulk.apply', { count: 2 }) }).click();
    await expect.poll(() => summary(page)).toBe(summaryOf(5, 4, 1, 0, 0, 2_400_000));

    // The transaction id put right in the grid; a fee edited as money, like an amount.
    const transaction = page.getByRole('textbox', { name: tr.t('app.grid.cellInput', { field: tr.t('field.transactionId'), row: 5 }) });
    await openCell(cell(page, 5, 'transactionId'), transaction);
    await transaction.fill('261121000012347');
    await page.keyboard.press('Enter');
    await expect.poll(() => summary(page)).toBe(summaryOf(5, 5, 0, 0, 0, 2_400_000));
    const fee = page.getByRole('textbox', { name: tr.t('app.grid.cellInput', { field: tr.t('field.refundFee'), row: 6 }) });
    await openCell(cell(page, 6, 'refundFee'), fee);
    expect(await fee.inputValue()).toBe(tr.moneyNumber(5_000, 'VND'));
    await fee.fill('7.500');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(page, 6, 'refundFee').textContent()).toBe(vnd(7_500));
    expect(await cell(page, 6, 'refundFee').getAttribute('title')).toContain(tr.t('app.grid.edited', { was: vnd(5_000) }));

    // Approved as refunds: the count and the total say so, and the total is typed to approve.
    await expect.poll(() => page.getByTestId('approve-facts').textContent()).toContain(`${tr.t('refund.approve.count')}5${tr.t('refund.approve.total')}${vnd(2_400_000)}`);
    const typed = page.getByLabel(tr.t('refund.approve.typeTotal'));
    const approveButton = page.getByRole('button', { name: tr.t('app.approve.button') });
    await typed.fill('2.100.000');
    expect(await approveButton.isDisabled()).toBe(true);
    await typed.fill('2.400.000');
    await approveButton.click();
    const approved = tr.t('refund.approve.approvedNow', { count: 5, total: vnd(2_400_000), first: 'FIRST' }).replace(/[.()₫]/g, '\\$&').replace('FIRST', '\\d{6}_[0-9A-Z]{6}00001');
    await expect.poll(() => page.getByTestId('approved').textContent()).toMatch(new RegExp(`^${approved}$`));

    // The Batches screen tells a refund batch from a payroll.
    await nav(page, 'Batches');
    await expect.poll(() => page.getByTestId('batches').locator('tbody tr').first().locator('td').nth(1).textContent()).toBe(tr.t('refund.providerOperation', { provider: 'HiTechPAY', operation: tr.t('operation.refund') }));
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('in Vietnamese: a saved refund layout is read as refunds again; a wrong transaction id is excluded; no serious axe violations', async () => {
    const page = await openAppIn(openApp, 'vi');
    const vi = translator('vi');
    const transactionColumn = () => page.getByLabel(vi.t('import.map.columnFor', { field: vi.t('field.transactionId') }), { exact: true }).inputValue({ timeout: 1000 }).catch(() => 'none');
    await page.getByTestId('file-input').setInputFiles(refundSheet);
    await page.getByTestId('provider-select').selectOption('hitechpay');
    const choice = page.getByTestId('operation-choice');
    await choice.getByRole('radio', { name: vi.t('operation.refund') }).check();
    await expect.poll(transactionColumn).toBe('Mã giao dịch');
    await page.getByRole('button', { name: vi.t('import.saveMapping') }).click();
    await expect.poll(() => page.getByTestId('import-notice').textContent()).toBe(vi.t('import.notice.mappingSaved'));

    // Back to a payroll, then the same layout opened again: its saved columns say it is refunds.
    await choice.getByRole('radio', { name: vi.t('operation.payout') }).check();
    await expect.poll(transactionColumn).toBe('none');
    await page.getByTestId('file-input').setInputFiles(refundSheet);
    await expect.poll(() => page.getByTestId('import-notice').textContent()).toContain(vi.t('import.notice.savedMapping', { date: vi.date(new Date()) }));
    await expect.poll(transactionColumn).toBe('Mã giao dịch');
    expect(await choice.getByRole('radio', { name: vi.t('operation.refund') }).isChecked()).toBe(true);
    const violations: Record<string, string[]> = { map: await seriousViolations(page) };
    await page.getByTestId('continue-review').click();
    await expect.poll(() => page.getByTestId('review-summary').textContent({ timeout: 1000 }).catch(() => '')).toMatch(/^5 dòng/);

    await page.locator('[data-row="5"]').click();
    violations['review'] = await seriousViolations(page);
    await page.getByTestId('row-panel').getByRole('button', { name: vi.t('app.row.exclude') }).click();
    await page.getByRole('button', { name: vi.t('app.bulk.acknowledge', { problem: vi.t('problem.refund_repeated'), count: vi.number(2) }) }).click();
    await page.getByTestId('bulk-preview').getByRole('button', { name: vi.t('app.bulk.apply', { count: 2 }) }).click();
    const money = (minor: number) => vi.money(minor, 'VND');
    await expect.poll(() => page.getByTestId('approve-facts').textContent()).toContain(`${vi.t('refund.approve.count')}4${vi.t('refund.approve.total')}${money(2_100_000)}`);
    await page.getByLabel(vi.t('refund.approve.typeTotal')).fill('2.100.000');
    await page.getByRole('button', { name: vi.t('app.approve.button') }).click();
    await expect.poll(() => page.getByTestId('approved').textContent()).toContain(vi.t('refund.approve.approvedNow', { count: 4, total: money(2_100_000), first: 'X' }).split('X')[0] ?? '');
    violations['send'] = await seriousViolations(page);
    expect(violations).toEqual({ map: [], review: [], send: [] });
  });
  it('opens an approved refund batch on the Send screen with each refund’s transaction and refund ids', async () => {
    const { page, errors } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('file-input').setInputFiles(refundSheet);
    await page.getByLabel('Pay with').selectOption('hitechpay');
    await page.getByTestId('operation-choice').getByRole('radio', { name: tr.t('operation.refund') }).check();
    await expect.poll(() => columnFor(page, 'transactionId').inputValue().catch(() => '')).toBe('Mã giao dịch');
    await page.getByTestId('continue-review').click();
    await expect.poll(() => summary(page)).toBe(summaryOf(5, 2, 1, 2, 0, 2_400_000));
    for (const name of [tr.t('app.bulk.excludeErrors', { count: tr.number(1) }), tr.t('app.bulk.acknowledge', { problem: tr.t('problem.refund_repeated'), count: tr.number(2) })]) {
      await page.getByRole('button', { name }).click();
      await page.getByTestId('bulk-preview').getByRole('button', { name: /^Apply to/ }).click();
      await expect.poll(() => page.getByTestId('bulk-preview').count()).toBe(0);
    }
    await page.getByLabel(tr.t('refund.approve.typeTotal')).fill('2.100.000');
    await page.getByRole('button', { name: tr.t('app.approve.button') }).click();

    // Approval goes on to the Send screen, which says these are refunds.
    await expect.poll(() => page.locator('#send-title').textContent()).toBe(tr.t('app.send.refunds.title'));
    expect(await page.getByTestId('send-facts').textContent()).toContain(tr.t('refund.providerOperation', { provider: 'HiTechPAY', operation: tr.t('operation.refund') }));
    const headers = await page.locator('[data-testid=sent-rows] thead th').allTextContents();
    expect(headers).toEqual([tr.t('app.grid.row'), tr.t('field.transactionId'), tr.t('field.amount'), tr.t('app.batches.status'), tr.t('app.send.rows.refundId'), tr.t('app.send.rows.providerRefundId', { provider: 'HiTechPAY' }), tr.t('app.send.rows.details')]);
    await expect.poll(() => page.locator('[data-testid=sent-rows] tbody tr').count()).toBe(4);
    const [first] = await tableCells(page, 'sent-rows');
    // The m_refund_id fixed at approval (yymmdd_ then the row's own part); HiTechPAY's refund_id comes once it answers.
    expect(first).toEqual(['2', repeated, vnd(250_000), tr.t('sendStatus.row', { status: 'ready' }), expect.stringMatching(/^\d{6}_[0-9A-Z]{6}00001$/), '—', '']);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
