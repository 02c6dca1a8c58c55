import { describe, expect, it } from 'vitest';
import { readWorkbookInMemory } from '../../../shared/import/read-workbook.js';
import { importWith } from '../../support/import-readers.js';
import { encodeTis620, encodeWindows1258 } from '../../support/legacy-encoding.js';

const importCsv = importWith(readWorkbookInMemory);
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = endian === 'le' ? code & 0xff : code >> 8;
    bytes[3 + i * 2] = endian === 'le' ? code >> 8 : code & 0xff;
  }
  return bytes;
}

const vietnamese = 'Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung\r\nNguyễn Văn Đức,0011001234567,Vietcombank,"1.500.000",Lương tháng 10\r\nTrần Thị Ánh Tuyết,19033344455566,Techcombank,"2.750.000",Thưởng Tết\r\n';

describe('CSV import: encodings', () => {
  it.each([
    ['UTF-8 without BOM', utf8(vietnamese), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(vietnamese)]), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(vietnamese, 'le'), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(vietnamese, 'be'), 'utf-16be'],
    ['Windows-1258 with combining tone marks', encodeWindows1258(vietnamese), 'windows-1258'],
  ])('reads %s and outputs NFC text', async (_label, bytes, encoding) => {
    const result = await importCsv(bytes, 'luong.csv');
    expect(result.encoding).toBe(encoding);
    expect(result.mapping).toEqual({ name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền', description: 'Nội dung' });
    expect(result.rows.map((r) => [r.row, r.payee.name, r.payee.accountNo, r.payee.amount, r.payee.description])).toEqual([
      [2, 'Nguyễn Văn Đức', '0011001234567', 1_500_000, 'Lương tháng 10'],
      [3, 'Trần Thị Ánh Tuyết', '19033344455566', 2_750_000, 'Thưởng Tết'],
    ]);
    for (const row of result.rows) expect(row.payee.name).toBe(row.payee.name?.normalize('NFC'));
  });

  it('the Windows-1258 file really carries combining marks (so the NFC test means something)', () => {
    const bytes = encodeWindows1258('Nguyễn');
    expect(Array.from(bytes)).toContain(0xde); // combining tilde
  });

  it('reads TIS-620 (Thai) and tells it from Windows-1258', async () => {
    const thai = 'ชื่อ,เลขที่บัญชี,ธนาคาร,จำนวนเงิน,เบอร์โทร\nสมชาย ใจดี,0123456789,กสิกรไทย,"15,000.50",081-234-5678\nสมหญิง รักไทย,4567890123,ไทยพาณิชย์,"20,000.00",+66 89 876 5432\n';
    const result = await importCsv(encodeTis620(thai), 'thai.csv');
    expect(result.encoding).toBe('tis-620');
    expect(result.currency).toBe('THB');
    expect(result.rows.map((r) => [r.payee.name, r.payee.bank, r.payee.amount, r.payee.phone])).toEqual([
      ['สมชาย ใจดี', 'กสิกรไทย', 1_500_050, '0812345678'],
      ['สมหญิง รักไทย', 'ไทยพาณิชย์', 2_000_000, '0898765432'],
    ]);
  });

  it('reads UTF-16 without a byte-order mark once the user names the encoding', async () => {
    const noBom = utf16(vietnamese, 'le').subarray(2);
    await expect(importCsv(noBom, 'luong.txt')).rejects.toMatchObject({ code: 'not_a_sheet' });
    const result = await importCsv(noBom, 'luong.txt', { encoding: 'utf-16le' });
    expect(result.encoding).toBe('utf-16le');
    expect(result.rows[0]?.payee.name).toBe('Nguyễn Văn Đức');
  });
});

describe('CSV import: layout', () => {
  it.each([
    ['semicolons', 'Họ tên;STK;Số tiền\nAn;001;1.500.000\n', ';'],
    ['tabs (Excel "Unicode text")', 'Họ tên\tSTK\tSố tiền\nAn\t001\t1.500.000\n', '\t'],
    ['commas', 'Họ tên,STK,Số tiền\nAn,001,"1,500,000"\n', ','],
  ])('detects %s', async (_label, text, delimiter) => {
    const result = await importCsv(utf8(text), 'a.csv');
    expect(result.delimiter).toBe(delimiter);
    expect(result.rows[0]?.payee).toMatchObject({ name: 'An', accountNo: '001', amount: 1_500_000 });
  });

  it('finds the header under title rows and blank lines, and numbers rows by CSV line', async () => {
    const text = 'CÔNG TY TNHH ABC,,,\nBẢNG LƯƠNG THÁNG 10/2026,,,\n,,,\nSTT,Họ và tên,Số tài khoản,Thực lĩnh\n1,Nguyễn Văn An,0011001234567,"15,000,000"\n\n2,Trần Thị Bình,0021001234567,"12,500,000"\n,Tổng cộng,,"27,500,000"\n';
    const result = await importCsv(utf8(text), 'bang-luong.csv');
    expect(result.headerRow).toBe(4);
    expect(result.mapping).toEqual({ name: 'Họ và tên', accountNo: 'Số tài khoản', amount: 'Thực lĩnh' });
    expect(result.rows.map((r) => [r.row, r.payee.name, r.payee.amount])).toEqual([
      [5, 'Nguyễn Văn An', 15_000_000],
      [7, 'Trần Thị Bình', 12_500_000],
    ]);
    expect(result.excludedRows).toEqual([{ row: 8, reason: 'Row 8: totals row ("Tổng cộng"), not a payee', code: 'totals_row', params: { label: 'Tổng cộng' } }]);
  });

  it('keeps a payee whose name starts like a subtotal label, because it has an account', async () => {
    const result = await importCsv(utf8('Họ và tên,Số tài khoản,Số tiền\nCông Tằng Tôn Nữ Thu,0011001234567,"1.000.000"\nTổng cộng,,"1.000.000"\n'), 'a.csv');
    expect(result.rows.map((r) => r.payee.name)).toEqual(['Công Tằng Tôn Nữ Thu']);
    expect(result.excludedRows).toEqual([{ row: 3, reason: 'Row 3: totals row ("Tổng cộng"), not a payee', code: 'totals_row', params: { label: 'Tổng cộng' } }]);
  });

  it('accepts section subtotals and a grand total that add up, and says which totals line does not', async () => {
    const text = [
      'Họ và tên,Số tài khoản,Số tiền',
      'An,001,"1.000.000"',
      'Bình,002,"2.000.000"',
      'Cộng phòng Kế toán,,"3.000.000"',
      'Chi,003,"4.000.000"',
      'Cộng phòng Kinh doanh,,"4.000.000"',
      'Tổng cộng,,"7.000.000"',
    ].join('\n');
    const fine = await importCsv(utf8(text), 'a.csv');
    expect(fine.excludedRows.map((e) => e.reason)).toEqual([
      'Row 4: totals row ("Cộng phòng Kế toán"), not a payee',
      'Row 6: totals row ("Cộng phòng Kinh doanh"), not a payee',
      'Row 7: totals row ("Tổng cộng"), not a payee',
    ]);
    const wrong = await importCsv(utf8(text.replace('"7.000.000"', '"7.500.000"')), 'a.csv');
    expect(wrong.excludedRows[2]?.reason).toBe('Row 7: totals row ("Tổng cộng"), not a payee. Its amount, 7,500,000 VND, is not the sum of the rows above it (7,000,000 VND): check the sheet before paying');
  });

  it.each([
    ['Vietnamese without diacritics', 'Ho va ten,So tai khoan,Ngan hang,So tien,So dien thoai,Noi dung'],
    ['English', 'Full name,Account number,Bank,Amount,Phone,Description'],
    ['Vietnamese abbreviations', 'Họ tên,STK,NH,Số tiền,SĐT,Diễn giải'],
  ])('maps %s headers', async (_label, header) => {
    const result = await importCsv(utf8(`${header}\nAn,001,VCB,100000,0912345678,Luong\n`), 'a.csv');
    expect(Object.keys(result.mapping).sort()).toEqual(['accountNo', 'amount', 'bank', 'description', 'name', 'phone']);
  });

  it.each([
    ['a quoted line break, no final newline', 'Họ tên,Ghi chú,Số tiền\nAn,"dòng 1\ndòng 2",100\nBình,x,200', [2, 4]],
    ['a quoted line break, CRLF and a final newline', 'Họ tên,Ghi chú,Số tiền\r\nAn,"dòng 1\r\ndòng 2",100\r\n\r\nBình,x,200\r\n', [2, 5]],
    ['old Mac line ends', 'Họ tên,Ghi chú,Số tiền\rAn,x,100\r\rBình,x,200\r', [2, 4]],
    ['no quoted breaks', 'Họ tên,Ghi chú,Số tiền\nAn,x,100\n\nBình,x,200\n', [2, 4]],
  ])('numbers rows by the line they start on: %s', async (_label, text, lines) => {
    const result = await importCsv(utf8(text), 'a.csv');
    expect(result.rows.map((r) => r.row)).toEqual(lines);
  });

  it('keeps account numbers exactly as written, leading zeros included', async () => {
    const result = await importCsv(utf8('Họ tên,STK,Số tiền\nAn,000123,100000\nBình,0000000000000000001,100000\n'), 'a.csv');
    expect(result.rows.map((r) => r.payee.accountNo)).toEqual(['000123', '0000000000000000001']);
  });

  it('refuses an account number that Excel already turned into 1.23457E+14', async () => {
    const result = await importCsv(utf8('Họ tên,STK,Số tiền\nAn,1.23457E+14,100000\n'), 'a.csv');
    expect(result.rows[0]?.payee.accountNo).toBeNull();
    expect(result.rows[0]?.issues).toMatchObject([{ field: 'accountNo', severity: 'error', code: 'account_scientific', column: 'STK' }]);
  });

  it('normalizes phones and warns where it restored a zero', async () => {
    const result = await importCsv(utf8('Họ tên,SĐT,Số tiền\nA,+84 912 345 678,1\nB,84912345678,1\nC,0912-345-678,1\nD,912345678,1\nE,12345,1\n'), 'a.csv');
    expect(result.rows.map((r) => r.payee.phone)).toEqual(['0912345678', '0912345678', '0912345678', '0912345678', '12345']);
    expect(result.rows.map((r) => r.issues.map((i) => i.code))).toEqual([[], [], [], ['phone_leading_zero_restored'], ['phone_unusual']]);
  });

  it('applies a saved mapping and reports mapped headers the sheet lacks', async () => {
    const text = 'Người nhận,Số TK nhận,Tiền\nAn,001,100000\n';
    const result = await importCsv(utf8(text), 'a.csv', { mapping: { name: 'người nhận', accountNo: 'Số TK nhận', amount: 'TIỀN', phone: 'Điện thoại' } });
    expect(result.mapping).toEqual({ name: 'Người nhận', accountNo: 'Số TK nhận', amount: 'Tiền' });
    expect(result.missingColumns).toEqual([{ field: 'phone', header: 'Điện thoại' }]);
    expect(result.rows[0]?.payee).toMatchObject({ name: 'An', accountNo: '001', amount: 100_000 });
  });

  it('uses a header row the user names when detection cannot find one', async () => {
    const text = 'Cột A,Cột B,Cột C\nAn,001,100000\n';
    await expect(importCsv(utf8(text), 'a.csv')).rejects.toMatchObject({ code: 'no_header' });
    const result = await importCsv(utf8(text), 'a.csv', { headerRow: 1, mapping: { name: 'Cột A', accountNo: 'Cột B', amount: 'Cột C' } });
    expect(result.rows[0]?.payee).toMatchObject({ name: 'An', amount: 100_000 });
  });
});

describe('CSV import: amounts', () => {
  const column = (values: string[], currency?: 'VND' | 'THB', amountFormat?: 'dot-decimal' | 'comma-decimal') =>
    importCsv(utf8(`Họ tên,Số tiền\n${values.map((v, i) => `P${i},"${v}"`).join('\n')}\n`), 'a.csv', { ...(currency ? { currency } : {}), ...(amountFormat ? { amountFormat } : {}) });

  it('reads every way VND is written, into whole đồng', async () => {
    const result = await column(['1.500.000', '1,500,000', '3 000 000 đ', '4.200.000 VND', '2500000', '750.000₫', '1.000.000,00']);
    expect(result.rows.map((r) => r.payee.amount)).toEqual([1_500_000, 1_500_000, 3_000_000, 4_200_000, 2_500_000, 750_000, 1_000_000]);
  });

  it('reads THB into satang', async () => {
    const result = await column(['1,234.50', '20,000.00', '฿ 999.99', '1500', '12.5'], 'THB');
    expect(result.amountFormat).toBe('dot-decimal');
    expect(result.rows.map((r) => r.payee.amount)).toEqual([123_450, 2_000_000, 99_999, 150_000, 1_250]);
  });

  it('flags 1.500 in a THB column that does not say how it writes decimals, never guessing', async () => {
    const result = await column(['1.500', '2000'], 'THB');
    expect(result.rows[0]?.payee.amount).toBeNull();
    expect(result.rows[0]?.issues).toMatchObject([{ code: 'amount_ambiguous', severity: 'error', field: 'amount' }]);
    expect(result.rows[0]?.issues[0]?.message).toContain('could be 1,500 or 1.5');
  });

  it('settles 1.500 from the rest of the column, or from the user', async () => {
    expect((await column(['1.500', '2.345,50'], 'THB')).rows[0]?.payee.amount).toBe(150_000);
    expect((await column(['1.500', '2,345.50'], 'THB')).rows[0]?.payee.amount).toBe(150);
    expect((await column(['1.500'], 'THB', 'dot-decimal')).rows[0]?.payee.amount).toBe(150);
    expect((await column(['1.500'], 'THB', 'comma-decimal')).rows[0]?.payee.amount).toBe(150_000);
  });

  it.each([
    ['abc', 'amount_unreadable'],
    ['1,50,000', 'amount_unreadable'],
    ['1.500,5', 'amount_too_precise'],
    ['-500000', 'amount_not_positive'],
    ['0', 'amount_not_positive'],
    ['', 'amount_missing'],
  ])('refuses %j in VND with %s', async (value, code) => {
    const result = await column([value, '100000']);
    expect(result.rows[0]?.issues.map((i) => i.code)).toEqual([code]);
    expect(result.rows[0]?.issues[0]?.message).toMatch(/^Row 2, column Số tiền: /);
  });
});
