import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../shared/import/import-file.js';
import { readWorkbookInMemory } from '../../../shared/import/read-workbook.js';
import { readWorkbookSax } from '../../../shared/import/xlsx/read-workbook-sax.js';
import { wideWorkbook, workbookClaimingSize, zipBomb } from '../../support/bad-workbooks.js';
import { handBuiltXlsx, thaiPayrollRows } from '../../support/hand-built-xlsx.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { payrollWorkbook } from '../../support/payroll-workbook.js';
import { outcomeOf, workbookReaders } from '../../support/import-readers.js';

/** The benchmark's payroll shape, written as the benchmark writes it (exceljs streaming writer, shared strings). */
async function streamedPayroll(count: number): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Lương T10');
  sheet.addRow(['CÔNG TY TNHH THƯƠNG MẠI ABC']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(['STT', 'Họ và tên', 'Số tài khoản', 'Ngân hàng', 'Số tiền', 'Ngày', 'Nội dung']).commit();
  for (let i = 0; i < count; i += 1) {
    const row = sheet.addRow([i + 1, `Nguyễn Văn Thành ${i + 1}`, String(1_000_000_000 + i * 7).padStart(13, '0'), ['Vietcombank', 'BIDV', 'ACB'][i % 3], 1_000_000 + (i % 97) * 50_000, new Date(Date.UTC(2026, 9, 1 + (i % 28))), 'Lương tháng 10/2026']);
    row.getCell(5).numFmt = '#,##0';
    row.commit();
  }
  sheet.addRow(['Tổng cộng', null, null, null, { formula: `SUM(E4:E${count + 3})` }]).commit();
  await sheet.commit();
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

const truncated = async () => {
  const whole = await payrollWorkbook();
  return whole.subarray(0, Math.floor(whole.length / 2));
};

const fixtures: ReadonlyArray<[string, () => Promise<Uint8Array> | Uint8Array, readonly string[]]> = [
  ['the reference payroll written by exceljs', payrollWorkbook, ['Lương T10', 'Ghi chú']],
  ['the reference payroll re-saved by LibreOffice', () => new Uint8Array(readFileSync(join(repoRoot, 'test/fixtures/payroll-libreoffice.xlsx'))), ['Lương T10', 'Ghi chú']],
  ['a 1,000-row payroll from the exceljs streaming writer', () => streamedPayroll(1000), ['Lương T10']],
  ['a hand-built Thai workbook', () => handBuiltXlsx(thaiPayrollRows), ['Sheet1']],
  ['a sheet 600 columns wide', () => wideWorkbook(600), ['Wide']],
  ['a sheet as wide as Excel allows', () => wideWorkbook(16_384), ['Wide']],
  ['a hand-written sheet with 20,000 columns', () => handBuiltXlsx([{ row: 1, cells: ['Name', ...Array.from({ length: 19_999 }, (_, i) => `C${i}`)] }]), []],
  ['a zip bomb', () => zipBomb(40), []],
  ['a workbook whose directory claims 2 GB', () => workbookClaimingSize(2 * 1024 ** 3 - 1), []],
  ['a truncated workbook', truncated, []],
];

describe('the SAX reader reads every workbook fixture as the exceljs in-memory reader does', () => {
  it.each(fixtures)('%s', async (_label, make, sheetNames) => {
    const bytes = await make();
    for (const wanted of [undefined, ...sheetNames, 'Không có']) {
      expect(await outcomeOf(readWorkbookSax, bytes, 'luong.xlsx', wanted), `sheet ${wanted ?? '(first with data)'}`).toStrictEqual(await outcomeOf(readWorkbookInMemory, bytes, 'luong.xlsx', wanted));
    }
  });
});

describe('all three readers import the fixtures to the same payees', () => {
  it.each(fixtures.slice(0, 4))('%s', async (_label, make) => {
    const bytes = await make();
    const [first, ...others] = await Promise.all(workbookReaders.map(([, reader]) => importFile(bytes, 'luong.xlsx', {}, reader)));
    for (const other of others) expect(other).toEqual(first);
  });
});
