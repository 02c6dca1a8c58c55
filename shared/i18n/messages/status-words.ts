// A status in a sentence, in each language's words, as an ICU select on {status}: every
// catalogue that names a batch's or a row's status takes its words from here.

/** A batch's status (batches/batch-contract.ts batchStatuses). */
export const batchStatusVi = '{status, select, draft {nháp} approved {đã duyệt} sending {đang gửi} paused {tạm dừng} finished {đã xong} cancelled {đã huỷ} discarded {đã bỏ} other {{status}}}';
export const batchStatusTh = '{status, select, draft {ฉบับร่าง} approved {อนุมัติแล้ว} sending {กำลังส่ง} paused {หยุดชั่วคราว} finished {เสร็จแล้ว} cancelled {ยกเลิกแล้ว} discarded {ทิ้งแล้ว} other {{status}}}';

/** A sent row's status (events.ts rowStatuses). */
export const rowStatusEn = '{status, select, ready {waiting to be sent} sending {sending} accepted {accepted, processing} succeeded {succeeded} failed {failed} rejected {refused} unknown {unclear, asking again} needs_review {needs review} cancelled {cancelled} other {{status}}}';
export const rowStatusVi = '{status, select, ready {chờ gửi} sending {đang gửi} accepted {đã nhận, đang xử lý} succeeded {thành công} failed {thất bại} rejected {bị từ chối} unknown {chưa rõ, đang hỏi lại} needs_review {cần kiểm tra} cancelled {đã huỷ} other {{status}}}';
export const rowStatusTh = '{status, select, ready {รอส่ง} sending {กำลังส่ง} accepted {รับแล้ว กำลังดำเนินการ} succeeded {สำเร็จ} failed {ล้มเหลว} rejected {ถูกปฏิเสธ} unknown {ยังไม่ทราบ กำลังสอบถาม} needs_review {ต้องตรวจสอบ} cancelled {ยกเลิกแล้ว} other {{status}}}';
