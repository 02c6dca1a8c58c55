import { messages } from '../entry.js';

/**
 * Review's own checks (shared/review): the duplicate warning across rows (`issue.duplicate_payee`,
 * whose English is the `message` check-rows builds), what keeps a batch from approval
 * (`check.<code>` of the summary's `blockerCheck`, English as its `blocker`), and the safe fixes
 * offered (`fix.<kind>` with the fixed `{value}`, English as the fix's `label`).
 */
export const reviewMessages = messages({
  'issue.duplicate_payee': {
    en: 'Row {row}: the same {key, select, account {account, bank} other {phone}} and amount as {others, plural, one {row} other {rows}} {rows}{more, plural, =0 {} other { and # more}}. If every payment is meant, acknowledge this warning; otherwise exclude the extra row.',
    vi: 'Dòng {row}: trùng {key, select, account {số tài khoản, ngân hàng} other {số điện thoại}} và số tiền với {others, plural, other {dòng}} {rows}{more, plural, =0 {} other { và # dòng khác}}. Nếu đúng là cần trả tất cả, hãy xác nhận cảnh báo này; nếu không, hãy loại dòng thừa.',
    th: 'แถว {row}: {key, select, account {เลขบัญชี ธนาคาร} other {เบอร์โทร}} และจำนวนเงินซ้ำกับ{others, plural, other {แถว}} {rows}{more, plural, =0 {} other { และอีก # แถว}} หากตั้งใจจ่ายทุกรายการ โปรดกดรับทราบคำเตือนนี้ หากไม่ใช่ โปรดนำแถวที่เกินออก',
  },
  'problem.duplicate_payee': { en: 'possible duplicate payment', vi: 'có thể trả trùng', th: 'อาจจ่ายซ้ำ' },

  'check.blocker_all_excluded': { en: 'Every row is excluded: there is nothing to pay.', vi: 'Mọi dòng đều bị loại: không có gì để trả.', th: 'ทุกรายการถูกนำออก ไม่มีอะไรให้จ่าย' },
  'check.blocker_errors': {
    en: '{count, plural, one {# row has errors. Fix or exclude it first.} other {# rows have errors. Fix or exclude them first.}}',
    vi: '{count, plural, other {# dòng có lỗi. Hãy sửa hoặc loại các dòng này trước.}}',
    th: '{count, plural, other {มี # รายการที่มีข้อผิดพลาด โปรดแก้ไขหรือนำออกก่อน}}',
  },
  'check.blocker_warnings': {
    en: '{count, plural, one {# row has a warning} other {# rows have warnings}} not yet acknowledged.',
    vi: '{count, plural, other {# dòng có cảnh báo chưa được xác nhận.}}',
    th: '{count, plural, other {มี # รายการที่มีคำเตือนซึ่งยังไม่ได้รับทราบ}}',
  },

  'fix.unaccent-upper': { en: 'Remove accents and write in capitals: "{value}"', vi: 'Bỏ dấu và viết hoa: "{value}"', th: 'ลบเครื่องหมายกำกับเสียงและเขียนเป็นตัวพิมพ์ใหญ่: "{value}"' },
  'fix.unaccent': { en: 'Remove accents: "{value}"', vi: 'Bỏ dấu: "{value}"', th: 'ลบเครื่องหมายกำกับเสียง: "{value}"' },
  'fix.unaccent-message': { en: 'Remove accents and special characters: "{value}"', vi: 'Bỏ dấu và ký tự đặc biệt: "{value}"', th: 'ลบเครื่องหมายกำกับเสียงและอักขระพิเศษ: "{value}"' },
  'fix.restore-phone-zero': { en: 'Add the leading 0: "{value}"', vi: 'Thêm số 0 ở đầu: "{value}"', th: 'เติม 0 ข้างหน้า: "{value}"' },
  'fix.trim': { en: 'Remove extra spaces: "{value}"', vi: 'Bỏ dấu cách thừa: "{value}"', th: 'ลบช่องว่างที่เกิน: "{value}"' },
});
