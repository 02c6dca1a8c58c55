import { describe, expect, it } from 'vitest';
import { formatImportTable } from '../../../../electron/cli/format-import-table.js';
import { translator } from '../../../../shared/i18n/translator.js';
import type { ImportResult } from '../../../../shared/import/import-file.js';
import { goodPayee, goodRefund } from '../../../support/payees.js';

describe('the terminal table of `paybatch inspect` and `validate`', () => {
  it('lists 150,000 rows and their problems (a spread of that many arguments overflowed the stack)', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => ({
      row: i + 2,
      payee: goodPayee('appotapay', { name: `Nguyễn Văn ${i}` }),
      sources: { name: 'Họ và tên' },
      issues: [{ field: 'name' as const, column: 'Họ và tên', severity: 'error' as const, code: 'made_up_for_this_test', message: `Row ${i + 2}, column Họ và tên: accents.` }],
    }));
    const result: ImportResult = { file: 'luong.csv', kind: 'csv', headerSignature: '', columns: [], sheet: 'luong.csv', sheets: [{ name: 'luong.csv', rows: 150_001 }], headerRow: 1, encoding: 'utf-8', delimiter: ',', currency: 'VND', amountFormat: 'comma-decimal', mapping: { name: 'Họ và tên' }, missingColumns: [], excludedRows: [], rows };
    const lines = formatImportTable(result, translator('en')).split('\n');
    expect(lines).toContain('150000 payees, 150000 with errors, 0 with warnings, 0 rows left out');
    expect(lines.filter((l) => l.startsWith('  ERROR   Row '))).toHaveLength(150_000);
    expect(lines.at(-2)).toBe('  ERROR   Row 150001, column Họ và tên: accents.');
  });
});

describe('the table in the reader\'s language', () => {
  const result: ImportResult = {
    file: 'luong.csv', kind: 'csv', headerSignature: '', columns: [], sheet: 'luong.csv', sheets: [{ name: 'luong.csv', rows: 2 }], headerRow: 1, encoding: 'utf-8', delimiter: ',', currency: 'VND', amountFormat: 'comma-decimal', mapping: { name: 'Họ và tên' }, missingColumns: [], excludedRows: [],
    rows: [{ row: 2, payee: goodPayee('appotapay', { amount: 16_000_000 }), sources: { name: 'Họ và tên' }, issues: [{ field: 'name' as const, column: 'Họ và tên', severity: 'warning' as const, code: 'made_up_for_this_test', message: 'Row 2: the English sentence.' }] }],
  };

  it('writes money as Vietnamese does, headings and counts in Vietnamese, and a problem without words of its own in English', () => {
    const text = formatImportTable(result, translator('vi'));
    expect(text).toContain('16.000.000\u00a0₫');
    expect(text).toContain('1 người nhận, 0 có lỗi, 1 có cảnh báo, 0 dòng bị bỏ qua');
    expect(text).toMatch(/^Dòng +Họ tên/m);
    expect(text).toContain('cảnh báo Row 2: the English sentence.');
  });

  it('writes Thai headings and money as English does in English', () => {
    expect(formatImportTable(result, translator('th'))).toMatch(/^แถว +ชื่อ/m);
    expect(formatImportTable(result, translator('en'))).toContain('₫16,000,000');
  });
});

describe('the table of a refund sheet', () => {
  const sources = { transactionId: 'Mã giao dịch', amount: 'Số tiền hoàn', refundFee: 'Phí hoàn tiền', description: 'Lý do hoàn tiền', reference: 'Mã đơn hàng' };
  const result: ImportResult = {
    file: 'hoan-tien.csv', kind: 'csv', headerSignature: '', columns: [], sheet: 'hoan-tien.csv', sheets: [{ name: 'hoan-tien.csv', rows: 2 }], headerRow: 1, encoding: 'utf-8', delimiter: ',', currency: 'VND', amountFormat: 'comma-decimal', mapping: sources, missingColumns: [], excludedRows: [],
    rows: [
      { row: 2, payee: goodRefund({ transactionId: '261121000012345', amount: 250_000, refundFee: 5_000, description: 'Huy don', reference: 'DH1001' }), sources, issues: [] },
      { row: 3, payee: goodRefund({ transactionId: '261121000099999', amount: 140_000 }), sources, issues: [] },
    ],
  };

  it('shows what each row refunds (transaction, amount, fee, reason, order), not a payroll\'s name and bank, and counts refunds', () => {
    const lines = formatImportTable(result, translator('en'), 'refund').split('\n');
    expect(lines).toContain('2 refunds, 0 with errors, 0 with warnings, 0 rows left out');
    expect(lines).toContainEqual(expect.stringMatching(/^Row +Transaction +Amount +Fee +Reason +Order$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ +2 +261121000012345 +₫250,000 +₫5,000 +Huy don +DH1001$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ +3 +261121000099999 +₫140,000 +Hoan tien don 1001 +DH1001$/));
  });

  it('in Vietnamese and Thai too', () => {
    const vi = formatImportTable(result, translator('vi'), 'refund');
    expect(vi).toContain('2 khoản hoàn, 0 có lỗi');
    expect(vi).toMatch(/^Dòng +Mã giao dịch +Số tiền +Phí +Lý do +Mã đơn hàng$/m);
    expect(formatImportTable(result, translator('th'), 'refund')).toMatch(/^แถว +รหัสธุรกรรม/m);
  });
});
