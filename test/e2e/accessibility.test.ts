import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator.js';
import type { Language } from '../../shared/i18n/languages.js';
import { useTempDir } from '../support/temp-dir.js';
import { seriousViolations } from './accessibility.js';
import { openAppIn, useAppPage } from './app-page.js';

const openApp = useAppPage();
const tempDir = useTempDir();

const sheet = [
  'Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung',
  'Nguyễn Văn An,0011001234567,Vietcombank,"1.500.000",Luong thang 10',
  'TRAN THI BINH,19033344455566,Techcombank,"2.750.000",Luong thang 10',
  'LE HOANG CUONG,0451000123456,BIDV,"3.000.000",Luong thang 10',
  'LE HOANG CUONG,0451000123456,BIDV,"3.000.000",Luong thang 10',
].join('\n');

function write(name: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, `${sheet}\n`);
  return path;
}

const openIn = (language: Language): Promise<Page> => openAppIn(openApp, language);

describe('Review with the keyboard only, and every screen for a screen reader', () => {
  it('finds each problem, fixes, acknowledges and approves without the mouse; no serious axe violations on any screen', async () => {
    const page = await openIn('en');
    const tr = translator('en');
    const nav = (id: 'batches' | 'import' | 'review' | 'send' | 'results' | 'settings') => page.getByRole('navigation').getByRole('button', { name: tr.t(`app.nav.${id}`), exact: true });
    const violations: Record<string, string[]> = {};
    violations['import'] = await seriousViolations(page);

    await page.getByTestId('file-input').setInputFiles(write('luong.csv'));
    await page.getByLabel('Pay with').selectOption('appotapay');
    violations['map'] = await seriousViolations(page);
    const proceed = page.getByRole('button', { name: /^Continue to review/ });
    await expect.poll(() => proceed.isEnabled()).toBe(true);
    await proceed.focus();
    await page.keyboard.press('Enter');
    const grid = page.getByRole('grid', { name: tr.t('app.grid.label') });
    await expect.poll(() => page.getByTestId('review-summary').textContent()).toContain('4 rows');
    violations['review'] = await seriousViolations(page);

    // F8: the next problem after the first row (row 4, a duplicate); Space opens it; Acknowledge by keyboard.
    await grid.focus();
    const activeRow = () => grid.getAttribute('aria-activedescendant');
    for (const [row, cell] of [[4, 'cell-2-0'], [5, 'cell-3-0']] as const) {
      await page.keyboard.press('F8');
      await expect.poll(activeRow).toBe(cell);
      await page.keyboard.press(' ');
      const duplicate = page.getByRole('complementary', { name: tr.t('app.row.title', { row }) });
      await duplicate.getByRole('button', { name: tr.t('app.row.acknowledge') }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => duplicate.getByRole('button', { name: tr.t('app.row.acknowledge') }).count()).toBe(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => grid.evaluate((element) => element === document.activeElement)).toBe(true);
    }
    // Shift+F8: back to the one problem left, row 2's accented name; its fix by keyboard.
    await page.keyboard.press('Shift+F8');
    await expect.poll(activeRow).toBe('cell-0-0');
    await page.keyboard.press(' ');
    const panel = page.getByRole('complementary', { name: tr.t('app.row.title', { row: 2 }) });
    await panel.getByRole('button', { name: /^Remove accents and write in capitals/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-row="2"] [data-field=name]').textContent()).toBe('NGUYEN VAN AN');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('review-summary').textContent()).toContain('4 valid');

    // Enter on a cell edits it; Enter again saves it, the grid keeps the focus.
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1.600.000');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('review-summary').textContent()).toContain(tr.money(10_350_000, 'VND'));

    // A click puts the keyboard on the cell clicked: Enter then edits that cell (it edited the name before).
    await page.locator('[data-row="3"] [data-field=amount]').click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: tr.t('app.grid.cellInput', { field: tr.t('field.amount'), row: 3 }) }).count()).toBe(1);
    await page.keyboard.press('Escape');

    // The total typed, Approve reached by Tab.
    const typed = page.getByLabel(tr.t('app.approve.typeTotal'));
    await typed.focus();
    await page.keyboard.type('10.350.000');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('approved').textContent()).toContain('Approved: 4 payments');
    violations['approved'] = await seriousViolations(page);

    for (const id of ['batches', 'send', 'results', 'settings'] as const) {
      await nav(id).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
      violations[id] = await seriousViolations(page);
    }
    expect(violations).toEqual({ import: [], map: [], review: [], approved: [], batches: [], send: [], results: [], settings: [] });
  });

  it.each(['vi', 'th'] as const)('runs the main flow in %s: import, review, approve, the Batches screen', async (language) => {
    const page = await openIn(language);
    const tr = translator(language);
    await page.getByTestId('file-input').setInputFiles(write(`luong-${language}.csv`));
    await page.getByTestId('provider-select').selectOption('appotapay');
    await page.getByTestId('continue-review').click();
    await expect.poll(() => page.getByTestId('review-summary').textContent()).toBe(
      tr.t('app.review.summary', { rows: 4, valid: tr.number(1), errors: tr.number(1), warnings: tr.number(2), excluded: tr.number(0), total: tr.money(10_250_000, 'VND') }),
    );
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(tr.t('app.review.title'));
    await page.getByRole('button', { name: new RegExp(`^${tr.t('app.bulk.excludeErrors', { count: tr.number(1) }).replace(/[()…]/g, '.')}`) }).click();
    await page.getByRole('button', { name: tr.t('app.bulk.apply', { count: 1 }) }).click();
    await page.getByRole('button', { name: new RegExp(`^${tr.t('app.bulk.acknowledge', { problem: '.*', count: tr.number(2) }).replace(/[()…“”]/g, '.')}`) }).click();
    await page.getByRole('button', { name: tr.t('app.bulk.apply', { count: 2 }) }).click();
    await expect.poll(() => page.getByTestId('review-summary').textContent()).toContain(tr.money(8_750_000, 'VND'));
    await page.getByLabel(tr.t('app.approve.typeTotal')).fill(tr.moneyNumber(8_750_000, 'VND'));
    await page.getByRole('button', { name: tr.t('app.approve.button') }).click();
    await expect.poll(() => page.getByTestId('approved').textContent()).toContain(tr.money(8_750_000, 'VND'));
    await page.getByRole('navigation').getByRole('button', { name: tr.t('app.nav.batches'), exact: true }).click();
    await expect.poll(() => page.getByRole('table').textContent()).toContain(tr.t('batchStatus.approved'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
  });
});
