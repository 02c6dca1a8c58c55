import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Translator } from '../../shared/i18n/translator.js';
import type { RowStatus } from '../../shared/events.js';
import type { Currency } from '../../shared/import/model.js';

/** Statuses a row never leaves; needs_review waits for a person, which Practice never needs. */
export const finalStatuses: readonly RowStatus[] = ['succeeded', 'failed', 'rejected', 'cancelled'];

/** Phones the simulators treat apart (electron/simulator/README.md, "Reserved values"). */
export const reservedPhones = {
  /** HiTechPAY knows no such wallet: the name check finds nothing. */
  noWallet: '0900000404',
  /** The wallet's holder is named otherwise (TEN KHAC HAN): the name check finds a mismatch. */
  otherName: '0900000409',
  /** HiTechPAY holds top-ups to it for manual handling (status 4): the row ends needing review. */
  heldForReview: '0900000444',
} as const;

/**
 * A clean HiTechPAY payroll of `count` wallets (one phone and one amount each, no problem for
 * Review), written like the sample: a header row and numbered rows. Total in đồng. `phones`
 * gives some rows (by index) one of the simulators' reserved phones.
 */
export function writeWalletPayroll(dir: string, name: string, count: number, phones: Readonly<Record<number, string>> = {}): { path: string; total: number } {
  const given = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nga', 'Phúc', 'Quang', 'Sơn', 'Thảo', 'Uyên', 'Vy'];
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
  const middle = ['Văn', 'Thị', 'Minh', 'Quốc', 'Thu', 'Hữu', 'Ngọc'];
  const lines = ['STT,Họ và tên,Số điện thoại (ví),Số tiền (VNĐ),Nội dung'];
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    const amount = 1_000_000 + i * 1_000;
    total += amount;
    const who = `${family[i % family.length]} ${middle[Math.floor(i / family.length) % middle.length]} ${given[Math.floor(i / (family.length * middle.length)) % given.length]}`;
    const phone = phones[i] ?? `0912${String(100_000 + i).padStart(6, '0')}`;
    lines.push(`${i + 1},${who},${phone},"${amount.toLocaleString('de-DE')}",Lương tháng 11/2026`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, total };
}

/**
 * A clean HaiPay payroll of `count` bank accounts in baht (HaiPay asks no names before
 * sending, so the checks are quick however many rows), under the sample's Thai headers.
 * Total in satang.
 */
export function writeBankPayroll(dir: string, name: string, count: number): { path: string; total: number } {
  const first = ['Somchai', 'Siriporn', 'Anan', 'Kanya', 'Prasert', 'Wanida', 'Niran', 'Malee', 'Chaiya', 'Ratana'];
  const last = ['Jaidee', 'Thongdee', 'Srisuk', 'Wongsa', 'Boonmee', 'Chaiyo', 'Kaewmanee', 'Rattanakul'];
  const banks = ['KBank', 'SCB', 'Krungthai', 'Bangkok Bank', 'ttb', 'Krungsri'];
  const lines = ['ลำดับ,รหัสพนักงาน,ชื่อ-นามสกุล,ธนาคาร,เลขที่บัญชี,จำนวนเงิน (บาท),เบอร์โทรศัพท์,อีเมล'];
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    const satang = 150_000 + i * 150;
    total += satang;
    const who = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}`;
    const amount = `${Math.floor(satang / 100).toLocaleString('en-US')}.${String(satang % 100).padStart(2, '0')}`;
    lines.push(`${i + 1},SF-${String(i + 1).padStart(4, '0')},${who},${banks[i % banks.length]},${String(4_000_000_000 + i * 7)},"${amount}",08${String(10_000_000 + i).padStart(8, '0')},staff${i + 1}@siamfood.example`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, total };
}

/**
 * One contract call from inside the page, over the browser host's HTTP bridge with the tab's
 * own key: how a test sets what the screens do not (here, how fast Practice sends).
 */
export async function callApi(page: Page, method: string, input: unknown): Promise<unknown> {
  const answer = await page.evaluate(
    async ([name, body]) => {
      const token = sessionStorage.getItem('paybatch.token') ?? '';
      const response = await fetch(`/api/${name}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [method, input] as const,
  );
  if (!answer.ok) throw new Error(`${method} refused: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

/** The Map step's Continue, waited for with the reason it is held back (rather than a bare timeout). */
export async function continueToReview(page: Page): Promise<void> {
  const proceed = page.getByTestId('continue-review');
  await expect.poll(async () => ((await proceed.isEnabled().catch(() => false)) ? 'enabled' : await page.getByTestId('continue-why').textContent().catch(() => 'not yet'))).toBe('enabled');
  await proceed.click();
}

/** Types the batch's total as the page's language writes it and approves: the window goes on to Send. */
export async function approve(page: Page, tr: Translator, total: number, currency: Currency = 'VND'): Promise<void> {
  await page.getByLabel(tr.t('app.approve.typeTotal')).fill(tr.moneyNumber(total, currency));
  await page.getByRole('button', { name: tr.t('app.approve.button') }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(tr.t('app.nav.send'));
}

/**
 * Waits for the checks before sending and keeps every payee the provider names differently or
 * does not know (there are none unless a reserved value is paid); returns how many it kept.
 */
export async function keepEveryFinding(page: Page): Promise<number> {
  const presend = page.getByTestId('presend');
  await expect.poll(() => presend.getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
  await expect.poll(() => page.getByTestId('presend-balance').count()).toBe(1);
  const findings = await page.locator('[data-testid=findings] tbody tr').count();
  if (findings > 0) {
    await page.getByTestId('keep-all').click();
    await expect.poll(() => page.getByTestId('presend-undecided').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid=findings] tbody tr.undecided').count()).toBe(0);
  }
  return findings;
}

/** The status counts table as [status, rows] pairs, read from the page. */
export function statusCounts(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-testid=status-counts] tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((row) => [row.getAttribute('data-status') ?? '', Number((row.querySelector('td')?.textContent ?? '').replace(/\D/g, ''))])),
  );
}

/** Each row on the page's list with its status, as the table shows it. */
export function listedStatuses(page: Page): Promise<string[]> {
  return page.locator('[data-testid=sent-rows] tbody tr[data-status]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status') ?? ''));
}
