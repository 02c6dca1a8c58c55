import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { unzlibSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Currency } from '../../shared/import/model.js';
import type { Language } from '../../shared/i18n/languages.js';
import { translator, type Translator } from '../../shared/i18n/translator.js';
import type { ProviderId } from '../../shared/providers/provider-ids.js';
import { useTempDir } from '../support/temp-dir.js';
import { seriousViolations } from './accessibility.js';
import { openAppIn, useAppPage } from './app-page.js';
import { approve, callApi, continueToReview, keepEveryFinding, writeBankPayroll, writeWalletPayroll } from './send-flow.js';

const openApp = useAppPage();
const tempDir = useTempDir();
const screenshots = process.env['PAYBATCH_SCREENSHOTS'];

/**
 * The printable batch statement (issue #15 item 3), from a batch sent in Practice to the PDF:
 * opened with the Results screen's statement button, printed with Chromium's own printing
 * (page.pdf, print media, as window.print saves a PDF), then the PDF read back twice: as text
 * (pdftotext: the company, the signature titles and the total in words, in Vietnamese and in
 * Thai) and as an image (pdftoppm: ink where the table's rules and the signature lines are,
 * blank space above each line to sign in).
 */
describe('the printable batch statement', () => {
  beforeAll(() => ensurePoppler());

  it('prints a Vietnamese payroll’s statement: company, period, payees, total in words, Người lập / Kế toán trưởng / Giám đốc', { timeout: 240_000 }, async () => {
    const tr = translator('vi');
    const page = await openAppIn(openApp, 'vi');
    const payroll = writeWalletPayroll(tempDir(), 'luong-thang-11.csv', 3);
    const batchId = await sendInPractice(page, tr, payroll.path, 'hitechpay', payroll.total, 'VND');
    await openStatement(page, tr, batchId);
    // Nothing typed yet: the period is the month the batch was approved in.
    const approved = await approvalMonth(page, batchId);
    expect(await page.getByLabel(tr.t('statement.period')).inputValue()).toBe(`Tháng ${approved.month}/${approved.year}`);
    await page.getByLabel(tr.t('statement.company')).fill('Công ty TNHH Thương mại Sông Hồng');
    expect(await seriousViolations(page)).toEqual([]);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'statement-dialog.png') });

    const pdf = await printStatement(page, 'vi');
    const text = pdf.text;
    for (const words of ['Công ty TNHH Thương mại Sông Hồng', 'Bảng kê chi trả', 'Người lập', 'Kế toán trưởng', 'Giám đốc', '(Ký, ghi rõ họ tên)', 'Ba triệu không trăm linh ba nghìn đồng', 'Nguyễn Văn An', 'Thành công', 'Luyện tập', 'Tổng cộng']) {
      expect(text, words).toContain(words);
    }
    expect(text).toContain('3.003.000');
    expect(text).toContain(batchId);
    expect(text).toContain(`Kỳ: Tháng ${approved.month}/${approved.year}`);

    // Closed, the address no longer opens it; opened again, the company is remembered.
    await page.getByRole('button', { name: tr.t('statement.close') }).click();
    await expect.poll(() => page.getByTestId('statement-dialog').count()).toBe(0);
    expect(await page.evaluate(() => window.location.hash)).not.toContain('statement=');
    await openStatement(page, tr, batchId);
    expect(await page.getByLabel(tr.t('statement.company')).inputValue()).toBe('Công ty TNHH Thương mại Sông Hồng');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('statement-dialog').count()).toBe(0);
    // Focus goes back to the button the statement was opened from.
    expect(await page.getByRole('button', { name: tr.t('statement.open') }).evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('prints a Thai payroll’s statement in baht text: ผู้จัดทำ / ผู้ตรวจสอบ / ผู้อนุมัติ, with a Thai face embedded', { timeout: 240_000 }, async () => {
    const tr = translator('th');
    const page = await openAppIn(openApp, 'th');
    const payroll = writeBankPayroll(tempDir(), 'เงินเดือน-พฤศจิกายน.csv', 3);
    const batchId = await sendInPractice(page, tr, payroll.path, 'haipay', payroll.total, 'THB');
    await openStatement(page, tr, batchId);
    // Thai documents date in the Buddhist era: 2026 is 2569.
    const approved = await approvalMonth(page, batchId);
    expect(await page.getByLabel(tr.t('statement.period')).inputValue()).toBe(`เดือน${approved.thaiMonth} ${approved.year + 543}`);
    await page.getByLabel(tr.t('statement.company')).fill('บริษัท สยามฟู้ด จำกัด');

    const pdf = await printStatement(page, 'th');
    for (const words of ['บริษัท สยามฟู้ด จำกัด', 'ใบสรุปรายการจ่ายเงิน', 'ผู้จัดทำ', 'ผู้ตรวจสอบ', 'ผู้อนุมัติ', 'สี่พันห้าร้อยสี่บาทห้าสิบสตางค์', 'รวมทั้งสิ้น', 'สำเร็จ']) {
      expect(squeezed(pdf.text), words).toContain(squeezed(words));
    }
    expect(pdf.text).toContain('Somchai Jaidee');
    expect(pdf.text).toContain('4,504.50');
    expect(pdf.fonts, pdf.fonts).toMatch(/Loma|Garuda|Kinnari|Norasi|Waree|Umpush|Sawasdee|Purisa|Laksaman|Tlwg|Thai/i);

    // The same statement in English, chosen for this print only.
    await page.getByLabel(tr.t('statement.language')).selectOption('en');
    const english = await printStatement(page, 'en');
    for (const words of ['Payout statement', 'Prepared by', 'Checked by', 'Approved by', 'Four thousand five hundred and four baht and fifty satang']) expect(english.text, words).toContain(words);
  });
});

/** Imports a payroll, approves it and sends it in Practice, as the accountant would; its batch id. */
async function sendInPractice(page: Page, tr: Translator, file: string, provider: ProviderId, total: number, currency: Currency): Promise<string> {
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('provider-select').selectOption(provider);
  await continueToReview(page);
  await approve(page, tr, total, currency);
  await keepEveryFinding(page);
  await page.getByTestId('send-start').click();
  const practice = tr.t('app.send.env.practice');
  await expect.poll(() => page.getByTestId('send-status').textContent(), { timeout: 120_000, interval: 500 }).toBe(tr.t('app.send.status', { status: 'finished', environment: practice, running: 'no' }));
  const batches = (await callApi(page, 'batch.list', {})) as Array<{ batchId: string }>;
  expect(batches).toHaveLength(1);
  return batches[0]?.batchId ?? '';
}

/** Results, then the statement button: the statement opens over the window, in the address too. */
async function openStatement(page: Page, tr: Translator, batchId: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: tr.t('app.nav.results'), exact: true }).click();
  await page.getByRole('button', { name: tr.t('statement.open') }).click();
  const dialog = page.getByRole('dialog', { name: tr.t('statement.dialog') });
  await expect.poll(() => dialog.count()).toBe(1);
  expect(await page.evaluate(() => window.location.hash)).toBe(`#statement=${batchId}`);
  await expect.poll(() => page.locator('[data-testid=statement-table] tbody tr').count()).toBe(3);
}

/** The month the batch was approved in, as the page's own clock and calendar name it. */
async function approvalMonth(page: Page, batchId: string): Promise<{ month: number; year: number; thaiMonth: string }> {
  const batches = (await callApi(page, 'batch.list', {})) as Array<{ batchId: string; approvedAt: string }>;
  const approvedAt = batches.find((b) => b.batchId === batchId)?.approvedAt ?? '';
  return page.evaluate((at) => {
    const date = new Date(at);
    return { month: date.getMonth() + 1, year: date.getFullYear(), thaiMonth: new Intl.DateTimeFormat('th-TH', { month: 'long' }).format(date) };
  }, approvedAt);
}

type Printed = { readonly text: string; readonly fonts: string };

/** A4, 12 mm margins (the statement's @page): where the statement's boxes fall in the image. */
const dpi = 100;
const marginPx = (12 / 25.4) * dpi;
const pxToImage = dpi / 96;
const printableWidthCss = ((210 - 24) / 25.4) * 96;

/**
 * Prints the statement as window.print saves it (print media, the statement's own page size),
 * renders its first page to an image and checks the ink: the table's rules, a line to sign on
 * under each of the three titles with blank space above it. Returns the PDF's text and fonts.
 */
async function printStatement(page: Page, language: Language): Promise<Printed> {
  const dir = tempDir();
  // The statement's boxes as print lays them out: print media, at the page's printable width.
  const viewport = page.viewportSize();
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.round(printableWidthCss), height: 1000 });
  const boxes = await page.evaluate(() => {
    const doc = document.querySelector('.statement-doc')?.getBoundingClientRect();
    const relative = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { x: r.left - (doc?.left ?? 0), y: r.top - (doc?.top ?? 0), width: r.width, height: r.height };
    };
    return {
      doc: { width: doc?.width ?? 0, height: doc?.height ?? 0 },
      table: relative(document.querySelector('.statement-table') ?? document.body),
      hints: Array.from(document.querySelectorAll('.statement-sign-hint'), relative),
      lines: Array.from(document.querySelectorAll('.statement-sign-line'), relative),
    };
  });
  const pdfPath = join(dir, `statement-${language}.pdf`);
  await page.pdf({ path: pdfPath, preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  if (viewport) await page.setViewportSize(viewport);

  const text = run('pdftotext', ['-layout', pdfPath, '-']).normalize('NFKC');
  const fonts = run('pdffonts', [pdfPath]);
  run('pdftoppm', ['-png', '-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfPath, join(dir, `statement-${language}`)]);
  const pngPath = join(dir, `statement-${language}.png`);
  if (screenshots) copyFileSync(pngPath, join(screenshots, `statement-${language}.png`));
  const image = readGrayPng(readFileSync(pngPath));

  // One A4 page at 100 dpi (827 × 1169, give or take the rounding), not blank.
  expect(Math.abs(image.width - 827) <= 1 && Math.abs(image.height - 1169) <= 1, `${image.width} × ${image.height}`).toBe(true);
  expect(boxes.doc.height * pxToImage + marginPx).toBeLessThan(image.height);
  expect(inkShare(image, { x: 0, y: 0, width: image.width, height: image.height })).toBeGreaterThan(0.005);

  const toImage = (box: { x: number; y: number; width: number; height: number }) => ({ x: marginPx + box.x * pxToImage, y: marginPx + box.y * pxToImage, width: box.width * pxToImage, height: box.height * pxToImage });
  // The table: a rule across its whole width above the header, under it, under each of the 3 rows and under the total.
  const table = toImage(boxes.table);
  expect(fullRules(image, table)).toBeGreaterThanOrEqual(6);
  // The three signatures: a line to sign on where the statement put it, blank space above it.
  expect(boxes.lines).toHaveLength(3);
  boxes.lines.forEach((line, i) => {
    const at = toImage(line);
    const hint = toImage(boxes.hints[i] ?? line);
    expect(fullRules(image, { x: at.x, y: at.y + at.height - 4, width: at.width, height: 8 }), `signature line ${i + 1}`).toBe(1);
    expect(inkShare(image, { x: at.x, y: hint.y + hint.height + 4, width: at.width, height: at.y + at.height - hint.y - hint.height - 10 }), `space to sign ${i + 1}`).toBe(0);
  });
  return { text, fonts };
}

type Gray = { readonly width: number; readonly height: number; readonly pixels: Uint8Array };
type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

const dark = (value: number) => value < 128;

/** The share of a box's pixels that are ink. */
function inkShare(image: Gray, box: Box): number {
  let ink = 0;
  let all = 0;
  for (let y = Math.max(0, Math.round(box.y)); y < Math.min(image.height, Math.round(box.y + box.height)); y += 1) {
    for (let x = Math.max(0, Math.round(box.x)); x < Math.min(image.width, Math.round(box.x + box.width)); x += 1) {
      all += 1;
      if (dark(image.pixels[y * image.width + x] ?? 255)) ink += 1;
    }
  }
  return all === 0 ? 0 : ink / all;
}

/** How many horizontal rules run across at least 95% of a box's width (a rule a pixel or two thick counts once). */
function fullRules(image: Gray, box: Box): number {
  let rules = 0;
  let inRule = false;
  for (let y = Math.max(0, Math.floor(box.y) - 2); y < Math.min(image.height, Math.ceil(box.y + box.height) + 2); y += 1) {
    const across = inkShare(image, { x: box.x + 2, y, width: box.width - 4, height: 1 }) >= 0.95;
    if (across && !inRule) rules += 1;
    inRule = across;
  }
  return rules;
}

/** An 8-bit PNG as pdftoppm writes it (grey or RGB), decoded to grey: chunks, inflate, each row's filter undone. */
function readGrayPng(bytes: Uint8Array): Gray {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let channels = 1;
  const data: Uint8Array[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [view.getUint32(offset + 8), view.getUint32(offset + 12)];
      expect([body[8], body[12]], 'bit depth, interlace').toEqual([8, 0]);
      channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[body[9] ?? -1] ?? 0;
      expect(channels, 'colour type').toBeGreaterThan(0);
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const joined = new Uint8Array(data.reduce((n, d) => n + d.length, 0));
  data.reduce((at, d) => (joined.set(d, at), at + d.length), 0);
  const raw = unzlibSync(joined);
  const stride = width * channels;
  const bytesOut = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i += 1) {
      const value = raw[y * (stride + 1) + 1 + i] ?? 0;
      const a = i >= channels ? (bytesOut[y * stride + i - channels] ?? 0) : 0;
      const b = y > 0 ? (bytesOut[(y - 1) * stride + i] ?? 0) : 0;
      const c = i >= channels && y > 0 ? (bytesOut[(y - 1) * stride + i - channels] ?? 0) : 0;
      const predictor = filter === 1 ? a : filter === 2 ? b : filter === 3 ? Math.floor((a + b) / 2) : filter === 4 ? paeth(a, b, c) : 0;
      bytesOut[y * stride + i] = (value + predictor) & 0xff;
    }
  }
  // Grey as the mean of the colour channels (alpha, when there is one, left out).
  const colours = channels === 2 || channels === 4 ? channels - 1 : channels;
  const pixels = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p += 1) {
    let sum = 0;
    for (let k = 0; k < colours; k += 1) sum += bytesOut[p * channels + k] ?? 0;
    pixels[p] = Math.round(sum / colours);
  }
  return { width, height, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Thai as pdftotext gives it may carry spaces between clusters: compared without any. */
function squeezed(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
  return result.stdout;
}

/**
 * pdftoppm, pdftotext and pdffonts (Debian's poppler-utils) read the PDF back: installed here
 * with apt-get when missing and we are root (as CI is), the way npm test installs Chromium.
 */
function ensurePoppler(): void {
  const onPath = (command: string) => (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
  if (['pdftoppm', 'pdftotext', 'pdffonts'].every(onPath)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && onPath('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
  }
  if (!onPath('pdftoppm')) throw new Error('The statement test reads PDFs with poppler-utils (pdftoppm, pdftotext, pdffonts). Install it with: sudo apt-get install -y poppler-utils');
}
