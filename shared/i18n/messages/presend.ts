import { messages } from '../entry.js';
import { rowStatusTh, rowStatusVi } from './status-words.js';

/**
 * The checks before sending (electron/engine/send/presend/): their refusals (`error.<reason>`,
 * each `en` word for word the engine's English message: presend-messages.test.ts holds them),
 * and Review's warning that the same payee was paid the same amount in the last 30 days
 * (`issue.paid_recently`, English as the engine's paid-recently check writes it).
 */
export const presendMessages = messages({
  'error.presend_not_checked': {
    en: "Check this batch in {environment} before sending it: the balance, and each payee's name where the provider offers that.",
    vi: 'Hãy kiểm tra lô này trong môi trường {environment} trước khi gửi: số dư, và tên từng người nhận nếu nhà cung cấp hỗ trợ việc đó.',
    th: 'ตรวจสอบชุดนี้ใน {environment} ก่อนส่ง: ยอดเงินคงเหลือ และชื่อผู้รับแต่ละคนหากผู้ให้บริการรองรับ',
  },
  'error.presend_undecided': {
    en: '{count, plural, one {One finding of the check has} other {# findings of the check have}} no decision yet: keep or exclude each before sending.',
    vi: '{count, plural, other {# phát hiện của lần kiểm tra}} chưa có quyết định: hãy giữ hoặc loại từng mục trước khi gửi.',
    th: 'ผลการตรวจ {count, plural, other {# รายการ}}ยังไม่มีการตัดสินใจ: เลือกเก็บไว้หรือนำออกทีละรายการก่อนส่ง',
  },
  'error.presend_balance_short': {
    en: 'The {name} balance ({balance}) is less than the rows still to send add up to ({needed}). Top it up, then start again.',
    vi: 'Số dư {name} ({balance}) ít hơn tổng các dòng còn phải gửi ({needed}). Hãy nạp thêm tiền rồi bắt đầu lại.',
    th: 'ยอดเงินคงเหลือของ {name} ({balance}) น้อยกว่ายอดรวมของรายการที่ยังต้องส่ง ({needed}) เติมเงินแล้วเริ่มใหม่',
  },
  'error.presend_busy': {
    en: 'This batch is being checked right now. Wait until the check is done.',
    vi: 'Lô này đang được kiểm tra. Hãy đợi đến khi kiểm tra xong.',
    th: 'ชุดนี้กำลังถูกตรวจสอบอยู่ รอจนตรวจเสร็จ',
  },
  'error.presend_while_sending': {
    en: 'This batch is being sent: checks and decisions come before sending. Pause it first.',
    vi: 'Lô này đang được gửi: kiểm tra và quyết định phải làm trước khi gửi. Hãy tạm dừng lô trước.',
    th: 'ชุดนี้กำลังส่งอยู่: การตรวจสอบและการตัดสินใจต้องทำก่อนส่ง หยุดชั่วคราวก่อน',
  },
  'error.presend_interrupted': {
    en: 'Paybatch was closed before the check was done. Nothing was sent; check again.',
    vi: 'Paybatch đã đóng trước khi kiểm tra xong. Chưa có gì được gửi; hãy kiểm tra lại.',
    th: 'Paybatch ถูกปิดก่อนตรวจเสร็จ ยังไม่มีอะไรถูกส่ง โปรดตรวจอีกครั้ง',
  },
  'error.presend_nothing_to_decide': {
    en: 'This batch has not been checked: there is nothing to decide yet.',
    vi: 'Lô này chưa được kiểm tra: chưa có gì để quyết định.',
    th: 'ชุดนี้ยังไม่ได้ตรวจสอบ: ยังไม่มีอะไรให้ตัดสินใจ',
  },
  'error.presend_no_such_row': {
    en: 'This batch has no payment number {seq}.',
    vi: 'Lô này không có khoản thanh toán số {seq}.',
    th: 'ชุดนี้ไม่มีรายการจ่ายหมายเลข {seq}',
  },
  'error.presend_no_finding': {
    en: 'Row {row} has no finding to decide: its name matched, or it was not checked.',
    vi: 'Dòng {row} không có phát hiện nào để quyết định: tên đã khớp, hoặc dòng này chưa được kiểm tra.',
    th: 'แถว {row} ไม่มีผลการตรวจให้ตัดสินใจ: ชื่อตรงกันแล้ว หรือยังไม่ได้ตรวจ',
  },
  'error.presend_row_not_ready': {
    en: 'Row {row} is no longer waiting to be sent ({status}): its decision cannot change.',
    vi: `Dòng {row} không còn chờ gửi (${rowStatusVi}): không thể đổi quyết định.`,
    th: `แถว {row} ไม่ได้รอส่งแล้ว (${rowStatusTh}): เปลี่ยนการตัดสินใจไม่ได้`,
  },

  'issue.paid_recently': {
    en: 'Row {row}: {amount} {state, select, approved {is to be paid to this {key, select, account {account} other {phone}} by batch {batch}, approved on {date} and not yet sent} other {was paid to this {key, select, account {account} other {phone}} on {date} (batch {batch})}}. If it is to be paid again, acknowledge this warning; otherwise exclude the row.',
    vi: 'Dòng {row}: {state, select, approved {{amount} sắp được trả cho {key, select, account {tài khoản} other {số điện thoại}} này trong lô {batch}, đã duyệt ngày {date} nhưng chưa gửi} other {{amount} đã được trả cho {key, select, account {tài khoản} other {số điện thoại}} này ngày {date} (lô {batch})}}. Nếu cần trả thêm lần nữa, hãy xác nhận cảnh báo này; nếu không, hãy loại dòng này.',
    th: 'แถว {row}: {state, select, approved {ชุด {batch} ที่อนุมัติเมื่อ {date} และยังไม่ได้ส่ง จะจ่าย {amount} ให้{key, select, account {บัญชี} other {เบอร์โทร}}นี้} other {จ่าย {amount} ให้{key, select, account {บัญชี} other {เบอร์โทร}}นี้แล้วเมื่อ {date} (ชุด {batch})}} หากตั้งใจจ่ายอีกครั้ง โปรดกดรับทราบคำเตือนนี้ หากไม่ใช่ โปรดนำแถวนี้ออก',
  },
  'problem.paid_recently': { en: 'paid in the last 30 days', vi: 'đã trả trong 30 ngày qua', th: 'จ่ายแล้วภายใน 30 วัน' },
});
