import { describe, expect, it } from 'vitest';
import { failureOf, importWith, workbookReaders } from '../../support/import-readers.js';
import { payrollWorkbook } from '../../support/payroll-workbook.js';
import { wideWorkbook, workbookClaimingSize, zipBomb } from '../../support/bad-workbooks.js';
import { handBuiltXlsx } from '../../support/hand-built-xlsx.js';

const text = (value: string) => new TextEncoder().encode(value);

/** Each bad file must end in a clear message: a failure with a code and words for the user. */
describe.each(workbookReaders)('bad files, %s reader', (_label, reader) => {
  const importAny = importWith(reader);

  it('an empty file', async () => {
    expect(await failureOf(importAny(new Uint8Array(0), 'luong.csv'))).toEqual({ code: 'empty', message: expect.stringContaining('luong.csv is empty') });
  });

  it('a header-only file', async () => {
    const failure = await failureOf(importAny(text('Họ và tên,Số tài khoản,Số tiền\n'), 'luong.csv'));
    expect(failure).toEqual({ code: 'no_data_rows', message: expect.stringContaining('has a header row (row 1) but no payee rows') });
  });

  it('random bytes', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    expect(await failureOf(importAny(random, 'luong.csv'))).toMatchObject({ code: 'not_a_sheet', message: expect.stringContaining('is not a spreadsheet') });
  });

  it('a legacy .xls workbook', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect(await failureOf(importAny(ole, 'luong.xls'))).toMatchObject({ code: 'xls_legacy', message: expect.stringContaining('Save As → Excel Workbook (.xlsx)') });
  });

  it('a truncated .xlsx', async () => {
    const whole = await payrollWorkbook();
    const failure = await failureOf(importAny(whole.subarray(0, Math.floor(whole.length / 2)), 'luong.xlsx'));
    expect(failure).toMatchObject({ code: 'xlsx_damaged', message: expect.stringContaining('damaged or incomplete') });
  });

  it('a .xlsx that is not a zip at all', async () => {
    const failure = await failureOf(importAny(text('Họ và tên,Số tiền\nAn,1\n'), 'luong.xlsx'));
    expect(failure).toMatchObject({ code: 'xlsx_not_zip', message: expect.stringContaining('is named like an Excel workbook but is not one') });
  });

  it('a zip bomb: a tiny file whose sheet expands to 40 MB of repeated XML', async () => {
    const bomb = zipBomb(40);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const failure = await failureOf(importAny(bomb, 'bomb.xlsx'));
    expect(failure).toMatchObject({ code: 'xlsx_too_large', message: expect.stringContaining('far more than any payroll sheet') });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a workbook whose directory says its sheet is 2 GB', async () => {
    const failure = await failureOf(importAny(workbookClaimingSize(2 * 1024 ** 3 - 1), 'big.xlsx'));
    expect(failure).toMatchObject({ code: 'xlsx_too_large', message: expect.stringContaining('expands to 2.0 GB') });
  });

  it('a sheet with 16,384 columns (as wide as Excel allows)', async () => {
    const failure = await failureOf(importAny(await wideWorkbook(16_384), 'wide.xlsx'));
    expect(failure).toMatchObject({ code: 'too_many_columns', message: expect.stringContaining('Paybatch reads at most 500 columns') });
  });

  it('a hand-written sheet with 20,000 columns', async () => {
    const wide = handBuiltXlsx([
      { row: 1, cells: ['Name', 'Amount', ...Array.from({ length: 19_998 }, (_, i) => `C${i}`)] },
      { row: 2, cells: ['An', 1, ...Array.from({ length: 19_998 }, () => 1)] },
    ]);
    const failure = await failureOf(importAny(wide, 'wide.xlsx'));
    expect(failure).toMatchObject({ code: 'too_many_columns', message: expect.stringContaining('at most 500 columns') });
  });

  it('a sheet name that does not exist', async () => {
    expect(await failureOf(importAny(await payrollWorkbook(), 'luong.xlsx', { sheet: 'Tháng 11' }))).toMatchObject({ code: 'sheet_not_found' });
  });
});
