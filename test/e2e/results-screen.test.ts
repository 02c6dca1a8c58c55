import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator.js';
import { useTempDir } from '../support/temp-dir.js';
import { seriousViolations } from './accessibility.js';
import { useAppPage } from './app-page.js';
import { approve, callApi, continueToReview, keepEveryFinding } from './send-flow.js';

const openApp = useAppPage();
const tempDir = useTempDir();
// What the window says, from the same catalogue: the test follows the words, not a copy of them.
const tr = translator('en');
const vnd = (minor: number) => tr.money(minor, 'VND');
const practice = tr.t('app.send.env.practice');
const file = 'luong-appotapay.csv';
const screenshots = process.env['PAYBATCH_SCREENSHOTS'];

/** AppotaPay's simulator knows no account 404404404 (electron/simulator/reserved-values.ts): errorCode 200. */
const missingAccount = '404404404';
const payees = [
  ['NGUYEN VAN AN', '0011001234567', 'Vietcombank', 1_500_000],
  ['TRAN THI BINH', '19033344455566', 'Techcombank', 2_750_000],
  ['LE HOANG CUONG', missingAccount, 'BIDV', 3_000_000],
  ['PHAM THI DUNG', '0451000123456', 'BIDV', 1_200_000],
  ['HOANG VAN EM', '0021000456789', 'Vietcombank', 2_000_000],
] as const;
const total = payees.reduce((sum, [, , , amount]) => sum + amount, 0);
const refused = 3_000_000;
/** The sheet row of the refused payee, as Excel numbers it (a header row first). */
const refusedRow = 4;

function writeSheet(): string {
  const lines = ['Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung', ...payees.map(([name, account, bank, amount]) => `${name},${account},${bank},"${amount.toLocaleString('de-DE')}",Luong thang 11`)];
  const path = join(tempDir(), file);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const nav = (page: Page, id: 'batches' | 'send' | 'results') => page.getByRole('navigation').getByRole('button', { name: tr.t(`app.nav.${id}`), exact: true }).click();
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const resultRows = (page: Page) => page.locator('[data-testid=result-rows] tbody tr[data-status]');
const statuses = (page: Page) => resultRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status') ?? ''));

/** The totals table as bucket → [rows, amount], read from the page. */
function totals(page: Page): Promise<Record<string, [string, string]>> {
  return page.locator('[data-testid=results-totals] tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-bucket') ?? '', [row.querySelector('[data-field=rows]')?.textContent ?? '', row.querySelector('[data-field=amount]')?.textContent ?? '']])),
  );
}

describe('the Results screen', () => {
  it('follows a batch live from approved to its end: statuses, totals, plain-words errors, a filter; reached from Send and from Batches', { timeout: 120_000 }, async () => {
    const { page, errors } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('file-input').setInputFiles(writeSheet());
    await page.getByTestId('provider-select').selectOption('appotapay');
    await continueToReview(page);
    await approve(page, tr, total);
    // AppotaPay's name inquiry knows no such account: kept, so the transfer itself is refused.
    expect(await keepEveryFinding(page)).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: tr.t('app.send.start', { environment: practice }) }).isEnabled()).toBe(true);

    // Results before anything is sent: every row waiting, the whole total pending, in VND.
    await nav(page, 'results');
    await expect.poll(() => heading(page)).toBe(tr.t('app.nav.results'));
    await expect.poll(() => page.getByTestId('results-state').textContent()).toBe(tr.t('results.notSent', { status: 'approved' }));
    expect(await page.getByTestId('results-totals').getByRole('heading').textContent()).toBe(tr.t('results.totals.title', { currency: 'VND' }));
    await expect.poll(() => totals(page)).toEqual({ paid: ['0', vnd(0)], failed: ['0', vnd(0)], pending: ['5', vnd(total)], cancelled: ['0', vnd(0)] });
    expect(await statuses(page)).toEqual(['ready', 'ready', 'ready', 'ready', 'ready']);

    // Sent from elsewhere (the contract, as the Send screen would): this screen follows without being reloaded.
    const [batch] = (await callApi(page, 'batch.list', {})) as Array<{ batchId: string }>;
    await callApi(page, 'send.start', { batchId: batch?.batchId, environment: 'practice' });
    await expect.poll(() => totals(page), { timeout: 60_000 }).toEqual({ paid: ['4', vnd(total - refused)], failed: ['1', vnd(refused)], pending: ['0', vnd(0)], cancelled: ['0', vnd(0)] });
    await expect.poll(() => statuses(page)).toEqual(['succeeded', 'succeeded', 'rejected', 'succeeded', 'succeeded']);
    await expect.poll(() => page.getByTestId('results-state').textContent()).toMatch(/^The batch has finished on /);
    expect(await page.getByTestId('results-facts').textContent()).toBe(tr.t('results.facts', { file, provider: 'AppotaPay', environment: practice, rows: 5, total: vnd(total) }));

    // The refused row says what happened and what to do, AppotaPay's own words quoted beside.
    const refusedLine = page.locator(`[data-testid=result-rows] tr[data-row="${refusedRow}"]`);
    expect(await refusedLine.getAttribute('data-status')).toBe('rejected');
    expect(await refusedLine.getByTestId('row-error').textContent()).toBe(tr.t('answer.appotapay.200'));
    expect(await refusedLine.getByTestId('row-error-quoted').textContent()).toBe(tr.t('results.error.providerSaid', { provider: 'AppotaPay', words: 'Thông tin tên/số tài khoản/số thẻ không đúng', code: '200' }));
    expect(await refusedLine.locator('[data-field=paid]').textContent()).toBe('—');
    expect(await refusedLine.locator('[data-field=sentAt]').textContent()).not.toBe('—');
    // A paid row: AppotaPay's reference, the money paid, sent and settled times, no error.
    const paidLine = page.locator('[data-testid=result-rows] tr[data-row="2"]');
    expect(await paidLine.locator('[data-field=providerRef]').textContent()).toMatch(/^AP\S+$/);
    expect(await paidLine.locator('[data-field=paid]').textContent()).toBe(vnd(1_500_000));
    expect(await paidLine.locator('[data-field=settledAt]').textContent()).not.toBe('—');
    expect(await paidLine.locator('[data-field=error]').textContent()).toBe('');

    // Filtered by status, and back.
    await page.getByTestId('results-filter').selectOption('rejected');
    await expect.poll(() => statuses(page)).toEqual(['rejected']);
    await page.getByTestId('results-filter').selectOption('succeeded');
    await expect.poll(() => statuses(page)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    await page.getByTestId('results-filter').selectOption('all');
    await expect.poll(() => statuses(page)).toHaveLength(5);

    // At an office laptop's size every column is there: the rows scroll sideways, the window does not.
    const lastColumn = page.locator('[data-testid=result-rows] thead th').last();
    await lastColumn.scrollIntoViewIfNeeded();
    expect(await lastColumn.isVisible()).toBe(true);
    expect(await lastColumn.textContent()).toBe(tr.t('results.col.error'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    if (screenshots) await page.screenshot({ path: `${screenshots}/results-finished.png`, fullPage: true });

    // The report: the button asks the engine and says what came of it; a file is offered as a download.
    const download = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByTestId('export-csv').click();
    const fileName = (await download).suggestedFilename();
    expect(fileName).toMatch(/\.csv$/);
    await expect.poll(() => page.getByTestId('results-notice').textContent()).toBe(tr.t('results.saved', { file: fileName }));
    expect(await page.getByTestId('results-problem').count()).toBe(0);

    // From the Send screen, its link; from Batches, a finished batch opens here.
    await nav(page, 'send');
    await page.getByTestId('to-results').click();
    await expect.poll(() => heading(page)).toBe(tr.t('app.nav.results'));
    await nav(page, 'batches');
    await page.getByRole('button', { name: tr.t('app.batches.openLabel', { file, status: tr.t('batchStatus.finished') }) }).click();
    await expect.poll(() => heading(page)).toBe(tr.t('app.nav.results'));
    await expect.poll(() => statuses(page)).toEqual(['succeeded', 'succeeded', 'rejected', 'succeeded', 'succeeded']);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('shows a refund batch by its refunds: transaction, refund ids, refund fee, what was refunded, and HiTechPAY’s refusal in plain words', { timeout: 120_000 }, async () => {
    const { page, errors } = await openApp();
    await page.setViewportSize({ width: 1366, height: 768 });
    // 231121000404 has no payment behind it in the simulator: HiTechPAY refuses its refund (2/-401).
    const refunds = ['STT,Mã giao dịch,Số tiền hoàn,Phí hoàn tiền,Lý do hoàn tiền,Mã đơn hàng', '1,261121000022001,250.000,,Hoan tien don 2001,DH2001', '2,231121000404,300.000,,Hoan tien don 2002,DH2002', '3,261121000022003,500.000,5.000,Khach huy don 2003,DH2003'];
    const path = join(tempDir(), 'hoan-tien.csv');
    writeFileSync(path, `${refunds.join('\n')}\n`);
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByTestId('provider-select').selectOption('hitechpay');
    await page.getByTestId('operation-choice').getByRole('radio', { name: tr.t('operation.refund') }).check();
    await continueToReview(page);
    await page.getByLabel(tr.t('refund.approve.typeTotal')).fill('1.050.000');
    await page.getByRole('button', { name: tr.t('app.approve.button') }).click();
    await expect.poll(() => heading(page)).toBe(tr.t('app.send.refunds.title'));
    expect(await keepEveryFinding(page)).toBe(0);
    const start = page.getByRole('button', { name: tr.t('app.send.start', { environment: practice }) });
    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.click();
    await expect.poll(() => page.getByTestId('send-status').textContent(), { timeout: 60_000 }).toBe(tr.t('app.send.status', { status: 'finished', environment: practice, running: 'no' }));

    await page.getByTestId('to-results').click();
    await expect.poll(() => heading(page)).toBe(tr.t('results.refunds.title'));
    await expect.poll(() => statuses(page)).toEqual(['succeeded', 'rejected', 'succeeded']);
    const headers = await page.locator('[data-testid=result-rows] thead th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining([tr.t('field.transactionId'), tr.t('app.send.rows.refundId'), tr.t('app.send.rows.providerRefundId', { provider: 'HiTechPAY' }), tr.t('field.refundFee'), tr.t('results.col.paid', { operation: 'refund' })]));
    expect(await totals(page)).toEqual({ paid: ['2', vnd(750_000)], failed: ['1', vnd(300_000)], pending: ['0', vnd(0)], cancelled: ['0', vnd(0)] });
    expect(await page.locator('[data-testid=results-totals] tr[data-bucket=paid] th').textContent()).toBe(tr.t('results.totals.paid', { operation: 'refund' }));

    const line = (row: number) => page.locator(`[data-testid=result-rows] tr[data-row="${row}"]`);
    // Refunded: the payment it refunds, its m_refund_id (yymmdd_appid_xxx), HiTechPAY's refund_id, the fee kept back.
    expect(await line(4).locator('[data-field=transactionId]').textContent()).toBe('261121000022003');
    expect(await line(4).locator('[data-field=orderId]').textContent()).toMatch(/^\d{6}_\w+$/);
    expect(await line(4).locator('[data-field=providerRef]').textContent()).toMatch(/^\d+$/);
    expect(await line(4).locator('[data-field=fee]').textContent()).toBe(vnd(5_000));
    expect(await line(4).locator('[data-field=paid]').textContent()).toBe(vnd(500_000));
    // Refused: what it means and what to do, HiTechPAY's own words beside.
    expect(await line(3).getByTestId('row-error').textContent()).toBe(tr.t('answer.hitechpay.-401'));
    expect(await line(3).getByTestId('row-error-quoted').textContent()).toMatch(/^HiTechPAY said: “HiTechPAY 2\/-401: .+” \(code -401\)$/);
    expect(await seriousViolations(page)).toEqual([]);
    if (screenshots) await page.screenshot({ path: `${screenshots}/results-refunds.png` });
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
