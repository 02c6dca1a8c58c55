import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/i18n/languages.js';
import { translator } from '../../shared/i18n/translator.js';
import { useTempDir } from '../support/temp-dir.js';
import { seriousViolations } from './accessibility.js';
import { openAppIn, useAppPage } from './app-page.js';
import { approve, continueToReview, reservedPhones, statusCounts, writeBankPayroll, writeWalletPayroll } from './send-flow.js';

const openApp = useAppPage();
const tempDir = useTempDir();

const openIn = (language: Language): Promise<Page> => openAppIn(openApp, language);

/** Whether the screen fits the window's width (nothing to scroll sideways to). */
const fitsWidth = (page: Page) => page.locator('main.content').evaluate((main) => main.scrollWidth <= main.clientWidth);

/**
 * The Send screen for a screen reader and the keyboard, in Vietnamese (HiTechPAY, with the
 * simulator's reserved wallets: a name that differs, a wallet that does not exist, a top-up
 * held for review) and Thai (HaiPay: bank accounts, no names asked): before sending, with the
 * checks' findings, and once every row has ended. No serious axe violation, every word in the reader's language, 1366×768.
 */
describe('the Send screen in Vietnamese and Thai', () => {
  it.each([
    ['vi', 'hitechpay', 'VND'],
    ['th', 'haipay', 'THB'],
  ] as const)('in %s (%s): the checks, the decisions by keyboard, Start, the end; no serious axe violations', async (language, provider, currency) => {
    const page = await openIn(language);
    const tr = translator(language);
    const rows = 5;
    // In Vietnamese, three of the wallets are the simulator's reserved ones: one named otherwise,
    // one unknown (both found by the checks before sending), one held for a person to look at.
    const { path, total } =
      provider === 'hitechpay'
        ? writeWalletPayroll(tempDir(), `luong-${language}.csv`, rows, { 1: reservedPhones.otherName, 2: reservedPhones.noWallet, 4: reservedPhones.heldForReview })
        : writeBankPayroll(tempDir(), `luong-${language}.csv`, rows);
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByTestId('provider-select').selectOption(provider);
    await continueToReview(page);
    await approve(page, tr, total, currency);
    const presend = page.getByTestId('presend');
    await expect.poll(() => presend.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    expect(await page.getByRole('radio', { name: tr.t('app.send.env.practice') }).isChecked()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(tr.t('app.nav.send'));
    const start = page.getByRole('button', { name: tr.t('app.send.start', { environment: tr.t('app.send.env.practice') }) });
    const violations: Record<string, string[]> = { before: await seriousViolations(page) };
    expect(await fitsWidth(page)).toBe(true);

    const findings = page.locator('[data-testid=findings] tbody tr');
    if (provider === 'hitechpay') {
      // Sheet rows 3 (named otherwise) and 4 (no such wallet): Start waits for a decision on each.
      await expect.poll(() => findings.evaluateAll((found) => found.map((row) => row.getAttribute('data-seq')))).toEqual(['2', '3']);
      expect(await findings.nth(0).textContent()).toContain(tr.t('app.send.finding.mismatch'));
      expect(await findings.nth(1).textContent()).toContain(tr.t('app.send.finding.notFound'));
      expect(await start.isDisabled()).toBe(true);
      expect(await page.getByTestId('start-why').textContent()).toBe(tr.t('app.send.why.undecided', { count: 2 }));
      // The unknown wallet excluded by keyboard: its row's radio group, Space on "exclude".
      const unknown = page.getByRole('radiogroup', { name: tr.t('app.send.finding.decisionFor', { row: 4 }) });
      await unknown.getByRole('radio', { name: tr.t('app.send.finding.exclude') }).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => page.getByTestId('presend-undecided').textContent()).toBe(tr.t('app.send.finding.undecided', { count: 1 }));
      // The one left kept at once; the excluded row stays excluded (it is cancelled, never sent).
      await page.getByRole('button', { name: tr.t('app.send.finding.keepAll', { count: 1 }) }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('presend-undecided').count()).toBe(0);
      violations['decided'] = await seriousViolations(page);
    } else {
      expect(await findings.count()).toBe(0);
      expect(await page.getByTestId('presend-names').textContent()).toBe(tr.t('app.send.names.notOffered', { provider: 'HaiPay' }));
    }

    await expect.poll(() => start.isEnabled()).toBe(true);
    await start.focus();
    await page.keyboard.press('Enter');
    const [excluded, held] = provider === 'hitechpay' ? [1, 1] : [0, 0];
    // A row held for review keeps the batch from reading as plainly finished.
    const environment = tr.t('app.send.env.practice');
    const ended = held ? tr.t('app.send.statusReview', { status: 'finished', environment, count: held }) : tr.t('app.send.status', { status: 'finished', environment, running: 'no' });
    await expect.poll(() => page.getByTestId('send-status').textContent(), { timeout: 60_000 }).toBe(ended);
    expect(await statusCounts(page)).toEqual({ ready: 0, succeeded: rows - excluded - held, ...(held ? { needs_review: held } : {}), ...(excluded ? { cancelled: excluded } : {}) });
    if (held) {
      // The row a person must look at says so, with the reason, in the list filtered to it.
      await page.getByTestId('status-filter').selectOption('needs_review');
      await expect.poll(() => page.locator('[data-testid=sent-rows] tbody tr[data-status]').count()).toBe(1);
      const row = page.locator('[data-testid=sent-rows] tbody tr[data-status=needs_review]');
      expect(await row.getAttribute('data-row')).toBe(String(rows + 1));
      // Why, in the reader's words: HiTechPAY's status 4 as Paybatch says it (sendReason.hitechpay_held),
      // with not a word of the English the journal keeps; read again after the row's event.
      await expect.poll(() => row.locator('td.details').textContent()).toBe(tr.t('app.send.rows.review', { reason: tr.t('sendReason.hitechpay_held') }));
      const details = (await row.locator('td.details').textContent()) ?? '';
      for (const english of ['holds this top-up', 'manual handling', 'do not resend', 'ask HiTechPAY', 'Check this payment']) expect(details).not.toContain(english);
      expect(await page.getByTestId('send-ended').textContent()).toBe(
        tr.t('app.send.ended', { status: 'finished', succeeded: tr.number(rows - 2), notPaid: tr.number(excluded), review: held, paid: tr.money(total - 1_002_000 - 1_004_000, currency) }),
      );
    }
    // Every status in the reader's words, in the counts and in the list.
    expect(await page.locator('[data-testid=status-counts] tbody tr[data-status=succeeded] th').textContent()).toBe(tr.t('sendStatus.row', { status: 'succeeded' }));
    await page.getByTestId('status-filter').selectOption('succeeded');
    await expect.poll(() => page.locator('[data-testid=sent-rows] tbody tr[data-status]').count()).toBe(rows - excluded - held);
    expect(new Set(await page.locator('[data-testid=sent-rows] td.row-status').allTextContents())).toEqual(new Set([tr.t('sendStatus.row', { status: 'succeeded' })]));
    violations['ended'] = await seriousViolations(page);
    expect(await fitsWidth(page)).toBe(true);
    expect(violations).toEqual(provider === 'hitechpay' ? { before: [], decided: [], ended: [] } : { before: [], ended: [] });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
  });
});
