import { messages } from '../entry.js';

/**
 * The result report (issue #15 item 2): its sheets, the columns after the sheet's own, the
 * Summary sheet, the report's file name, its refusals (`error.<reason>`) and the words of
 * `paybatch report`. The sheet's own columns keep the headers they had in the file imported.
 */
export const reportsMessages = messages({
  'report.sheet.results': { en: 'Results', vi: 'Kết quả', th: 'ผลลัพธ์' },
  'report.sheet.summary': { en: 'Summary', vi: 'Tổng hợp', th: 'สรุป' },
  /** The suggested file name, without its extension: the source file's name, then the batch. */
  'report.fileName': { en: '{file} - result {batch}', vi: '{file} - kết quả {batch}', th: '{file} - ผลลัพธ์ {batch}' },

  // A row's status in a report cell: a word a filter lists, not a sentence.
  'report.status': {
    en: '{status, select, ready {Not sent} sending {Sending} accepted {Processing} succeeded {Succeeded} failed {Failed} rejected {Refused} unknown {Unclear} needs_review {Needs review} cancelled {Cancelled} other {{status}}}',
    vi: '{status, select, ready {Chưa gửi} sending {Đang gửi} accepted {Đang xử lý} succeeded {Thành công} failed {Thất bại} rejected {Bị từ chối} unknown {Chưa rõ} needs_review {Cần kiểm tra} cancelled {Đã huỷ} other {{status}}}',
    th: '{status, select, ready {ยังไม่ส่ง} sending {กำลังส่ง} accepted {กำลังดำเนินการ} succeeded {สำเร็จ} failed {ล้มเหลว} rejected {ถูกปฏิเสธ} unknown {ยังไม่ชัดเจน} needs_review {ต้องตรวจสอบ} cancelled {ยกเลิกแล้ว} other {{status}}}',
  },

  // The columns after the sheet's own.
  'report.column.row': { en: 'Sheet row', vi: 'Dòng trong bảng', th: 'แถวในชีต' },
  'report.column.orderId': {
    en: '{operation, select, refund {Refund id (m_refund_id)} other {Order id}}',
    vi: '{operation, select, refund {Mã hoàn tiền (m_refund_id)} other {Mã lệnh}}',
    th: '{operation, select, refund {รหัสคืนเงิน (m_refund_id)} other {หมายเลขคำสั่ง}}',
  },
  'report.column.transactionId': { en: 'Transaction id (zp_trans_id)', vi: 'Mã giao dịch (zp_trans_id)', th: 'รหัสธุรกรรม (zp_trans_id)' },
  'report.column.status': { en: 'Status', vi: 'Trạng thái', th: 'สถานะ' },
  'report.column.providerRef': {
    en: '{operation, select, refund {{provider} refund_id} other {{provider} reference}}',
    vi: '{operation, select, refund {refund_id của {provider}} other {Mã tham chiếu {provider}}}',
    th: '{operation, select, refund {refund_id ของ {provider}} other {เลขอ้างอิง {provider}}}',
  },
  'report.column.fee': { en: 'Fee', vi: 'Phí', th: 'ค่าธรรมเนียม' },
  'report.column.amountDone': {
    en: '{operation, select, refund {Amount refunded} other {Amount paid}}',
    vi: '{operation, select, refund {Số tiền đã hoàn} other {Số tiền đã trả}}',
    th: '{operation, select, refund {จำนวนเงินที่คืนแล้ว} other {จำนวนเงินที่จ่ายแล้ว}}',
  },
  'report.column.error': { en: 'Error', vi: 'Lỗi', th: 'ข้อผิดพลาด' },
  'report.column.sentAt': { en: 'Sent', vi: 'Thời điểm gửi', th: 'เวลาที่ส่ง' },
  'report.column.settledAt': { en: 'Settled', vi: 'Thời điểm có kết quả', th: 'เวลาที่ได้ผล' },
  /** The provider's words, with its code, when there is no sentence of ours for the code. */
  'report.providerWords': { en: '{words} (code {code})', vi: '{words} (mã {code})', th: '{words} (รหัส {code})' },

  // The Summary sheet.
  'report.summary.title': {
    en: '{operation, select, refund {Refund results} other {Payout results}}',
    vi: '{operation, select, refund {Kết quả hoàn tiền} other {Kết quả chi trả}}',
    th: '{operation, select, refund {ผลการคืนเงิน} other {ผลการจ่ายเงิน}}',
  },
  'report.summary.batch': { en: 'Batch id', vi: 'Mã lô', th: 'รหัสชุด' },
  'report.summary.provider': { en: 'Provider', vi: 'Nhà cung cấp', th: 'ผู้ให้บริการ' },
  'report.summary.operation': { en: 'Operation', vi: 'Nghiệp vụ', th: 'ประเภทรายการ' },
  'report.summary.operationName': {
    en: '{operation, select, refund {Refunds} other {Payouts}}',
    vi: '{operation, select, refund {Hoàn tiền} other {Chi trả}}',
    th: '{operation, select, refund {คืนเงิน} other {จ่ายเงิน}}',
  },
  'report.summary.environment': { en: 'Environment', vi: 'Môi trường', th: 'สภาพแวดล้อม' },
  'report.summary.notSent': { en: 'not sent yet', vi: 'chưa gửi', th: 'ยังไม่ได้ส่ง' },
  'report.summary.batchStatus': { en: 'Batch status', vi: 'Trạng thái lô', th: 'สถานะชุด' },
  'report.summary.currency': { en: 'Currency', vi: 'Đơn vị tiền', th: 'สกุลเงิน' },
  'report.summary.file': { en: 'Source file', vi: 'Tệp gốc', th: 'ไฟล์ต้นฉบับ' },
  'report.summary.fileHash': { en: 'Source file SHA-256', vi: 'SHA-256 của tệp gốc', th: 'SHA-256 ของไฟล์ต้นฉบับ' },
  'report.summary.contentHash': { en: 'Approved content SHA-256', vi: 'SHA-256 của nội dung đã duyệt', th: 'SHA-256 ของเนื้อหาที่อนุมัติ' },
  'report.summary.approvedAt': { en: 'Approved', vi: 'Thời điểm duyệt', th: 'อนุมัติเมื่อ' },
  'report.summary.sendStartedAt': { en: 'Sending started', vi: 'Bắt đầu gửi', th: 'เริ่มส่งเมื่อ' },
  'report.summary.finishedAt': { en: 'Finished', vi: 'Kết thúc', th: 'เสร็จเมื่อ' },
  'report.summary.exportedAt': { en: 'Report made', vi: 'Thời điểm lập báo cáo', th: 'จัดทำรายงานเมื่อ' },
  'report.summary.timeZone': { en: 'Times are in', vi: 'Múi giờ', th: 'เขตเวลา' },
  'report.summary.rows': { en: 'Rows', vi: 'Số dòng', th: 'จำนวนรายการ' },
  'report.summary.total': { en: 'Total amount', vi: 'Tổng số tiền', th: 'ยอดเงินรวม' },
  'report.summary.fees': { en: 'Fees', vi: 'Phí', th: 'ค่าธรรมเนียม' },
  'report.summary.status': { en: 'Status', vi: 'Trạng thái', th: 'สถานะ' },
  'report.summary.count': { en: 'Rows', vi: 'Số dòng', th: 'จำนวนรายการ' },
  'report.summary.amount': { en: 'Amount', vi: 'Số tiền', th: 'จำนวนเงิน' },
  'report.summary.allRows': { en: 'Total', vi: 'Tổng cộng', th: 'รวมทั้งหมด' },

  // Refusals of report.export (electron/engine/reports/report-source.ts).
  'error.report_never_approved': {
    en: 'This batch was never approved, so nothing of it was sent and there is no result to export.',
    vi: 'Lô này chưa từng được duyệt nên chưa có gì được gửi đi và không có kết quả để xuất.',
    th: 'ชุดนี้ไม่เคยได้รับการอนุมัติ จึงยังไม่มีการส่งสิ่งใดและไม่มีผลลัพธ์ให้ส่งออก',
  },

  // paybatch report
  'report.cli.usage': {
    en: 'name the batch and the file: paybatch report BATCH --out FILE.xlsx|FILE.csv (see "paybatch batches").',
    vi: 'hãy nêu lô và tệp: paybatch report MÃ_LÔ --out TỆP.xlsx|TỆP.csv (xem "paybatch batches").',
    th: 'ระบุชุดและไฟล์: paybatch report รหัสชุด --out ไฟล์.xlsx|ไฟล์.csv (ดู "paybatch batches")',
  },
  'report.cli.extension': {
    en: 'the report is written as .xlsx or .csv, and "{file}" ends in neither.',
    vi: 'báo cáo chỉ ghi được dạng .xlsx hoặc .csv, mà "{file}" không có đuôi nào trong hai đuôi này.',
    th: 'รายงานเขียนได้เป็น .xlsx หรือ .csv เท่านั้น แต่ "{file}" ไม่ได้ลงท้ายด้วยทั้งสองแบบ',
  },
  'report.cli.noFolder': {
    en: 'the folder {folder} does not exist. Create it, or choose another place for the report.',
    vi: 'thư mục {folder} không tồn tại. Hãy tạo thư mục đó, hoặc chọn nơi khác để lưu báo cáo.',
    th: 'ไม่มีโฟลเดอร์ {folder} สร้างโฟลเดอร์นั้น หรือเลือกที่อื่นสำหรับรายงาน',
  },
  'report.cli.isFolder': {
    en: '{file} is a folder. Give the report a file name ending in .xlsx or .csv.',
    vi: '{file} là một thư mục. Hãy đặt cho báo cáo một tên tệp có đuôi .xlsx hoặc .csv.',
    th: '{file} เป็นโฟลเดอร์ โปรดตั้งชื่อไฟล์รายงานที่ลงท้ายด้วย .xlsx หรือ .csv',
  },
  'report.cli.notWritable': {
    en: 'Paybatch may not write in {folder} ({problem}). Choose a folder you can write to.',
    vi: 'Paybatch không được phép ghi vào {folder} ({problem}). Hãy chọn thư mục mà bạn có quyền ghi.',
    th: 'Paybatch ไม่มีสิทธิ์เขียนใน {folder} ({problem}) โปรดเลือกโฟลเดอร์ที่คุณเขียนได้',
  },
  'report.cli.notWritten': {
    en: 'the report could not be written to {file} ({problem}). A file already there is left as it was.',
    vi: 'không ghi được báo cáo vào {file} ({problem}). Tệp đã có ở đó (nếu có) vẫn được giữ nguyên.',
    th: 'เขียนรายงานลง {file} ไม่ได้ ({problem}) ไฟล์ที่มีอยู่แล้ว (ถ้ามี) ยังคงเหมือนเดิม',
  },
  'report.cli.written': {
    en: 'Wrote the result report of batch {batch} ({rows, plural, one {# row} other {# rows}}) to {file}.',
    vi: 'Đã ghi báo cáo kết quả của lô {batch} ({rows} dòng) vào {file}.',
    th: 'เขียนรายงานผลของชุด {batch} ({rows} รายการ) ลง {file} แล้ว',
  },
});
