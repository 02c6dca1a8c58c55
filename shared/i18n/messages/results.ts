import { messages } from '../entry.js';

// A payout is paid, a refund refunded: the words for money that reached its end, by operation.
const paidEn = '{operation, select, refund {Refunded} other {Paid}}';
const paidVi = '{operation, select, refund {Đã hoàn} other {Đã trả}}';
const paidTh = '{operation, select, refund {คืนเงินแล้ว} other {จ่ายแล้ว}}';

/**
 * The Results screen (issue #15): what happened to every row of a batch, its totals, and what
 * to do next (export the report, retry the failed rows, export the unsent ones). A row's status
 * is `sendStatus.row`; why it failed is `sendReason.<code>` or `answer.<provider>.<code>`.
 */
export const resultsMessages = messages({
  'results.refunds.title': { en: 'Refund results', vi: 'Kết quả hoàn tiền', th: 'ผลการคืนเงิน' },
  'results.noEngine': {
    en: 'Results need the Paybatch engine: open the app from the address it printed.',
    vi: 'Cần có bộ máy Paybatch để xem kết quả: hãy mở ứng dụng từ địa chỉ mà nó đã in ra.',
    th: 'การดูผลลัพธ์ต้องใช้ระบบ Paybatch: เปิดแอปจากที่อยู่ที่แสดงไว้',
  },
  'results.empty': {
    en: 'Choose a sent batch to see what happened to each of its rows.',
    vi: 'Hãy chọn một lô đã gửi để xem kết quả của từng dòng.',
    th: 'เลือกชุดรายการที่ส่งแล้วเพื่อดูผลของแต่ละรายการ',
  },
  'results.noneSent': {
    en: 'No batch has been sent yet: sent batches are listed here.',
    vi: 'Chưa có lô nào được gửi: các lô đã gửi sẽ hiện ở đây.',
    th: 'ยังไม่มีชุดรายการที่ส่ง ชุดรายการที่ส่งแล้วจะแสดงที่นี่',
  },
  'results.choose': { en: 'Batch', vi: 'Lô', th: 'ชุดรายการ' },
  'results.choose.prompt': { en: 'Choose a batch…', vi: 'Chọn một lô…', th: 'เลือกชุดรายการ…' },
  'results.choose.option': { en: '{file} · {date} · {status}', vi: '{file} · {date} · {status}', th: '{file} · {date} · {status}' },
  'results.facts': {
    en: '{file} · {provider} · {environment, select, none {not sent} other {{environment}}} · {rows, plural, one {# row} other {# rows}} · {total}',
    vi: '{file} · {provider} · {environment, select, none {chưa gửi} other {{environment}}} · {rows} dòng · {total}',
    th: '{file} · {provider} · {environment, select, none {ยังไม่ได้ส่ง} other {{environment}}} · {rows} รายการ · {total}',
  },
  'results.notSent': {
    en: '{status, select, draft {This batch is still a draft: nothing has been sent.} discarded {This batch was discarded: nothing was sent.} other {This batch is approved and not sent yet: every row is waiting.}}',
    vi: '{status, select, draft {Lô này vẫn là bản nháp: chưa có gì được gửi.} discarded {Lô này đã bị bỏ: không có gì được gửi.} other {Lô này đã được duyệt nhưng chưa gửi: mọi dòng đang chờ.}}',
    th: '{status, select, draft {ชุดรายการนี้ยังเป็นฉบับร่าง ยังไม่มีการส่งสิ่งใด} discarded {ชุดรายการนี้ถูกทิ้งแล้ว ไม่มีการส่งสิ่งใด} other {ชุดรายการนี้อนุมัติแล้วแต่ยังไม่ได้ส่ง ทุกรายการกำลังรอ}}',
  },
  'results.live': {
    en: 'Still going: these results change as {provider} answers.',
    vi: 'Vẫn đang tiếp tục: kết quả sẽ thay đổi khi {provider} trả lời.',
    th: 'ยังดำเนินการอยู่ ผลลัพธ์จะเปลี่ยนเมื่อ {provider} ตอบกลับ',
  },
  'results.paused': {
    en: 'Sending is paused: the rows not sent yet wait until it goes on from the Send screen.',
    vi: 'Việc gửi đang tạm dừng: các dòng chưa gửi sẽ chờ đến khi tiếp tục ở màn hình Gửi.',
    th: 'การส่งหยุดชั่วคราว รายการที่ยังไม่ได้ส่งจะรอจนกว่าจะส่งต่อจากหน้าส่ง',
  },
  'results.ended': {
    en: '{status, select, cancelled {The batch was cancelled} other {The batch has finished}}{finished, select, none {} other { on {finished}}}.',
    vi: '{status, select, cancelled {Lô đã bị huỷ} other {Lô đã xong}}{finished, select, none {} other { lúc {finished}}}.',
    th: '{status, select, cancelled {ชุดรายการถูกยกเลิกแล้ว} other {ชุดรายการเสร็จสิ้นแล้ว}}{finished, select, none {} other { เมื่อ {finished}}}',
  },
  'results.review': {
    en: '{count, plural, one {# row needs} other {# rows need}} your answer after checking in {provider}’s portal.',
    vi: '{count} dòng cần bạn trả lời sau khi kiểm tra trên cổng của {provider}.',
    th: 'มี {count} รายการที่ต้องให้คุณตอบหลังจากตรวจสอบในพอร์ทัลของ {provider}',
  },
  'results.review.go': { en: 'Answer them on the Send screen', vi: 'Trả lời ở màn hình Gửi', th: 'ตอบที่หน้าส่ง' },
  'results.open': { en: 'See the results', vi: 'Xem kết quả', th: 'ดูผลลัพธ์' },

  'results.totals.title': { en: 'Totals in {currency}', vi: 'Tổng theo {currency}', th: 'ยอดรวมเป็น {currency}' },
  'results.totals.paid': { en: paidEn, vi: paidVi, th: paidTh },
  'results.totals.failed': { en: 'Failed or refused', vi: 'Thất bại hoặc bị từ chối', th: 'ล้มเหลวหรือถูกปฏิเสธ' },
  'results.totals.pending': { en: 'Not final yet', vi: 'Chưa có kết quả cuối', th: 'ยังไม่มีผลสุดท้าย' },
  'results.totals.cancelled': { en: 'Not sent (cancelled)', vi: 'Không gửi (đã huỷ)', th: 'ไม่ได้ส่ง (ยกเลิก)' },
  'results.totals.amount': { en: 'Amount ({currency})', vi: 'Số tiền ({currency})', th: 'จำนวนเงิน ({currency})' },

  'results.rows.title': { en: 'Every row', vi: 'Từng dòng', th: 'ทุกรายการ' },
  'results.rows.caption': {
    en: 'Each row of the batch with its status, references, money, times and any error',
    vi: 'Từng dòng của lô với trạng thái, mã tham chiếu, số tiền, thời gian và lỗi nếu có',
    th: 'แต่ละรายการในชุดรายการพร้อมสถานะ เลขอ้างอิง จำนวนเงิน เวลา และข้อผิดพลาด (ถ้ามี)',
  },
  'results.rows.first': { en: 'First', vi: 'Trang đầu', th: 'หน้าแรก' },
  'results.rows.last': { en: 'Last', vi: 'Trang cuối', th: 'หน้าสุดท้าย' },
  'results.col.reference': { en: '{provider} reference', vi: 'Mã tham chiếu {provider}', th: 'เลขอ้างอิง {provider}' },
  'results.col.fee': { en: 'Fee', vi: 'Phí', th: 'ค่าธรรมเนียม' },
  'results.col.paid': { en: paidEn, vi: paidVi, th: paidTh },
  'results.col.sent': { en: 'Sent', vi: 'Gửi lúc', th: 'ส่งเมื่อ' },
  'results.col.settled': { en: 'Settled', vi: 'Có kết quả lúc', th: 'ได้ผลเมื่อ' },
  'results.col.error': { en: 'What happened and what to do', vi: 'Chuyện gì xảy ra và cần làm gì', th: 'เกิดอะไรขึ้นและต้องทำอะไร' },

  'results.error.neverSent': {
    en: 'Not sent: the batch was cancelled before this row’s turn. Nothing was paid.',
    vi: 'Không gửi: lô đã bị huỷ trước khi đến lượt dòng này. Chưa có tiền nào được trả.',
    th: 'ไม่ได้ส่ง ชุดรายการถูกยกเลิกก่อนถึงคิวของรายการนี้ ยังไม่มีการจ่ายเงิน',
  },
  'results.error.providerSaid': {
    en: '{provider} said: “{words}”{code, select, none {} other { (code {code})}}',
    vi: '{provider} trả lời: “{words}”{code, select, none {} other { (mã {code})}}',
    th: '{provider} ตอบว่า: “{words}”{code, select, none {} other { (รหัส {code})}}',
  },
  'results.error.codeOnly': {
    en: '{provider} answered code {code}, without a reason.',
    vi: '{provider} trả lời mã {code}, không nêu lý do.',
    th: '{provider} ตอบรหัส {code} โดยไม่ระบุเหตุผล',
  },

  'results.actions.title': { en: 'Reports and next steps', vi: 'Báo cáo và bước tiếp theo', th: 'รายงานและขั้นตอนถัดไป' },
  'results.export.xlsx': { en: 'Export report (Excel)', vi: 'Xuất báo cáo (Excel)', th: 'ส่งออกรายงาน (Excel)' },
  'results.export.csv': { en: 'Export report (CSV)', vi: 'Xuất báo cáo (CSV)', th: 'ส่งออกรายงาน (CSV)' },
  'results.unsent.xlsx': { en: 'Export unsent rows (Excel)', vi: 'Xuất các dòng chưa trả (Excel)', th: 'ส่งออกรายการที่ยังไม่ได้จ่าย (Excel)' },
  'results.unsent.csv': { en: 'Export unsent rows (CSV)', vi: 'Xuất các dòng chưa trả (CSV)', th: 'ส่งออกรายการที่ยังไม่ได้จ่าย (CSV)' },
  'results.retry': { en: 'Retry failed rows', vi: 'Thử lại các dòng thất bại', th: 'ลองใหม่สำหรับรายการที่ล้มเหลว' },
  'results.retry.about': {
    en: 'Retry makes a new draft of the {count, plural, one {# failed or refused row} other {# failed and refused rows}}, with new order IDs, to check in Review again. Nothing is sent until you approve it.',
    vi: 'Thử lại sẽ tạo một lô nháp mới gồm {count} dòng thất bại hoặc bị từ chối, với mã lệnh mới, để kiểm tra lại ở màn hình Kiểm tra. Chưa có gì được gửi cho đến khi bạn duyệt.',
    th: 'การลองใหม่จะสร้างชุดร่างใหม่จากรายการที่ล้มเหลวหรือถูกปฏิเสธ {count} รายการ พร้อมหมายเลขคำสั่งใหม่ เพื่อตรวจสอบอีกครั้งในหน้าตรวจสอบ จะยังไม่มีการส่งจนกว่าคุณจะอนุมัติ',
  },
  'results.retry.wait': {
    en: 'Retry is offered once the batch has ended.',
    vi: 'Có thể thử lại khi lô đã kết thúc.',
    th: 'ลองใหม่ได้เมื่อชุดรายการสิ้นสุดแล้ว',
  },
  'results.preparing': { en: 'Preparing the file…', vi: 'Đang chuẩn bị tệp…', th: 'กำลังเตรียมไฟล์…' },
  'results.retrying': { en: 'Making the new draft…', vi: 'Đang tạo lô nháp mới…', th: 'กำลังสร้างชุดร่างใหม่…' },
  'results.saved': { en: 'Saved {file}.', vi: 'Đã lưu {file}.', th: 'บันทึก {file} แล้ว' },
  'results.unsentSaved': {
    en: '{rows, plural, one {# row} other {# rows}} not paid written to {file}: it imports again as it is.',
    vi: 'Đã ghi {rows} dòng chưa trả vào {file}: có thể nhập lại nguyên như vậy.',
    th: 'เขียนรายการที่ยังไม่ได้จ่าย {rows} รายการลงใน {file} แล้ว นำเข้าใหม่ได้ทันที',
  },
  'results.notReady': {
    en: 'This is not ready in this version of Paybatch yet.',
    vi: 'Chức năng này chưa có trong phiên bản Paybatch này.',
    th: 'ฟังก์ชันนี้ยังไม่พร้อมใน Paybatch เวอร์ชันนี้',
  },
});
