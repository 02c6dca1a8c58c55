import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../shared/import/import-file.js';
import { handBuiltXlsx, thaiPayrollRows } from '../../support/hand-built-xlsx.js';
import { importWith, workbookReaders } from '../../support/import-readers.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { payrollExpected, payrollWorkbook } from '../../support/payroll-workbook.js';

function payeesOf(result: ImportResult) {
  return result.rows.map((r) => ({
    row: r.row,
    name: r.payee.name,
    accountNo: r.payee.accountNo,
    bank: r.payee.bank,
    amount: r.payee.amount,
    phone: r.payee.phone,
    description: r.payee.description,
  }));
}

function issuesOf(result: ImportResult) {
  return result.rows.flatMap((r) => r.issues.map((i) => ({ row: r.row, field: i.field, severity: i.severity, code: i.code })));
}

const libreOfficeFixture = join(repoRoot, 'test/fixtures/payroll-libreoffice.xlsx');

describe.each(workbookReaders)('Excel import, %s reader', (_label, reader) => {
  const importXlsx = importWith(reader);

  it.each([
    ['written by exceljs', () => payrollWorkbook()],
    ['re-saved by LibreOffice Calc', async () => new Uint8Array(readFileSync(libreOfficeFixture))],
  ])('reads the reference payroll %s exactly', async (_writer, make) => {
    const result = await importXlsx(await make(), 'payroll.xlsx');
    expect(result.kind).toBe('xlsx');
    expect(result.sheet).toBe(payrollExpected.sheet);
    expect(result.sheets.map((s) => s.name)).toEqual(['Lương T10', 'Ghi chú']);
    expect(result.headerRow).toBe(payrollExpected.headerRow);
    expect(result.mapping).toEqual(payrollExpected.mapping);
    expect(result.currency).toBe('VND');
    expect(payeesOf(result)).toEqual(payrollExpected.payees);
    expect(issuesOf(result)).toEqual(payrollExpected.issues);
    expect(result.excludedRows.map((e) => e.row)).toEqual(payrollExpected.excludedRows);
    expect(result.excludedRows[0]?.reason).toBe(payrollExpected.totalsReason);
  });

  it('names the row, the column and what to do when digits are already lost', async () => {
    const result = await importXlsx(await payrollWorkbook(), 'payroll.xlsx');
    const lost = result.rows.find((r) => r.row === 7)?.issues.find((i) => i.code === 'account_digits_lost');
    expect(lost?.column).toBe('Số tài khoản');
    expect(lost?.message).toMatch(/^Row 7, column Số tài khoản: Excel stored this account number as a number with more than 15 digits/);
    expect(lost?.message).toContain('format the column as Text');
  });

  it('keeps where each value came from', async () => {
    const result = await importXlsx(await payrollWorkbook(), 'payroll.xlsx');
    expect(result.rows[0]?.sources).toEqual(payrollExpected.mapping);
  });

  it('reads another sheet by name, and says which sheets exist when the name is wrong', async () => {
    const bytes = await payrollWorkbook();
    const notes = importXlsx(bytes, 'payroll.xlsx', { sheet: 'Nope' });
    await expect(notes).rejects.toMatchObject({ code: 'sheet_not_found' });
    await expect(notes).rejects.toThrow(/has no sheet named "Nope". Its sheets are: "Lương T10", "Ghi chú"/);
  });

  it('reads a hand-built Thai workbook: inline strings, formulas, a รวม totals row', async () => {
    const bytes = handBuiltXlsx(thaiPayrollRows);
    const result = await importXlsx(bytes, 'thai.xlsx');
    expect(result.currency).toBe('THB');
    expect(result.headerRow).toBe(4);
    expect(result.mapping).toEqual({ name: 'ชื่อ-นามสกุล', accountNo: 'เลขที่บัญชี', bank: 'ธนาคาร', amount: 'จำนวนเงิน', phone: 'เบอร์โทร' });
    expect(result.rows.map((r) => [r.row, r.payee.name, r.payee.accountNo, r.payee.amount, r.payee.phone])).toEqual([
      [5, 'สมชาย ใจดี', '0123456789', 1_500_050, '0812345678'],
      [6, 'สมหญิง รักไทย', '4567890123', 2_000_000, '0898765432'],
      [7, 'Somsak Dee', '1112223334', 1_000_025, '0812345679'],
    ]);
    expect(result.excludedRows).toEqual([{ row: 8, reason: 'Row 8: totals row ("รวม"), not a payee', code: 'totals_row', params: { label: 'รวม' } }]);
  });

  it('recognises a totals row by its SUM formula alone', async () => {
    const bytes = handBuiltXlsx([
      { row: 1, cells: ['Name', 'Account number', 'Amount'] },
      { row: 2, cells: ['An', '001', 100000] },
      { row: 3, cells: [null, null, { f: 'SUM(C2:C2)', v: 100000 }] },
    ]);
    const result = await importXlsx(bytes, 'sum.xlsx');
    expect(result.rows.map((r) => r.row)).toEqual([2]);
    expect(result.excludedRows).toEqual([{ row: 3, reason: 'Row 3: totals row (the amount is a SUM formula), not a payee', code: 'totals_row', params: { formula: 'SUM' } }]);
  });
});

describe('the workbook readers', () => {
  it('agree on every field of every row', async () => {
    const bytes = await payrollWorkbook();
    const [memory, ...others] = await Promise.all(workbookReaders.map(([, reader]) => importWith(reader)(bytes, 'payroll.xlsx')));
    for (const other of others) expect(other).toEqual(memory);
  });
});
