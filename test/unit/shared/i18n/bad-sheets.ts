import { sheetData, workbookFromParts } from '../../../support/xlsx-parts.js';

export type BadSheet = { readonly name: string; readonly bytes: Uint8Array; readonly currency?: 'VND' | 'THB' };

const text = (value: string) => new TextEncoder().encode(value);
const inline = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (ref: string, value: string) => `<c r="${ref}"><v>${value}</v></c>`;

const header = 'Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Số điện thoại\n';

/**
 * Sheets written to make every problem the import names at least once: cells too long or with
 * hidden characters, account numbers Excel damaged, odd phones, unreadable amounts, totals and
 * notes under them, and whole files that cannot be read.
 */
export function badSheets(): BadSheet[] {
  const vnd = [
    header,
    `${'A'.repeat(1200)},0011001234567,Vietcombank,1500000,0912345678\n`,
    `Trần\u0001Bình,0011001234568,Vietcombank,1500000,0912345678\n`,
    `Lê Chi,1.23457E+14,Vietcombank,1500000,912345678\n`,
    `Phạm Dũng,0011001234569,Vietcombank,,12345\n`,
    `Hoàng Em,0011001234570,Vietcombank,abc,+1 555 0100\n`,
    `Vũ Giang,0011001234571,Vietcombank,"1.500,000.5",0912345678\n`,
    `Đỗ Hà,0011001234572,Vietcombank,"1,50,000",0912345678\n`,
    `Bùi Khánh,0011001234573,Vietcombank,1500000.5,0912345678\n`,
    `Ngô Lan,0011001234574,Vietcombank,99999999999999999,0912345678\n`,
    `Dương Minh,0011001234575,Vietcombank,0,0912345678\n`,
    `Lý Nam,0011001234576,Vietcombank,-5000,0912345678\n`,
    `Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Số điện thoại\n`,
    `Tổng cộng,,,999,\n`,
    `Người lập biểu,,,,\n`,
  ].join('');
  const thb = ['ชื่อ,เลขที่บัญชี,ธนาคาร,จำนวนเงิน,โทรศัพท์\n', `สมชาย,1234567890,KBANK,1.500,0812345678\n`, `สมหญิง,1234567891,KBANK,"1,234.567",08-1234\n`, `มานี,1234567892,KBANK,1500,812345678\n`].join('');
  const rows = {
    1: `${inline('A1', 'Họ và tên')}${inline('B1', 'Số tài khoản')}${inline('C1', 'Số tiền')}${inline('D1', 'Số điện thoại')}`,
    2: `${inline('A2', 'An')}${number('B2', '11001234567')}${number('C2', '1500000')}${number('D2', '912345678')}`,
    3: `${inline('A3', 'Bình')}${number('B3', '1234567890123456')}${number('C3', '1500000.25')}`,
    4: `<c r="A4" t="e"><v>#REF!</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" t="e"><v>#VALUE!</v></c>`,
    5: `<c r="A5" t="s"><v>7</v></c>${inline('B5', '0011')}${number('C5', '1e21')}`,
    6: `${inline('A6', 'Chi')}${inline('B6', '0012')}${number('C6', '0.0000001')}`,
    7: `${inline('A7', 'Cộng')}<c r="C7"><f>SUM(C2:C6)</f><v>42</v></c>`,
  };
  const workbook = workbookFromParts({ sheets: [{ name: 'Lương', xml: sheetData(rows) }], sharedStrings: '<si><t>x</t></si>' });
  return [
    { name: 'bad-vnd.csv', bytes: text(vnd), currency: 'VND' },
    { name: 'bad-thb.csv', bytes: text(thb), currency: 'THB' },
    { name: 'ambiguous-thb.csv', bytes: text('ชื่อ,เลขที่บัญชี,จำนวนเงิน\nสมชาย,1234567890,1.500\nสมหญิง,1234567891,2.500\n'), currency: 'THB' },
    { name: 'bad.xlsx', bytes: workbook },
  ];
}

/** Files no import can read, each with the failure it must end in. */
export function unreadableFiles(): Array<{ name: string; bytes: Uint8Array }> {
  return [
    { name: 'empty.csv', bytes: new Uint8Array(0) },
    { name: 'header-only.csv', bytes: text('Họ và tên,Số tài khoản,Số tiền\n') },
    { name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]) },
    { name: 'not-zip.xlsx', bytes: text('Họ và tên,Số tiền\nAn,1\n') },
    { name: 'random.csv', bytes: new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256) },
    { name: 'no-header.csv', bytes: text('a,b\nc,d\n') },
    { name: 'blank.csv', bytes: text('\n\n,,\n') },
    { name: 'quote.csv', bytes: text('Họ và tên,Số tiền\n"An,1\nBình,2\n') },
    { name: 'wide.csv', bytes: text(`${Array.from({ length: 600 }, (_, i) => `c${i}`).join(',')}\n`) },
  ];
}
