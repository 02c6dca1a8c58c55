import { messages } from '../entry.js';

/**
 * Issue #15 (statement): the printable batch statement, the list a company files for a
 * payroll run (renderer/src/statement/). Its words are said in the statement's own language,
 * which the accountant may choose apart from the window's. `{operation}` is payout or refund.
 */
export const statementMessages = messages({
  // Opening it, and the controls around it (never printed).
  'statement.open': { en: 'Statement (PDF)', vi: 'Bảng kê (PDF)', th: 'ใบสรุปรายการ (PDF)' },
  'statement.dialog': { en: 'Batch statement', vi: 'Bảng kê của lô', th: 'ใบสรุปรายการของชุด' },
  'statement.company': { en: 'Company name', vi: 'Tên công ty', th: 'ชื่อบริษัท' },
  'statement.period': { en: 'Period', vi: 'Kỳ', th: 'งวด' },
  'statement.language': { en: 'Language of the statement', vi: 'Ngôn ngữ của bảng kê', th: 'ภาษาของใบสรุปรายการ' },
  'statement.hint': {
    en: 'Type the company name and the period as they should be printed; the company name is remembered on this computer. Print prints the statement alone; to keep it as a PDF, choose a PDF printer (“Save as PDF”, “Microsoft Print to PDF”).',
    vi: 'Nhập tên công ty và kỳ như cần in; tên công ty được ghi nhớ trên máy này. Nút In chỉ in bảng kê; để lưu thành tệp PDF, hãy chọn máy in PDF (“Lưu dưới dạng PDF”, “Microsoft Print to PDF”).',
    th: 'พิมพ์ชื่อบริษัทและงวดตามที่ต้องการให้ปรากฏ ชื่อบริษัทจะถูกจดจำไว้ในเครื่องนี้ ปุ่มพิมพ์จะพิมพ์เฉพาะใบสรุปรายการ หากต้องการเก็บเป็นไฟล์ PDF ให้เลือกเครื่องพิมพ์ PDF (“บันทึกเป็น PDF”, “Microsoft Print to PDF”)',
  },
  'statement.print': { en: 'Print or save as PDF', vi: 'In hoặc lưu PDF', th: 'พิมพ์หรือบันทึกเป็น PDF' },
  'statement.close': { en: 'Close', vi: 'Đóng', th: 'ปิด' },
  'statement.loading': {
    en: 'Reading the batch’s rows: {read} of {total}…',
    vi: 'Đang đọc các dòng của lô: {read} / {total}…',
    th: 'กำลังอ่านรายการของชุด: {read} จาก {total}…',
  },

  // The statement itself.
  'statement.title': {
    en: '{operation, select, refund {Refund statement} other {Payout statement}}',
    vi: '{operation, select, refund {Bảng kê hoàn tiền} other {Bảng kê chi trả}}',
    th: '{operation, select, refund {ใบสรุปรายการคืนเงิน} other {ใบสรุปรายการจ่ายเงิน}}',
  },
  'statement.periodLine': { en: 'Period: {period}', vi: 'Kỳ: {period}', th: 'งวด: {period}' },
  'statement.periodDefault': { en: '{month} {year}', vi: 'Tháng {month}/{year}', th: 'เดือน{month} {year}' },
  'statement.noCompany': { en: '(company name)', vi: '(tên công ty)', th: '(ชื่อบริษัท)' },
  'statement.fact.batch': { en: 'Batch', vi: 'Mã lô', th: 'รหัสชุดรายการ' },
  'statement.fact.provider': { en: 'Paid through', vi: 'Kênh chi trả', th: 'ช่องทางการจ่าย' },
  'statement.fact.environment': { en: 'Environment', vi: 'Môi trường', th: 'สภาพแวดล้อม' },
  'statement.fact.file': { en: 'Source file', vi: 'Tệp nguồn', th: 'ไฟล์ต้นทาง' },
  'statement.fact.approved': { en: 'Approved', vi: 'Duyệt lúc', th: 'อนุมัติเมื่อ' },
  'statement.fact.sent': { en: 'Sent', vi: 'Gửi lúc', th: 'ส่งเมื่อ' },
  'statement.fact.finished': { en: 'Ended', vi: 'Kết thúc lúc', th: 'สิ้นสุดเมื่อ' },
  'statement.notReal': {
    en: '{environment}: no money was moved. This statement is not a record of payment.',
    vi: '{environment}: không có tiền thật được chuyển. Bảng kê này không phải chứng từ thanh toán.',
    th: '{environment}: ไม่มีการโอนเงินจริง ใบสรุปรายการนี้ไม่ใช่หลักฐานการจ่ายเงิน',
  },
  'statement.unfinished': {
    en: '{count, plural, one {# row has} other {# rows have}} no final result yet: this statement shows the batch as it stood when it was made.',
    vi: '{count} dòng chưa có kết quả cuối cùng: bảng kê ghi nhận tình trạng của lô tại thời điểm lập.',
    th: '{count} รายการยังไม่มีผลสุดท้าย ใบสรุปรายการนี้แสดงสถานะของชุด ณ เวลาที่จัดทำ',
  },
  'statement.col.no': { en: 'No.', vi: 'STT', th: 'ลำดับ' },
  'statement.col.sheetRow': { en: 'Sheet row', vi: 'Dòng', th: 'แถว' },
  'statement.col.name': {
    en: '{operation, select, refund {Customer} other {Payee}}',
    vi: '{operation, select, refund {Khách hàng} other {Họ và tên}}',
    th: '{operation, select, refund {ลูกค้า} other {ชื่อผู้รับเงิน}}',
  },
  'statement.col.account': {
    en: '{operation, select, refund {Payment refunded} other {Account or wallet}}',
    vi: '{operation, select, refund {Giao dịch được hoàn} other {Tài khoản / ví}}',
    th: '{operation, select, refund {รายการที่คืนเงิน} other {บัญชี / วอลเล็ต}}',
  },
  'statement.col.bank': { en: 'Bank', vi: 'Ngân hàng', th: 'ธนาคาร' },
  'statement.col.amount': { en: 'Amount ({currency})', vi: 'Số tiền ({currency})', th: 'จำนวนเงิน ({currency})' },
  'statement.col.result': { en: 'Result', vi: 'Kết quả', th: 'ผล' },
  'statement.col.reference': { en: 'Reference', vi: 'Mã giao dịch', th: 'เลขอ้างอิง' },
  'statement.result': {
    en: '{status, select, succeeded {Succeeded} failed {Failed} rejected {Refused} cancelled {Cancelled} needs_review {Needs review} other {No result yet}}',
    vi: '{status, select, succeeded {Thành công} failed {Không thành công} rejected {Bị từ chối} cancelled {Đã huỷ} needs_review {Cần kiểm tra} other {Chưa có kết quả}}',
    th: '{status, select, succeeded {สำเร็จ} failed {ไม่สำเร็จ} rejected {ถูกปฏิเสธ} cancelled {ยกเลิก} needs_review {ต้องตรวจสอบ} other {ยังไม่มีผล}}',
  },
  'statement.total': { en: 'Total', vi: 'Tổng cộng', th: 'รวมทั้งสิ้น' },
  'statement.summary.succeeded': {
    en: '{operation, select, refund {Refunded} other {Paid}}: {count, plural, one {# row} other {# rows}}, {amount}',
    vi: '{operation, select, refund {Đã hoàn} other {Đã chi}}: {count} dòng, {amount}',
    th: '{operation, select, refund {คืนเงินแล้ว} other {จ่ายแล้ว}}: {count} รายการ เป็นเงิน {amount}',
  },
  'statement.summary.notPaid': {
    en: '{operation, select, refund {Not refunded} other {Not paid}} (failed, refused or cancelled): {count, plural, one {# row} other {# rows}}, {amount}',
    vi: '{operation, select, refund {Không hoàn được} other {Không chi được}} (không thành công, bị từ chối hoặc đã huỷ): {count} dòng, {amount}',
    th: '{operation, select, refund {คืนเงินไม่ได้} other {จ่ายไม่ได้}} (ไม่สำเร็จ ถูกปฏิเสธ หรือยกเลิก): {count} รายการ เป็นเงิน {amount}',
  },
  'statement.summary.pending': {
    en: 'No final result yet: {count, plural, one {# row} other {# rows}}, {amount}',
    vi: 'Chưa có kết quả cuối cùng: {count} dòng, {amount}',
    th: 'ยังไม่มีผลสุดท้าย: {count} รายการ เป็นเงิน {amount}',
  },
  'statement.words': {
    en: '{operation, select, refund {Amount refunded} other {Amount paid}}, in words: {words}',
    vi: 'Số tiền {operation, select, refund {đã hoàn} other {đã chi}} (viết bằng chữ): {words}',
    th: 'จำนวนเงินที่{operation, select, refund {คืน} other {จ่าย}}แล้ว (ตัวอักษร): {words}',
  },
  'statement.madeOn': { en: 'Made on {day}/{month}/{year}', vi: 'Ngày {day} tháng {month} năm {year}', th: 'จัดทำวันที่ {day}/{month}/{year}' },
  'statement.sign.prepared': { en: 'Prepared by', vi: 'Người lập', th: 'ผู้จัดทำ' },
  'statement.sign.checked': { en: 'Checked by', vi: 'Kế toán trưởng', th: 'ผู้ตรวจสอบ' },
  'statement.sign.approved': { en: 'Approved by', vi: 'Giám đốc', th: 'ผู้อนุมัติ' },
  'statement.sign.hint': { en: '(signature and full name)', vi: '(Ký, ghi rõ họ tên)', th: '(ลงลายมือชื่อ และชื่อ-นามสกุล)' },
  'statement.footer': { en: 'Made with Paybatch from batch {batchId}', vi: 'Lập bằng Paybatch từ lô {batchId}', th: 'จัดทำด้วย Paybatch จากชุดรายการ {batchId}' },
});
