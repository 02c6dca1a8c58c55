import { describe, expect, it } from 'vitest';
import { readWorkbookSax } from '../../../shared/import/xlsx/read-workbook-sax.js';
import { handBuiltXlsx } from '../../support/hand-built-xlsx.js';
import { failureOf, importWith } from '../../support/import-readers.js';
import { sheetData, workbookFromParts } from '../../support/xlsx-parts.js';

// Issue #9, for workbooks: amounts bent by rounding, damaged cells read as empty, sheets of
// millions of rows read whole before they were refused.
const importXlsx = importWith(readWorkbookSax);
const header = { 1: '<c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Số tài khoản</t></is></c><c r="C1" t="inlineStr"><is><t>Số tiền</t></is></c>' };
const payeeRow = (row: number, name: string) => `<c r="A${row}" t="inlineStr"><is><t>${name}</t></is></c><c r="B${row}" t="inlineStr"><is><t>0011${row}</t></is></c><c r="C${row}"><v>1500000</v></c>`;

describe('a workbook that is careless or hostile', () => {
  it('an amount with more decimals than the currency has is an error on its cell, never rounded', async () => {
    const rows = [
      { row: 1, cells: ['Họ và tên', 'Số tài khoản', 'Số tiền'] },
      { row: 2, cells: ['An', '0011', 1_500_000.5] },
      { row: 3, cells: ['Bình', '0022', 15_000_000.4] },
      { row: 4, cells: ['Cường', '0033', 15_000_000] },
    ];
    const vnd = await importXlsx(handBuiltXlsx(rows), 'luong.xlsx', { currency: 'VND' });
    expect(vnd.rows.map((r) => [r.row, r.payee.amount, r.issues.map((i) => i.message)])).toEqual([
      [2, null, ['Row 2, column Số tiền: "1500000.5" has decimals, but VND amounts are whole đồng.']],
      [3, null, ['Row 3, column Số tiền: "15000000.4" has decimals, but VND amounts are whole đồng.']],
      [4, 15_000_000, []],
    ]);
    const thb = await importXlsx(handBuiltXlsx([rows[0]!, { row: 2, cells: ['Somchai', '0011', 12_345.678] }, { row: 3, cells: ['Malee', '0022', 1_999_999.999] }, { row: 4, cells: ['Niran', '0033', 0.1 + 0.2] }]), 'payroll.xlsx', { currency: 'THB' });
    expect(thb.rows.map((r) => [r.row, r.payee.amount, r.issues.map((i) => i.code)])).toEqual([
      [2, null, ['amount_too_precise']],
      [3, null, ['amount_too_precise']],
      [4, 30, []],
    ]);
  });

  it('a shared-string index out of range is a damaged cell, named; the other rows read', async () => {
    const sheet = sheetData({ ...header, 2: '<c r="A2" t="s"><v>7</v></c><c r="B2" t="inlineStr"><is><t>0011</t></is></c><c r="C2"><v>1500000</v></c>', 3: payeeRow(3, 'Bình') });
    const result = await importXlsx(workbookFromParts({ sheets: [{ name: 'Lương', xml: sheet }], sharedStrings: '<si><t>An</t></si>' }), 'luong.xlsx');
    expect(result.rows.map((r) => [r.row, r.payee.name, r.issues.map((i) => i.message)])).toEqual([
      [2, null, ['Row 2, column Họ và tên: the cell is damaged in the file: it points to text the workbook does not hold. Open the workbook in Excel, retype this cell, save, and import again.']],
      [3, 'Bình', []],
    ]);
  });

  it('an undeclared entity in the shared strings fails the file as damaged, never an empty cell', async () => {
    const sheet = sheetData({ ...header, 2: '<c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><t>0011</t></is></c><c r="C2"><v>1500000</v></c>' });
    const failure = await failureOf(importXlsx(workbookFromParts({ sheets: [{ name: 'Lương', xml: sheet }], sharedStrings: '<si><t>&foo;</t></si>' }), 'luong.xlsx'));
    expect(failure).toMatchObject({ code: 'xlsx_damaged', message: expect.stringContaining('luong.xlsx could not be read as an Excel workbook: it is damaged') });
  });

  it('a sheet past 500,000 rows is stopped at that row, not read to its end first', async () => {
    // The XML breaks after row 500,001: a reader that went on would call the file damaged.
    const sheet = sheetData({ ...header, 2: payeeRow(2, 'An'), 500_001: payeeRow(500_001, 'Bình') }, '').replace('</sheetData>', '<row r="500002"><c r="A500002" t="inlineStr"><is><t>broken');
    const failure = await failureOf(importXlsx(workbookFromParts({ sheets: [{ name: 'Lương', xml: sheet }] }), 'luong.xlsx'));
    expect(failure).toMatchObject({ code: 'too_many_rows', message: expect.stringContaining('luong.xlsx has more than 500,000 rows') });
  });
});
