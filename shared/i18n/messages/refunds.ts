import { messages } from '../entry.js';
import { placed } from './rules.js';

/**
 * Refund sheets (HiTechPAY "Refund a payment"): the operation's names, what reading a refund
 * sheet finds (`issue.<code>`, English as build-payees writes it), the refund rules' findings
 * (English as rules-hitechpay-refund.ts writes it), the partial-refund warning (duplicate-rule.ts)
 * and the refunded-before warning (engine/batches/refunded-before.ts), each with its short name.
 */
export const refundMessages = messages({
  'operation.payout': { en: 'Top-up to wallet', vi: 'Nạp tiền vào ví', th: 'เติมเงินเข้าวอลเล็ต' },
  'operation.refund': { en: 'Refund a payment', vi: 'Hoàn tiền giao dịch', th: 'คืนเงินรายการชำระ' },
  'refund.operation.label': { en: 'What to do', vi: 'Nghiệp vụ', th: 'สิ่งที่จะทำ' },
  'refund.providerOperation': { en: '{provider} · {operation}', vi: '{provider} · {operation}', th: '{provider} · {operation}' },

  'refund.approve.count': { en: 'Refunds', vi: 'Số khoản hoàn', th: 'จำนวนรายการคืนเงิน' },
  'refund.approve.total': { en: 'Total refunded', vi: 'Tổng tiền hoàn', th: 'ยอดคืนเงินรวม' },
  'refund.approve.typeTotal': { en: 'Type the total to refund to approve', vi: 'Nhập tổng số tiền hoàn để duyệt', th: 'พิมพ์ยอดรวมที่จะคืนเพื่ออนุมัติ' },
  'refund.approve.approvedNow': {
    en: 'Approved: {count, plural, one {# refund} other {# refunds}}, total {total}. Each row has its refund id, starting {first}. The batch can no longer be changed.',
    vi: 'Đã duyệt: {count} khoản hoàn, tổng {total}. Mỗi dòng đã có mã hoàn tiền, bắt đầu từ {first}. Lô không thể thay đổi nữa.',
    th: 'อนุมัติแล้ว: คืนเงิน {count} รายการ ยอดรวม {total} แต่ละรายการมีรหัสคืนเงินแล้ว เริ่มที่ {first} ชุดรายการนี้แก้ไขไม่ได้อีก',
  },
  'refund.approve.before': {
    en: '{sameContent, select, yes {These transactions and amounts were} other {This file was}} approved before: {file}, approved {date}, {count, plural, one {# refund} other {# refunds}} totalling {total}. Approving refunds these payments again.',
    vi: '{sameContent, select, yes {Các giao dịch và số tiền này đã} other {Tệp này đã}} được duyệt trước đây: {file}, duyệt ngày {date}, {count} khoản hoàn, tổng {total}. Duyệt lần nữa sẽ hoàn tiền các giao dịch này thêm một lần.',
    th: '{sameContent, select, yes {ธุรกรรมและจำนวนเงินเหล่านี้} other {ไฟล์นี้}}เคยอนุมัติแล้ว: {file} อนุมัติวันที่ {date} คืนเงิน {count} รายการ ยอดรวม {total} การอนุมัติจะคืนเงินรายการเหล่านี้อีกครั้ง',
  },
  'refund.approve.again': { en: 'Yes, refund these payments again', vi: 'Có, hoàn tiền các giao dịch này thêm lần nữa', th: 'ใช่ คืนเงินรายการเหล่านี้อีกครั้ง' },
  'refund.approve.confirmAgain': { en: 'Confirm above that these payments are to be refunded again.', vi: 'Hãy xác nhận ở trên rằng các giao dịch này sẽ được hoàn tiền thêm lần nữa.', th: 'โปรดยืนยันด้านบนว่าจะคืนเงินรายการเหล่านี้อีกครั้ง' },

  'issue.transaction_digits_lost': {
    en: 'Row {row}, column {column}: Excel stored this transaction id as a number, so its digits are lost (the cell holds {shown}). Export the refunds again with this column formatted as Text.',
    vi: 'Dòng {row}, cột {column}: Excel đã lưu mã giao dịch này dưới dạng số nên các chữ số đã mất (ô đang chứa {shown}). Hãy xuất lại danh sách hoàn tiền với cột này ở định dạng Text.',
    th: 'แถว {row} คอลัมน์ {column}: Excel เก็บรหัสธุรกรรมนี้เป็นตัวเลข ตัวเลขจึงสูญหาย (เซลล์มีค่า {shown}) โปรดส่งออกรายการคืนเงินใหม่โดยจัดรูปแบบคอลัมน์นี้เป็น Text',
  },
  'issue.transaction_not_text': {
    en: 'Row {row}, column {column}: "{shown}" is not a transaction id. Check the cell in the sheet.',
    vi: 'Dòng {row}, cột {column}: "{shown}" không phải là mã giao dịch. Hãy kiểm tra ô này trong bảng tính.',
    th: 'แถว {row} คอลัมน์ {column}: "{shown}" ไม่ใช่รหัสธุรกรรม โปรดตรวจสอบเซลล์นี้ในไฟล์',
  },
  'issue.refund_fee_unreadable': {
    en: 'Row {row}, column {column}: "{written}" is not an amount. Write the fee as a whole amount, or leave the cell empty.',
    vi: 'Dòng {row}, cột {column}: "{written}" không phải là số tiền. Hãy ghi phí là một số tiền nguyên, hoặc để trống ô này.',
    th: 'แถว {row} คอลัมน์ {column}: "{written}" ไม่ใช่จำนวนเงิน โปรดเขียนค่าธรรมเนียมเป็นจำนวนเต็ม หรือเว้นเซลล์ว่างไว้',
  },
  'issue.refund_fee_negative': {
    en: 'Row {row}, column {column}: the refund fee cannot be negative (it is {written}). Write 0 or leave the cell empty when there is no fee.',
    vi: 'Dòng {row}, cột {column}: phí hoàn tiền không thể âm (đang là {written}). Hãy ghi 0 hoặc để trống nếu không có phí.',
    th: 'แถว {row} คอลัมน์ {column}: ค่าธรรมเนียมคืนเงินติดลบไม่ได้ (ตอนนี้เป็น {written}) โปรดใส่ 0 หรือเว้นว่างหากไม่มีค่าธรรมเนียม',
  },
  'issue.transaction_missing': placed({
    en: '{provider} needs the transaction id (zp_trans_id) of the payment to refund.',
    vi: '{provider} cần mã giao dịch (zp_trans_id) của khoản thanh toán cần hoàn.',
    th: '{provider} ต้องมีรหัสธุรกรรม (zp_trans_id) ของรายการชำระที่จะคืนเงิน',
  }),
  'issue.transaction_format': placed({
    en: '"{value}" is not a {provider} transaction id (zp_trans_id): it is digits only, at most 19. Copy it from the order system again.',
    vi: '"{value}" không phải là mã giao dịch {provider} (zp_trans_id): mã chỉ gồm chữ số, tối đa 19 số. Hãy sao chép lại từ hệ thống đơn hàng.',
    th: '"{value}" ไม่ใช่รหัสธุรกรรม {provider} (zp_trans_id) ซึ่งมีแต่ตัวเลข ไม่เกิน 19 หลัก โปรดคัดลอกจากระบบคำสั่งซื้อใหม่',
  }),
  'issue.refund_amount_missing': placed({
    en: 'the refund amount is missing or not a whole amount. Enter the amount to give back.',
    vi: 'thiếu số tiền hoàn hoặc số tiền không phải số nguyên. Hãy nhập số tiền cần hoàn lại.',
    th: 'ไม่มีจำนวนเงินคืน หรือไม่ใช่จำนวนเต็ม โปรดใส่จำนวนเงินที่จะคืน',
  }),
  'issue.refund_fee_not_below_amount': placed({
    en: 'the refund fee ({fee}) must be less than the refund amount ({amount}). Check both cells.',
    vi: 'phí hoàn tiền ({fee}) phải nhỏ hơn số tiền hoàn ({amount}). Hãy kiểm tra cả hai ô.',
    th: 'ค่าธรรมเนียมคืนเงิน ({fee}) ต้องน้อยกว่าจำนวนเงินคืน ({amount}) โปรดตรวจสอบทั้งสองเซลล์',
  }),
  'issue.refund_repeated': {
    en: 'Row {row}: transaction {transaction} is also refunded in {others, plural, one {row} other {rows}} {rows}{more, plural, =0 {} other { and # more}}: {total} in all. If these are partial refunds of one payment, acknowledge this warning; otherwise exclude the extra rows.',
    vi: 'Dòng {row}: giao dịch {transaction} cũng được hoàn ở {others, plural, other {dòng}} {rows}{more, plural, =0 {} other { và # dòng khác}}: tổng cộng {total}. Nếu đây là các lần hoàn một phần của cùng một khoản thanh toán, hãy xác nhận cảnh báo này; nếu không, hãy loại các dòng thừa.',
    th: 'แถว {row}: ธุรกรรม {transaction} ถูกคืนเงินใน{others, plural, other {แถว}} {rows}{more, plural, =0 {} other { และอีก # แถว}} ด้วย รวม {total} หากเป็นการคืนเงินบางส่วนของรายการชำระเดียวกัน โปรดกดรับทราบคำเตือนนี้ หากไม่ใช่ โปรดนำแถวที่เกินออก',
  },
  'issue.refunded_before': {
    en: 'Row {row}: transaction {transaction} was already refunded {amount} on {date} (batch {batch}). If this is a further partial refund, acknowledge this warning; otherwise exclude the row.',
    vi: 'Dòng {row}: giao dịch {transaction} đã được hoàn {amount} ngày {date} (lô {batch}). Nếu đây là một lần hoàn một phần nữa, hãy xác nhận cảnh báo này; nếu không, hãy loại dòng này.',
    th: 'แถว {row}: ธุรกรรม {transaction} ได้รับคืนเงิน {amount} แล้วเมื่อ {date} (ชุด {batch}) หากเป็นการคืนเงินบางส่วนเพิ่มเติม โปรดกดรับทราบคำเตือนนี้ หากไม่ใช่ โปรดนำแถวนี้ออก',
  },
  'problem.transaction_digits_lost': { en: 'transaction id lost digits', vi: 'mã giao dịch bị mất chữ số', th: 'รหัสธุรกรรมหลักหาย' },
  'problem.transaction_not_text': { en: 'not a transaction id', vi: 'không phải mã giao dịch', th: 'ไม่ใช่รหัสธุรกรรม' },
  'problem.refund_fee_unreadable': { en: 'fee not an amount', vi: 'phí không phải số tiền', th: 'ค่าธรรมเนียมไม่ใช่จำนวนเงิน' },
  'problem.refund_fee_negative': { en: 'negative fee', vi: 'phí âm', th: 'ค่าธรรมเนียมติดลบ' },
  'problem.transaction_missing': { en: 'transaction id missing', vi: 'thiếu mã giao dịch', th: 'ไม่มีรหัสธุรกรรม' },
  'problem.transaction_format': { en: 'not a transaction id', vi: 'mã giao dịch sai dạng', th: 'รหัสธุรกรรมไม่ถูกต้อง' },
  'problem.refund_amount_missing': { en: 'refund amount missing', vi: 'thiếu số tiền hoàn', th: 'ไม่มีจำนวนเงินคืน' },
  'problem.refund_fee_not_below_amount': { en: 'fee not below the amount', vi: 'phí không nhỏ hơn số tiền', th: 'ค่าธรรมเนียมไม่น้อยกว่าจำนวนเงิน' },
  'problem.refund_repeated': { en: 'transaction refunded more than once', vi: 'giao dịch được hoàn nhiều lần', th: 'ธุรกรรมถูกคืนเงินหลายครั้ง' },
  'problem.refunded_before': { en: 'refunded in an earlier batch', vi: 'đã hoàn ở lô trước', th: 'คืนเงินแล้วในชุดก่อน' },
});
