import ExcelJS from 'exceljs';

/**
 * The reference Vietnamese payroll, as accountants' sheets really look: company and title rows
 * above the header, an STT column, account numbers as text (leading zeros), as a long number
 * (digits already lost) and as a zero-padded number format, a phone that lost its zero, a
 * formula amount, a SUM totals row and signature lines under it, and a second sheet.
 */
export async function payrollWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lương T10');
  sheet.getCell('A1').value = 'CÔNG TY TNHH THƯƠNG MẠI ABC';
  sheet.getCell('A2').value = 'BẢNG LƯƠNG THÁNG 10/2026';
  sheet.getRow(4).values = ['STT', 'Họ và tên', 'Số tài khoản', 'Ngân hàng', 'Số tiền', 'SĐT', 'Nội dung'];
  sheet.getRow(5).values = [1, 'Nguyễn Văn An', '0011001234567', 'Vietcombank', 15000000, '0912345678', 'Lương tháng 10'];
  sheet.getRow(6).values = [2, 'Trần Thị Bình', 19033344455566, 'Techcombank', { formula: 'E5-2500000', result: 12500000 }, 912345679, 'Lương tháng 10'];
  // eslint-disable-next-line no-loss-of-precision -- on purpose: Excel keeps 15 digits, this is what it stores
  sheet.getRow(7).values = [3, 'Lê Hoàng Cường', 1234567890123456789, 'BIDV', '3.000.000', '+84 912 345 680', null];
  sheet.getRow(8).values = [4, '  Phạm   Thu Dung ', 451000123456, 'MB', 4200000, '0912-345-681', 'Thưởng'];
  sheet.getCell('C8').numFmt = '0000000000000';
  sheet.getCell('A10').value = 'Tổng cộng';
  sheet.mergeCells('A10:D10');
  // A stale cached result on purpose (as Excel leaves it under manual calculation): the rows
  // add up to 34,700,000, and the import must say the totals line disagrees.
  sheet.getCell('E10').value = { formula: 'SUM(E5:E8)', result: 31700000 };
  sheet.getRow(12).values = ['Người lập biểu', null, 'Kế toán trưởng', null, 'Giám đốc'];
  const notes = workbook.addWorksheet('Ghi chú');
  notes.getCell('A1').value = 'Chuyển khoản trước ngày 05/11';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** What every reader must extract from `payrollWorkbook` (or its LibreOffice re-save). */
export const payrollExpected = {
  sheet: 'Lương T10',
  headerRow: 4,
  mapping: { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền', phone: 'SĐT', description: 'Nội dung' },
  payees: [
    { row: 5, name: 'Nguyễn Văn An', accountNo: '0011001234567', bank: 'Vietcombank', amount: 15_000_000, phone: '0912345678', description: 'Lương tháng 10' },
    { row: 6, name: 'Trần Thị Bình', accountNo: '19033344455566', bank: 'Techcombank', amount: 12_500_000, phone: '0912345679', description: 'Lương tháng 10' },
    { row: 7, name: 'Lê Hoàng Cường', accountNo: null, bank: 'BIDV', amount: 3_000_000, phone: '0912345680', description: null },
    { row: 8, name: 'Phạm Thu Dung', accountNo: '0451000123456', bank: 'MB', amount: 4_200_000, phone: '0912345681', description: 'Thưởng' },
  ],
  issues: [
    { row: 6, field: 'accountNo', severity: 'warning', code: 'account_stored_as_number' },
    { row: 6, field: 'phone', severity: 'warning', code: 'phone_leading_zero_restored' },
    { row: 7, field: 'accountNo', severity: 'error', code: 'account_digits_lost' },
    { row: 8, field: 'accountNo', severity: 'warning', code: 'account_stored_as_number' },
  ],
  excludedRows: [10, 12],
  totalsReason: 'Row 10: totals row ("Tổng cộng"), not a payee. Its amount, 31,700,000 VND, is not the sum of the rows above it (34,700,000 VND): check the sheet before paying',
} as const;
