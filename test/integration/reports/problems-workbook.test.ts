import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { problemsHeader, sheetNameFor, sheetRowHeader, writeProblemsWorkbook } from '../../../electron/engine/reports/problems-workbook.js';
import { readSheet, type ImportResult } from '../../../shared/import/import-file.js';
import type { ColumnMapping, Currency, Payee } from '../../../shared/import/model.js';
import { cellText } from '../../../shared/import/raw-sheet.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { bankResolverFor, providerRules } from '../../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../../shared/providers/rule-limits.js';
import type { CheckedRow } from '../../../shared/review/check-rows.js';
import type { ReviewRow } from '../../../shared/review/review-row.js';
import { checkRows } from '../../../shared/review/review-state.js';
import { importWith, workbookReaders } from '../../support/import-readers.js';
import { goodPayee } from '../../support/payees.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir('paybatch-problems-');

type Case = { provider: ProviderId; currency: Currency; fileName: string; sheet: string; mapping: ColumnMapping; rows: ReviewRow[] };

const vietnamese: ColumnMapping = { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền', phone: 'SĐT', description: 'Nội dung' };
const thai: ColumnMapping = {
  name: 'ชื่อ-นามสกุล',
  accountNo: 'เลขที่บัญชี',
  accountType: 'ประเภทบัญชี',
  bank: 'ธนาคาร',
  amount: 'จำนวนเงิน',
  phone: 'เบอร์โทร',
  email: 'อีเมล',
  partnerUserId: 'รหัสพนักงาน',
};

function reviewRow(provider: ProviderId, mapping: ColumnMapping, row: number, overrides: Partial<Payee>, entryIssues: ReviewRow['entryIssues'] = []): ReviewRow {
  return { row, payee: goodPayee(provider, overrides), sources: mapping, entryIssues, excluded: false, acknowledged: [] };
}

const vndCase: Case = {
  provider: 'appotapay',
  currency: 'VND',
  fileName: 'Bảng lương T10.xlsx',
  sheet: 'Bảng lương T10',
  mapping: vietnamese,
  rows: [
    reviewRow('appotapay', vietnamese, 5, { name: 'Nguyễn Văn An', accountNo: '0011001234567', amount: 15_000_000, description: 'Lương tháng 10' }),
    reviewRow('appotapay', vietnamese, 6, { name: 'Trần Thị Bình', accountNo: '0000456789', amount: -500_000, phone: '0987654321' }),
    reviewRow('appotapay', vietnamese, 9, { name: 'LE HOANG CUONG', accountNo: '0123', bank: 'Ngân hàng Không Có Thật', amount: null, description: 'Thưởng quý' }, [
      { field: 'amount', column: 'Số tiền', severity: 'error', code: 'amount_unreadable', message: 'Row 9, column Số tiền: "15tr" is not an amount' },
    ]),
    reviewRow('appotapay', vietnamese, 12, { name: 'PHAM THU DUNG', accountNo: '0011001234567', amount: 15_000_000, phone: null }),
  ],
};

const thbCase: Case = {
  provider: 'haipay',
  currency: 'THB',
  fileName: 'เงินเดือน ต.ค.xlsx',
  sheet: 'เงินเดือน ต.ค',
  mapping: thai,
  rows: [
    reviewRow('haipay', thai, 4, { name: 'สมชาย ใจดี', accountNo: '0123456789', amount: 123_450 }),
    reviewRow('haipay', thai, 5, { name: 'Somsak Rakthai', accountNo: '0098765432', amount: 50, email: null }),
    reviewRow('haipay', thai, 7, { name: 'สมหญิง แสนดี', accountNo: '0000000001', amount: 100_000_000, phone: '0898765432', partnerUserId: 'EMP 7' }),
    reviewRow('haipay', thai, 8, { name: 'Anan Boonmee', amount: -123_405 }),
  ],
};

function checked(c: Case): CheckedRow[] {
  const rows = checkRows(c.rows, providerRules[c.provider], { limits: defaultRuleLimits[c.provider], resolveBank: bankResolverFor(c.provider) });
  // Every row must have a problem, or the test would not be about a problems download.
  for (const row of rows) expect(row.issues.length, `row ${row.row} has no problem`).toBeGreaterThan(0);
  return rows;
}

/** Written to a real file and read back from it, as the accountant's copy would be. */
async function writtenFile(c: Case, rows: Iterable<CheckedRow>): Promise<Uint8Array> {
  const bytes = await writeProblemsWorkbook({ fileName: c.fileName, currency: c.currency, mapping: c.mapping, rows });
  const path = join(tempDir(), `problems-${c.sheet}.xlsx`);
  writeFileSync(path, bytes);
  return new Uint8Array(readFileSync(path));
}

function payeesOf(result: ImportResult): Array<Partial<Payee>> {
  return result.rows.map(({ payee }) => Object.fromEntries(Object.keys(result.mapping).map((field) => [field, payee[field as keyof Payee]])));
}

/** The import takes positive amounts only; any other is left empty, with an error. */
function importedAmount(minor: number | null): number | null {
  return minor !== null && minor > 0 ? minor : null;
}

function expectedProblems(row: CheckedRow): string {
  return [...row.issues.filter((i) => i.severity === 'error'), ...row.issues.filter((i) => i.severity === 'warning')].map((i) => i.message).join('\n');
}

describe.each(workbookReaders)('problems workbook re-imported, %s reader', (_label, reader) => {
  const importXlsx = importWith(reader);

  it.each([
    ['VND', vndCase],
    ['THB', thbCase],
  ] as const)('%s: the same payees, exactly, under the same mapping', async (_currency, c) => {
    const rows = checked(c);
    const bytes = await writtenFile(c, rows);
    const result = await importXlsx(bytes, 'problems.xlsx');

    expect(result.sheet).toBe(c.sheet);
    expect(result.headerRow).toBe(1);
    expect(result.currency).toBe(c.currency);
    expect(result.mapping).toEqual(c.mapping);
    expect(result.excludedRows).toEqual([]);
    expect(payeesOf(result)).toEqual(rows.map(({ payee }) => Object.fromEntries(Object.keys(c.mapping).map((field) => [field, field === 'amount' ? importedAmount(payee.amount) : payee[field as keyof Payee]]))));
    // What the import itself finds in the cells: only the amounts it never takes (an empty one,
    // a negative one written as it is); everything else came back intact.
    const amountCodes = rows.flatMap(({ payee }) => (payee.amount === null ? ['amount_missing'] : payee.amount <= 0 ? ['amount_not_positive'] : []));
    expect(result.rows.flatMap((r) => r.issues.map((i) => i.code))).toEqual(amountCodes);

    const extra = result.columns.filter((col) => col.header === sheetRowHeader || col.header === problemsHeader);
    expect(extra.map((col) => [col.header, col.field])).toEqual([[sheetRowHeader, null], [problemsHeader, null]]);
  });

  it.each([
    ['VND', vndCase],
    ['THB', thbCase],
  ] as const)('%s: the sheet rows and every problem, errors first, one per line', async (_currency, c) => {
    const rows = checked(c);
    const { sheet } = await readSheet(await writtenFile(c, rows), 'problems.xlsx', {}, reader);
    const [header, ...data] = sheet.rows.map((row) => (row ?? []).map((cell) => cellText(cell)));
    const fieldsInOrder = ['name', 'accountNo', 'accountType', 'bank', 'amount', 'phone', 'email', 'description', 'reference', 'partnerUserId'] as const;
    expect(header).toEqual([...fieldsInOrder.flatMap((f) => c.mapping[f] ?? []), sheetRowHeader, problemsHeader]);
    expect(data.map((cells) => cells.slice(-2))).toEqual(rows.map((row) => [String(row.row), expectedProblems(row)]));
    expect(data.some((cells) => cells.at(-1)?.includes('\n'))).toBe(true);
  });
});

describe('problems workbook contents', () => {
  it('writes amounts as plain text in major units and every other value as text', async () => {
    const sheets = await rawSheets(await writtenFile(vndCase, checked(vndCase)));
    expect(sheets).not.toMatch(/<f[\s>]/);
    const thb = await rawSheets(await writtenFile(thbCase, checked(thbCase)));
    expect(thb).not.toMatch(/<f[\s>]/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await writtenFile(thbCase, checked(thbCase))).buffer);
    const sheet = workbook.worksheets[0];
    const amounts = [2, 3, 4, 5].map((r) => sheet?.getRow(r).getCell(5).value);
    expect(amounts).toEqual(['1234.50', '0.50', '1000000.00', '-1234.05']);
    const accounts = [2, 3, 4, 5].map((r) => sheet?.getRow(r).getCell(2).value);
    expect(accounts).toEqual(['0123456789', '0098765432', '0000000001', '0123456789']);

    const vnd = new ExcelJS.Workbook();
    await vnd.xlsx.load(new Uint8Array(await writtenFile(vndCase, checked(vndCase))).buffer);
    expect([2, 3, 4, 5].map((r) => vnd.worksheets[0]?.getRow(r).getCell(4).value)).toEqual(['15000000', '-500000', null, '15000000']);
  });

  it('has a bold, frozen header with a filter, and wraps the problems', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await writtenFile(vndCase, checked(vndCase))).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(workbook.worksheets).toHaveLength(1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:H5');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(8).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(8).alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(8).width).toBeGreaterThanOrEqual(60);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(20);
  });

  it('with no rows, writes the header only, which the import refuses as having no payees', async () => {
    const bytes = await writtenFile(vndCase, []);
    const { sheet } = await readSheet(bytes, 'problems.xlsx', {}, workbookReaders[1]![1]);
    expect(sheet.rows.filter(Boolean)).toHaveLength(1);
    await expect(importWith(workbookReaders[1]![1])(bytes, 'problems.xlsx')).rejects.toMatchObject({ code: 'no_data_rows' });
  });

  it.each([
    ['Bảng lương T10.xlsx', 'Bảng lương T10'],
    ['C:\\Payroll\\Lương [T10]: final?.xlsx', 'Lương  T10   final'],
    ['.xlsx', 'Problems'],
    ['History.csv', 'Problems'],
    ["'quoted'.csv", 'quoted'],
    [`${'Nguyễn'.repeat(10)}.xlsx`, 'Nguyễn'.repeat(10).slice(0, 31)],
    [`${'a'.repeat(30)}😀b.xlsx`, 'a'.repeat(30)],
  ])('names the sheet after %j', (fileName, sheet) => {
    expect(sheetNameFor(fileName)).toBe(sheet);
  });
});

/** Every worksheet part's XML, as written. */
async function rawSheets(bytes: Uint8Array): Promise<string> {
  const parts = unzipSync(bytes);
  return Object.entries(parts)
    .filter(([name]) => name.startsWith('xl/worksheets/'))
    .map(([, data]) => strFromU8(data))
    .join('\n');
}
