import { messages } from '../entry.js';
import { placed } from './rules.js';

/**
 * Refund sheets (HiTechPAY "Refund a payment"): the operation's names, what reading a refund
 * sheet finds (`issue.<code>`, English as build-payees writes it), the refund rules' findings
 * (English as rules-hitechpay-refund.ts writes it), the partial-refund warning (duplicate-rule.ts)
 * and the refunded-before warning (engine/batches/refunded-before.ts), each with its short name;
 * the sample refund sheet offered with the sample payrolls, and the Send screen's words where a
 * refund is not a payment (no balance, no payee's name, "refunded" rather than "paid").
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
    en: 'Row {row}: transaction {transaction} is already refunded, or to be refunded, {amount} by an earlier batch (the latest: batch {batch}, {date}). If this is a further partial refund, acknowledge this warning; otherwise exclude the row.',
    vi: 'Dòng {row}: giao dịch {transaction} đã được hoàn, hoặc sắp được hoàn, {amount} trong một lô trước (gần nhất: lô {batch}, {date}). Nếu đây là một lần hoàn một phần nữa, hãy xác nhận cảnh báo này; nếu không, hãy loại dòng này.',
    th: 'แถว {row}: ธุรกรรม {transaction} ได้รับคืนเงินแล้ว หรือกำลังจะได้รับคืน {amount} ในชุดก่อนหน้า (ล่าสุด: ชุด {batch} {date}) หากเป็นการคืนเงินบางส่วนเพิ่มเติม โปรดกดรับทราบคำเตือนนี้ หากไม่ใช่ โปรดนำแถวนี้ออก',
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

  'refund.sample.try': { en: 'Try the sample refund sheet in Practice', vi: 'Thử bảng hoàn tiền mẫu ở chế độ Luyện tập', th: 'ลองตารางคืนเงินตัวอย่างในโหมดฝึกใช้งาน' },
  'refund.sample.loaded': {
    en: '{file} is a sample refund sheet for {provider}: a day’s cancelled bookings to refund. Check its columns, put right the rows Review asks about, approve, and send the refunds in Practice.',
    vi: '{file} là bảng hoàn tiền mẫu cho {provider}: các đặt chỗ bị huỷ trong một ngày cần hoàn tiền. Hãy xem lại các cột, sửa các dòng mà bước Kiểm tra hỏi, duyệt và gửi lệnh hoàn tiền ở chế độ Luyện tập.',
    th: '{file} เป็นตารางคืนเงินตัวอย่างสำหรับ {provider}: การจองที่ถูกยกเลิกในหนึ่งวันซึ่งต้องคืนเงิน ตรวจดูคอลัมน์ แก้รายการที่ขั้นตรวจสอบถาม อนุมัติ แล้วส่งรายการคืนเงินในโหมดฝึกใช้งาน',
  },
  'refund.send.env.sample': {
    en: 'This is a sample refund sheet of made-up payments: it is never sent with real money.',
    vi: 'Đây là bảng hoàn tiền mẫu với các giao dịch giả định: không bao giờ được gửi bằng tiền thật.',
    th: 'นี่คือตารางคืนเงินตัวอย่างของรายการชำระสมมติ จะไม่ถูกส่งด้วยเงินจริง',
  },
  'refund.send.check.running': { en: 'Getting {provider} ready for the refunds…', vi: 'Đang chuẩn bị {provider} cho các lệnh hoàn tiền…', th: 'กำลังเตรียม {provider} สำหรับรายการคืนเงิน…' },
  'refund.send.balance.notApplicable': {
    en: 'Refunds are given back out of the payments refunded: no balance to check. {needed} is left to refund.',
    vi: 'Tiền hoàn được trả lại từ chính các giao dịch được hoàn: không có số dư nào cần kiểm tra. Còn {needed} phải hoàn.',
    th: 'เงินคืนจ่ายจากรายการชำระที่ถูกคืนเอง จึงไม่มียอดคงเหลือให้ตรวจสอบ ยังต้องคืนอีก {needed}',
  },
  'refund.send.names.none': {
    en: 'Each refund goes back to the payment it refunds: there are no payees’ names to check.',
    vi: 'Mỗi khoản hoàn được trả về đúng giao dịch được hoàn: không có tên người nhận nào cần kiểm tra.',
    th: 'แต่ละรายการคืนเงินจะคืนไปยังรายการชำระเดิม จึงไม่มีชื่อผู้รับให้ตรวจสอบ',
  },
  'refund.send.rows.review': {
    en: 'Check this refund in the provider’s portal by its refund ID: {reason}',
    vi: 'Hãy kiểm tra lệnh hoàn tiền này trên cổng của nhà cung cấp theo mã hoàn tiền: {reason}',
    th: 'ตรวจสอบรายการคืนเงินนี้ในพอร์ทัลของผู้ให้บริการด้วยรหัสคืนเงิน: {reason}',
  },
  'refund.send.review.text': {
    en: 'Paybatch could not tell whether {count, plural, one {this refund was} other {these refunds were}} made. Look each one up in {provider}’s portal by its refund ID (m_refund_id), then say what you found.',
    vi: 'Paybatch không xác định được {count, plural, other {các lệnh hoàn tiền này}} đã được thực hiện hay chưa. Hãy tra từng lệnh trên cổng {provider} theo mã hoàn tiền (m_refund_id), rồi cho biết kết quả bạn thấy.',
    th: 'Paybatch บอกไม่ได้ว่า{count, plural, other {รายการคืนเงินเหล่านี้}}คืนเงินแล้วหรือยัง ค้นหาแต่ละรายการในพอร์ทัลของ {provider} ด้วยรหัสคืนเงิน (m_refund_id) แล้วบอกสิ่งที่คุณพบ',
  },
  'refund.send.review.refunded': { en: 'Refunded', vi: 'Đã hoàn tiền', th: 'คืนเงินแล้ว' },
  'refund.send.review.notRefunded': {
    en: '{cancelled, select, yes {Not refunded} other {Not refunded — send again with the same refund ID}}',
    vi: '{cancelled, select, yes {Chưa hoàn tiền} other {Chưa hoàn tiền — gửi lại với cùng mã hoàn tiền}}',
    th: '{cancelled, select, yes {ยังไม่ได้คืนเงิน} other {ยังไม่ได้คืนเงิน — ส่งอีกครั้งด้วยรหัสคืนเงินเดิม}}',
  },
  'refund.send.review.confirmRefunded.title': { en: 'Count row {row} as refunded?', vi: 'Tính dòng {row} là đã hoàn tiền?', th: 'นับแถว {row} ว่าคืนเงินแล้วหรือไม่' },
  'refund.send.review.confirmRefunded.text': {
    en: 'Row {row} (transaction {transaction}, {amount}, refund ID {orderId}) is counted as refunded, as you found it in {provider}’s portal. Nothing is sent.',
    vi: 'Dòng {row} (giao dịch {transaction}, {amount}, mã hoàn tiền {orderId}) được tính là đã hoàn tiền, như bạn thấy trên cổng {provider}. Không có gì được gửi đi.',
    th: 'แถว {row} (ธุรกรรม {transaction}, {amount}, รหัสคืนเงิน {orderId}) จะนับว่าคืนเงินแล้ว ตามที่คุณพบในพอร์ทัลของ {provider} จะไม่มีการส่งใดๆ',
  },
  'refund.send.review.confirmRefunded.yes': { en: 'Yes, it was refunded', vi: 'Có, khoản này đã được hoàn tiền', th: 'ใช่ คืนเงินแล้ว' },
  'refund.send.review.confirmNotRefunded.title': {
    en: '{batch, select, cancelled {Count row {row} as not refunded?} other {Send row {row} again?}}',
    vi: '{batch, select, cancelled {Tính dòng {row} là chưa hoàn tiền?} other {Gửi lại dòng {row}?}}',
    th: '{batch, select, cancelled {นับแถว {row} ว่ายังไม่ได้คืนเงินหรือไม่} other {ส่งแถว {row} อีกครั้งหรือไม่}}',
  },
  'refund.send.review.confirmNotRefunded.text': {
    en: '{batch, select, cancelled {This batch is cancelled, so row {row} (transaction {transaction}, {amount}, refund ID {orderId}) is not sent again: it ends cancelled, not refunded.} other {Row {row} (transaction {transaction}, {amount}) is sent again with the same refund ID {orderId}. {provider} refuses a refund ID it has already received as a duplicate, so if it was refunded after all it is not refunded twice.{batch, select, paused { It is sent when you continue this batch.} finished { This batch opens again to send it.} other {}}}}',
    vi: '{batch, select, cancelled {Lô này đã bị huỷ nên dòng {row} (giao dịch {transaction}, {amount}, mã hoàn tiền {orderId}) không được gửi lại: dòng này kết thúc ở trạng thái đã huỷ, không được hoàn tiền.} other {Dòng {row} (giao dịch {transaction}, {amount}) được gửi lại với cùng mã hoàn tiền {orderId}. {provider} từ chối một mã hoàn tiền đã nhận trước đó vì trùng lặp, nên nếu khoản này thực ra đã được hoàn thì sẽ không bị hoàn hai lần.{batch, select, paused { Lệnh này được gửi khi bạn tiếp tục lô.} finished { Lô này được mở lại để gửi lệnh này.} other {}}}}',
    th: '{batch, select, cancelled {ชุดรายการนี้ถูกยกเลิกแล้ว แถว {row} (ธุรกรรม {transaction}, {amount}, รหัสคืนเงิน {orderId}) จึงไม่ถูกส่งอีก และจบลงเป็นยกเลิกแล้ว ไม่ได้คืนเงิน} other {แถว {row} (ธุรกรรม {transaction}, {amount}) จะถูกส่งอีกครั้งด้วยรหัสคืนเงินเดิม {orderId} {provider} ปฏิเสธรหัสคืนเงินที่เคยได้รับแล้วเพราะเป็นรายการซ้ำ ดังนั้นหากรายการนี้คืนเงินไปแล้วจริง จะไม่ถูกคืนซ้ำ{batch, select, paused { รายการนี้จะถูกส่งเมื่อคุณส่งชุดรายการนี้ต่อ} finished { ชุดรายการนี้จะเปิดอีกครั้งเพื่อส่งรายการนี้} other {}}}}',
  },
  'refund.send.review.confirmNotRefunded.yes': {
    en: '{batch, select, cancelled {Yes, it was not refunded} other {Yes, send it again}}',
    vi: '{batch, select, cancelled {Có, khoản này chưa được hoàn tiền} other {Có, gửi lại}}',
    th: '{batch, select, cancelled {ใช่ ยังไม่ได้คืนเงิน} other {ใช่ ส่งอีกครั้ง}}',
  },
  'app.send.confirmStart.refundText': {
    en: '{count, plural, one {# refund} other {# refunds}}, {total} in all, will be given back by {provider} out of the payments refunded. A refund made cannot be undone.',
    vi: '{count, plural, other {# khoản hoàn}}, tổng {total}, sẽ được {provider} hoàn lại từ các khoản thanh toán được hoàn. Khoản đã hoàn thì không thể hoàn tác.',
    th: '{count, plural, other {# รายการคืนเงิน}} รวม {total} จะถูก {provider} คืนจากรายการชำระที่คืนเงิน เมื่อคืนแล้วจะย้อนกลับไม่ได้',
  },
});
