import { describe, expect, it } from 'vitest';
import { fieldForHeader } from '../../../../shared/import/header-synonyms.js';
import { detectHeaderRow } from '../../../../shared/import/detect-header-row.js';

describe('fieldForHeader', () => {
  it.each([
    ['Họ và tên', 'name'],
    ['HỌ VÀ TÊN', 'name'],
    ['Ho va ten', 'name'],
    ['Họ tên', 'name'],
    ['Full name', 'name'],
    ['ชื่อ', 'name'],
    ['ชื่อ-นามสกุล', 'name'],
    ['Số tài khoản', 'accountNo'],
    ['So tai khoan', 'accountNo'],
    ['STK', 'accountNo'],
    ['Số tài khoản nhận lương', 'accountNo'],
    ['Account number', 'accountNo'],
    ['เลขที่บัญชี', 'accountNo'],
    ['Tên tài khoản', 'name'],
    ['Loại tài khoản', 'accountType'],
    ['Ngân hàng', 'bank'],
    ['ธนาคาร', 'bank'],
    ['Số tiền', 'amount'],
    ['Số tiền (VND)', 'amount'],
    ['Thực lĩnh', 'amount'],
    ['จำนวนเงิน', 'amount'],
    ['Amount THB', 'amount'],
    ['SĐT', 'phone'],
    ['Số điện thoại', 'phone'],
    ['เบอร์โทร', 'phone'],
    ['Nội dung', 'description'],
    ['E-mail', 'email'],
    ['Mã nhân viên', 'partnerUserId'],
    ['STT', 'ignored'],
    ['Phụ cấp ăn trưa', null],
    ['', null],
  ])('%j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });
});

describe('detectHeaderRow', () => {
  const row = (number: number, ...cells: Array<string | null>) => ({ number, cells });
  it('skips company, title and period rows', () => {
    const rows = [
      row(1, 'CÔNG TY TNHH ABC'),
      row(2, 'BẢNG LƯƠNG THÁNG 10/2026'),
      row(3, 'Kỳ trả lương: 01/10 - 31/10', null, 'Tên đơn vị: Phòng Kế toán'),
      row(5, 'STT', 'Họ và tên', 'Số tài khoản', 'Số tiền'),
      row(6, '1', 'An', '001', '100'),
    ];
    expect(detectHeaderRow(rows)).toBe(3);
  });
  it('prefers the row naming more fields', () => {
    const rows = [row(1, 'Tên', 'Số tiền'), row(2, 'Họ và tên', 'Số tài khoản', 'Ngân hàng', 'Số tiền')];
    expect(detectHeaderRow(rows)).toBe(1);
  });
  it('gives up rather than guess when no row names two fields', () => {
    expect(detectHeaderRow([row(1, 'A', 'B'), row(2, 'x', 'y')])).toBeNull();
  });
});
