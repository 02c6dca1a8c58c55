import { describe, expect, it } from 'vitest';
import { maxFileBytes } from '../../../shared/import/import-limits.js';
import { readWorkbookSax } from '../../../shared/import/xlsx/read-workbook-sax.js';
import { failureOf, importWith } from '../../support/import-readers.js';

// Issue #9: what a careless or hostile CSV did before — rows swallowed by a stray quote,
// NULs kept without a word, huge cells, too many rows or columns read whole into memory.
const importCsv = importWith(readWorkbookSax);
const utf8 = (text: string) => new TextEncoder().encode(text);
const header = 'Họ và tên,Số tài khoản,Ngân hàng,Số tiền\n';
const payees = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `Nguyễn Văn ${from + i},00110012${String(from + i).padStart(5, '0')},Vietcombank,1500000\n`).join('');

describe('a CSV that is careless or hostile', () => {
  it('a stray quote that never closes fails the file, naming its line, instead of swallowing 50,000 payees', async () => {
    const csv = `${header}${payees(2)}"Trần Thị Bình,0011,Vietcombank,1500000\n${payees(50_000, 2)}`;
    const failure = await failureOf(importCsv(utf8(csv), 'luong.csv'));
    expect(failure).toMatchObject({ code: 'csv_quotes', message: expect.stringContaining('luong.csv, line 4: a quote mark (") opens a cell that is never closed') });
  });

  it('a quote closed in the middle of a cell fails the file too', async () => {
    const csv = `${header}${payees(2)}"Trần" Thị Bình,0011,Vietcombank,1500000\n${payees(3, 2)}`;
    expect(await failureOf(importCsv(utf8(csv), 'luong.csv'))).toMatchObject({ code: 'csv_quotes', message: expect.stringContaining('line 4') });
  });

  it('quoted cells with line breaks and doubled quotes still read, each row at its line', async () => {
    const csv = `${header}"Nguyễn ""An""",0011,Vietcombank,1500000\n"Trần\nBình",0022,Vietcombank,2500000\nLê Cường,0033,Vietcombank,3500000\n`;
    const result = await importCsv(utf8(csv), 'luong.csv');
    expect(result.rows.map((r) => [r.row, r.payee.name])).toEqual([[2, 'Nguyễn "An"'], [3, 'Trần Bình'], [5, 'Lê Cường']]);
  });

  it('a NUL or another control character in a name is an error on that cell, and the value never becomes the payee', async () => {
    const csv = `${header}Nguyễn\u0000Văn An,0011,Vietcombank,1500000\nTrần\u202eBình,0022,Vietcombank,1500000\nLê Cường,0033,Vietcombank,1500000\n`;
    const result = await importCsv(utf8(csv), 'luong.csv');
    expect(result.rows.map((r) => [r.row, r.payee.name, r.issues.map((i) => i.code)])).toEqual([
      [2, null, ['cell_control_chars']],
      [3, null, ['cell_control_chars']],
      [4, 'Lê Cường', []],
    ]);
    expect(result.rows[0]?.issues[0]?.message).toBe('Row 2, column Họ và tên: the cell holds an invisible control character (U+0000, at character 7), which no provider accepts. Retype the value in the sheet and import again.');
  });

  it('a huge cell is an error naming its row and column; the rest of the file reads', async () => {
    const csv = `${header}${'A'.repeat(5_000_000)},0011,Vietcombank,1500000\nLê Cường,0033,Vietcombank,${'9'.repeat(2000)}\n${payees(1)}`;
    const result = await importCsv(utf8(csv), 'luong.csv');
    expect(result.rows.map((r) => [r.row, r.issues.map((i) => `${i.column}: ${i.code}`)])).toEqual([
      [2, ['Họ và tên: cell_too_long']],
      [3, ['Số tiền: cell_too_long']],
      [4, []],
    ]);
    expect(result.rows[0]?.issues[0]?.message).toContain('Row 2, column Họ và tên: the cell holds 5,000,000 characters');
  });

  it('more than 500 columns is refused, naming the line, whether the file is small or built to be huge', async () => {
    const wideLine = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`).join(',');
    expect(await failureOf(importCsv(utf8(`${header}${payees(3)}${wideLine(501)}\n`), 'wide.csv'))).toMatchObject({ code: 'too_many_columns', message: expect.stringContaining('wide.csv, line 5: more than 500 columns') });
    const huge = `${Array.from({ length: 1000 }, () => ','.repeat(50_000)).join('\n')}\n`;
    expect(await failureOf(importCsv(utf8(huge), 'wide.csv'))).toMatchObject({ code: 'too_many_columns', message: expect.stringContaining('line 1:') });
  });

  it('more than 500,000 rows is stopped at the limit while reading', async () => {
    const lines = `${header}${'An,1,VCB,1\n'.repeat(600_000)}`;
    expect(await failureOf(importCsv(utf8(lines), 'long.csv'))).toMatchObject({ code: 'too_many_rows', message: expect.stringContaining('more than 500,000 rows') });
  });

  it('a file larger than any payroll is refused before it is read', async () => {
    const big = new Uint8Array(maxFileBytes + 1).fill(0x41);
    expect(await failureOf(importCsv(big, 'big.csv'))).toMatchObject({ code: 'file_too_large', message: expect.stringContaining('big.csv is 100.0 MB; Paybatch reads payroll files of up to 100 MB') });
  });
});
