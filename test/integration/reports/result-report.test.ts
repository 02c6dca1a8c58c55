import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine.js';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import { statusColours } from '../../../electron/engine/reports/result-styles.js';
import { errorText } from '../../../shared/i18n/issue-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import { answerText } from '../../../shared/providers/answers/answer-text.js';
import { call, draftOf, importedRow, sources, valueOf } from '../../support/drafts.js';
import { usePractice } from '../../support/practice.js';
import { approvedBatchOf, checkedToSend } from '../../support/sending.js';
import { cellAt, fillOf, headerOf, numFmtOf, readXlsx, rowValues, type ReadSheet } from '../../unit/electron/reports/xlsx-read-back.js';

const { engineIn, simFor } = usePractice();

const failingPhone = '0911111111';
const payees = [
  { name: '=1+1', description: '+SUM(A1)', phone: '0912000001', amount: 1_000_000 },
  { name: '-2+3', description: '@cmd', phone: reserved.phoneWithoutWallet, amount: 2_000_000 },
  { name: 'TRAN THI BINH', description: 'Luong thang 10', phone: reserved.phoneHeldForReview, amount: 3_000_000 },
  { name: 'LE VAN CUONG', description: 'Luong thang 10', phone: failingPhone, amount: 4_000_000 },
  { name: 'PHAM THU DUNG', description: 'Luong thang 10', phone: '0912000005', amount: 5_000_000 },
];

/** A HiTechPAY payout batch sent in Practice to its end: succeeded, refused, held for review and failed rows. */
async function sentBatch(engine: Engine): Promise<string> {
  await simFor(engine, 'hitechpay', { failTargets: new Set([failingPhone]) });
  const { batchId } = await approvedBatchOf(engine, 'hitechpay', payees);
  await checkedToSend(engine, batchId);
  valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
  await engine.send.idle(batchId);
  return batchId;
}

async function exported(engine: Engine, batchId: string, format: 'xlsx' | 'csv', language?: 'vi' | 'th' | 'en') {
  const out = valueOf(await call(engine, 'report.export', { batchId, format, ...(language ? { language } : {}) }));
  return { ...out, bytes: new Uint8Array(Buffer.from(out.base64, 'base64')) };
}

/** The Excel serial of the local time an instant was, worked out here from the offset. */
function serialOf(iso: string): number {
  const date = new Date(iso);
  return 25_569 + (date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000;
}

/** `yyyy-mm-dd hh:mm:ss` (a local clock) as an Excel serial. */
function clockSerial(text: string): number {
  const [y, mo, d, h, mi, se] = text.split(/[- :]/).map(Number);
  return 25_569 + Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 0, h ?? 0, mi ?? 0, se ?? 0) / 86_400_000;
}

function facts(sheet: ReadSheet): Map<string, string | number | null> {
  const found = new Map<string, string | number | null>();
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const [label, value] = rowValues(sheet, r, 2);
    if (typeof label === 'string') found.set(label, value ?? null);
  }
  return found;
}

const own = [sources.name, sources.accountNo, sources.bank, sources.amount, sources.phone, sources.email, sources.description, sources.partnerUserId];

describe('the result report of a sent batch, through the contract', () => {
  it('xlsx: the sheet’s columns with the values approved, then each row’s fate, read back without exceljs', async () => {
    const engine = engineIn();
    const batchId = await sentBatch(engine);
    const journal = engine.send.journal.rows(batchId);
    expect(journal.map((r) => r.status)).toEqual(['succeeded', 'rejected', 'needs_review', 'failed', 'succeeded']);

    const report = await exported(engine, batchId, 'xlsx', 'en');
    expect(report.rows).toBe(5);
    expect(report.fileName).toBe(`Bảng lương T10 - result ${batchId.slice(0, 8)}.xlsx`);
    const book = readXlsx(report.bytes);
    const [results, summary] = book.sheets;
    if (!results || !summary) throw new Error('two sheets expected');
    expect(book.sheets.map((s) => s.name)).toEqual(['Results', 'Summary']);
    expect(headerOf(results)).toEqual([...own, 'Sheet row', 'Order id', 'Status', 'HiTechPAY reference', 'Fee', 'Amount paid', 'Error', 'Sent', 'Settled']);

    const tr = translator('en');
    journal.forEach((r, i) => {
      const line = rowValues(results, i + 2, 17);
      const guarded = (text: string | null): string | null => (text === null ? null : /^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      expect(line.slice(0, 8), `row ${r.sheetRow}`).toEqual([guarded(r.payee.name), r.payee.accountNo, r.payee.bank, r.amountMinor, r.payee.phone, r.payee.email, guarded(r.payee.description), r.payee.partnerUserId]);
      expect(line.slice(8, 12)).toEqual([r.sheetRow, r.orderId, tr.t('report.status', { status: r.status }), r.providerRef]);
      expect(line[13] ?? null).toBe(r.status === 'succeeded' ? r.amountMinor : r.status === 'needs_review' ? null : 0);
      expect(line[15]).toBeCloseTo(serialOf(r.sentAt ?? ''), 8);
      if (r.settledAt) expect(line[16]).toBeCloseTo(serialOf(r.settledAt), 8);
      else expect(line[16]).toBeNull();
      // Amounts are number cells with the đồng format; texts never formulas.
      expect(cellAt(results, `D${i + 2}`)).toMatchObject({ type: null, value: r.amountMinor });
      expect(numFmtOf(book, cellAt(results, `D${i + 2}`)!)).toBe('#,##0');
      expect(fillOf(book, cellAt(results, `K${i + 2}`)!)).toBe(statusColours[r.status].fill);
    });
    // The errors in plain words: ours as our sentences, the provider's code as its table's sentence.
    expect(cellAt(results, 'O2')).toBeUndefined();
    expect(cellAt(results, 'O3')?.value).toBe(`No HiTechPAY wallet for ${reserved.phoneWithoutWallet}. The payee must create one first (https://hitechpay.vn/onboarding).`);
    expect(cellAt(results, 'O4')?.value).toBe('HiTechPAY holds this top-up for manual handling (status 4): do not resend; ask HiTechPAY.');
    const failed = journal[3];
    expect(cellAt(results, 'O5')?.value).toBe(answerText(tr, 'hitechpay', failed?.errorCode ?? '') ?? tr.t('report.providerWords', { words: failed?.errorMessage ?? '', code: failed?.errorCode ?? '' }));
    for (const sheet of book.sheets) for (const cell of sheet.cells.values()) expect(cell.formula).toBeNull();

    expect(results.pane).toMatchObject({ state: 'frozen', ySplit: '1' });
    expect(results.autoFilter).toBe('A1:Q6');

    const batch = engine.send.journal.batch(batchId);
    const said = facts(summary);
    expect(Object.fromEntries(said)).toMatchObject({
      'Payout results': null,
      'Batch id': batchId,
      Provider: 'HiTechPAY',
      Operation: 'Payouts',
      Environment: 'Practice',
      'Batch status': 'Finished',
      Currency: 'VND',
      'Source file': 'Bảng lương T10.xlsx',
      'Source file SHA-256': 'd'.repeat(64),
      'Approved content SHA-256': expect.stringMatching(/^[0-9a-f]{64}$/),
      Rows: 5,
      'Total amount': 15_000_000,
      'Amount paid': 6_000_000,
      Succeeded: 2,
      Failed: 1,
      Refused: 1,
      'Needs review': 1,
      Total: 5,
    });
    expect(said.get('Approved')).toBeCloseTo(serialOf(batch?.approvedAt ?? ''), 8);
    expect(said.get('Finished')).toBeCloseTo(serialOf(batch?.finishedAt ?? ''), 8);
    const succeededLine = [...Array(summary.rowCount).keys()].map((i) => rowValues(summary, i + 1, 3)).find((line) => line[0] === 'Succeeded');
    expect(succeededLine).toEqual(['Succeeded', 2, 6_000_000]);
  });

  it('csv: the same columns and values, UTF-8 with a BOM, amounts as plain numbers', async () => {
    const engine = engineIn();
    const batchId = await sentBatch(engine);
    const xlsx = readXlsx((await exported(engine, batchId, 'xlsx', 'vi')).bytes).sheets[0];
    const csv = await exported(engine, batchId, 'csv', 'vi');
    expect(csv.fileName).toBe(`Bảng lương T10 - kết quả ${batchId.slice(0, 8)}.csv`);
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    if (!xlsx) throw new Error('no sheet');
    expect(parsed.data[0]).toEqual(headerOf(xlsx));
    expect(parsed.data[0]?.slice(8)).toEqual(['Dòng trong bảng', 'Mã lệnh', 'Trạng thái', 'Mã tham chiếu HiTechPAY', 'Phí', 'Số tiền đã trả', 'Lỗi', 'Thời điểm gửi', 'Thời điểm có kết quả']);
    // Every text and number agrees with the workbook; times are the same local clock, as text.
    parsed.data.slice(1).forEach((line, i) => {
      const cells = rowValues(xlsx, i + 2, 17);
      expect(line.slice(0, 15), `row ${i + 2}`).toEqual(cells.slice(0, 15).map((v) => (v === null ? '' : String(v))));
      for (const at of [15, 16]) {
        const value = cells[at];
        if (typeof value !== 'number') expect(line[at]).toBe('');
        else expect(Math.abs(clockSerial(line[at] ?? '') - value) * 86_400, `row ${i + 2} column ${at + 1}`).toBeLessThan(1);
      }
    });
    expect(text).toContain("'=1+1,");
    expect(text).toContain("'@cmd,");
  });

  it('guards the provider’s words and references too: nothing from outside can start a formula', async () => {
    const engine = engineIn();
    const batchId = await sentBatch(engine);
    const { journal } = engine.send;
    const [first, , , , last] = journal.rows(batchId);
    if (!first || !last) throw new Error('rows expected');
    // As a provider might answer: its own code, words and reference, each starting a formula.
    expect(journal.record(batchId, last.seq, { status: 'failed', errorCode: '-2+3', errorMessage: '=HYPERLINK("http://example.com","pay")', providerRef: '@ref' }, 'succeeded')).toBe(true);
    expect(journal.record(batchId, first.seq, { status: 'needs_review', reviewReason: '\tasked again', errorMessage: 'timeout', providerRef: '+SUM(A1)' }, 'succeeded')).toBe(true);
    const tr = translator('en');
    const results = readXlsx((await exported(engine, batchId, 'xlsx', 'en')).bytes).sheets[0];
    if (!results) throw new Error('no sheet');
    expect(cellAt(results, 'L6')?.value).toBe("'@ref");
    expect(cellAt(results, 'O6')?.value).toBe(answerText(tr, 'hitechpay', '-2+3') === null ? '\'=HYPERLINK("http://example.com","pay") (code -2+3)' : expect.any(String));
    expect(cellAt(results, 'L2')?.value).toBe("'+SUM(A1)");
    expect(cellAt(results, 'O2')?.value).toBe("'\tasked again");
    const csv = new TextDecoder().decode((await exported(engine, batchId, 'csv', 'en')).bytes);
    const lines = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(lines[5]?.[11]).toBe("'@ref");
    expect(lines[1]?.[14]).toBe("'\tasked again");
    for (const line of lines.slice(1)) for (const field of line) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('an approved batch not sent yet: every row not sent, the Summary says where it stands', async () => {
    const engine = engineIn();
    const { batchId } = await approvedBatchOf(engine, 'smilepayz', [{ amount: 1_000_000 }, { amount: 2_000_000 }]);
    const book = readXlsx((await exported(engine, batchId, 'xlsx', 'th')).bytes);
    const [results, summary] = book.sheets;
    if (!results || !summary) throw new Error('two sheets expected');
    expect(book.sheets.map((s) => s.name)).toEqual(['ผลลัพธ์', 'สรุป']);
    expect([cellAt(results, 'K2')?.value, cellAt(results, 'K3')?.value]).toEqual(['ยังไม่ส่ง', 'ยังไม่ส่ง']);
    expect(cellAt(results, 'N2')).toMatchObject({ value: null });
    const said = facts(summary);
    expect(said.get('สภาพแวดล้อม')).toBe('ยังไม่ได้ส่ง');
    expect(said.get('สถานะชุด')).toBe('อนุมัติแล้ว');
    expect(said.get('ยอดเงินรวม')).toBe(3_000_000);
  });
});

describe('the report’s language when the caller does not name one', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it('is the language of the computer the engine runs on', async () => {
    const engine = engineIn();
    const { batchId } = await approvedBatchOf(engine, 'appotapay', [{ amount: 1_000_000 }]);
    process.env['LC_ALL'] = 'vi_VN.UTF-8';
    expect(readXlsx((await exported(engine, batchId, 'xlsx')).bytes).sheets.map((s) => s.name)).toEqual(['Kết quả', 'Tổng hợp']);
    process.env['LC_ALL'] = 'en_GB.UTF-8';
    expect(readXlsx((await exported(engine, batchId, 'xlsx')).bytes).sheets.map((s) => s.name)).toEqual(['Results', 'Summary']);
  });
});

describe('report.export refusals', () => {
  it('an unknown batch is not found; a draft was never approved, said in every language', async () => {
    const engine = engineIn();
    const draft = await draftOf(engine, 'appotapay', [importedRow('appotapay', 2)]);
    expect(await call(engine, 'report.export', { batchId: '00000000-0000-4000-8000-00000000abcd', format: 'xlsx' })).toMatchObject({ ok: false, error: { code: 'not_found', params: { reason: 'batch_not_found' } } });
    const refused = await call(engine, 'report.export', { batchId: draft, format: 'csv' });
    if (refused.ok) throw new Error('a draft has no report');
    expect(refused.error).toMatchObject({ code: 'refused', params: { reason: 'report_never_approved' } });
    expect(errorText(translator('en'), refused.error)).toBe(refused.error.message);
    for (const language of ['vi', 'th'] as const) {
      const text = errorText(translator(language), refused.error);
      expect(text).not.toBe(refused.error.message);
      expect(text).not.toContain('{');
    }
  });
});
