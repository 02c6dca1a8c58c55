import { messages } from '../entry.js';
import { batchStatusTh, batchStatusVi, rowStatusEn, rowStatusTh, rowStatusVi } from './status-words.js';

/**
 * Sending: the engine's refusals (`error.<reason>`, each `en` word for word the engine's
 * English message) and the command line's `send`, `resume`, `status` and `batches`.
 */
export const sendMessages = messages({
  'error.send_not_approved': {
    en: 'This batch is {status}: approve it before sending.',
    vi: `Lô này đang ở trạng thái ${batchStatusVi}: hãy duyệt trước khi gửi.`,
    th: `ชุดนี้อยู่ในสถานะ${batchStatusTh}: อนุมัติก่อนส่ง`,
  },
  'error.send_over': {
    en: 'This batch is {status}: nothing is left to send.',
    vi: `Lô này đã ${batchStatusVi}: không còn gì để gửi.`,
    th: `ชุดนี้${batchStatusTh}: ไม่มีอะไรเหลือให้ส่ง`,
  },
  'error.send_other_environment': {
    en: 'This batch is being sent in {environment}; it cannot be sent in {asked} too.',
    vi: 'Lô này đang được gửi trong môi trường {environment}; không thể gửi thêm trong {asked}.',
    th: 'ชุดนี้กำลังส่งในสภาพแวดล้อม {environment} จะส่งใน {asked} ด้วยไม่ได้',
  },
  'error.cancel_not_sending': {
    en: 'This batch has not been sent: nothing to cancel. Leave it, or discard the draft it came from.',
    vi: 'Lô này chưa được gửi: không có gì để huỷ. Hãy để nguyên, hoặc bỏ bản nháp của nó.',
    th: 'ชุดนี้ยังไม่ได้ส่ง: ไม่มีอะไรให้ยกเลิก ปล่อยไว้ หรือทิ้งฉบับร่างที่มาของมัน',
  },
  'error.sender_busy': {
    en: 'Another Paybatch is sending from this data folder: {command} (process {pid} on {host}, since {sinceText} UTC). Let it finish, or close it, then try again.',
    vi: 'Một Paybatch khác đang gửi từ thư mục dữ liệu này: {command} (tiến trình {pid} trên {host}, từ {sinceText} UTC). Hãy để nó xong hoặc đóng nó, rồi thử lại.',
    th: 'มี Paybatch อีกตัวกำลังส่งจากโฟลเดอร์ข้อมูลนี้: {command} (โพรเซส {pid} บน {host} ตั้งแต่ {sinceText} UTC) รอให้เสร็จหรือปิดก่อน แล้วลองอีกครั้ง',
  },

  'error.resolve_no_such_row': {
    en: 'This batch has no payment number {seq}.',
    vi: 'Lô này không có khoản số {seq}.',
    th: 'ชุดนี้ไม่มีรายการหมายเลข {seq}',
  },
  'error.resolve_not_needed': {
    en: `Row {row} does not need review: it is {status}.`,
    vi: `Dòng {row} không cần kiểm tra: ${rowStatusVi}.`,
    th: `แถว {row} ไม่ต้องตรวจสอบ: ${rowStatusTh}`,
  },
  'sendStatus.row': { en: rowStatusEn, vi: rowStatusVi, th: rowStatusTh },
  'sendStatus.batch': {
    en: '{status, select, draft {draft} approved {approved} sending {sending} paused {paused} finished {finished} cancelled {cancelled} discarded {discarded} other {{status}}}',
    vi: batchStatusVi,
    th: batchStatusTh,
  },

  'cli.send.env': {
    en: 'name where to send with --env: practice, sandbox or production (given: {given}).',
    vi: 'hãy chọn nơi gửi bằng --env: practice, sandbox hoặc production (đã nhập: {given}).',
    th: 'ระบุที่ส่งด้วย --env: practice, sandbox หรือ production (ที่ให้มา: {given})',
  },
  'cli.send.concurrency': {
    en: '--concurrency takes a whole number from 1 to 64 (given: {given}).',
    vi: '--concurrency nhận một số nguyên từ 1 đến 64 (đã nhập: {given}).',
    th: '--concurrency รับจำนวนเต็มตั้งแต่ 1 ถึง 64 (ที่ให้มา: {given})',
  },
  'cli.send.errors': {
    en: '{count, plural, one {# row has an error} other {# rows have errors}}, so nothing was sent:',
    vi: '{count, plural, other {# dòng có lỗi}}, nên chưa gửi gì:',
    th: '{count, plural, other {มี # รายการที่มีข้อผิดพลาด}} จึงยังไม่ได้ส่งอะไร:',
  },
  'cli.send.fixFirst': {
    en: 'Fix the sheet and send it again (or open it in Paybatch and fix it in Review).',
    vi: 'Hãy sửa bảng tính rồi gửi lại (hoặc mở trong Paybatch và sửa ở bước Kiểm tra).',
    th: 'แก้ไขแผ่นงานแล้วส่งอีกครั้ง (หรือเปิดใน Paybatch แล้วแก้ในขั้นตรวจสอบ)',
  },
  'cli.send.warnings': {
    en: '{count, plural, one {# row has a warning} other {# rows have warnings}} to acknowledge:',
    vi: '{count, plural, other {# dòng có cảnh báo}} cần xác nhận:',
    th: '{count, plural, other {มี # รายการที่มีคำเตือน}} ที่ต้องรับทราบ:',
  },
  'cli.send.summary': {
    en: 'Ready to send {rows, plural, one {# payment} other {# payments}}, {total} in all, with {name} ({environment, select, practice {Practice} sandbox {Sandbox} production {Production} other {{environment}}}), from {file}.',
    vi: 'Sẵn sàng gửi {rows, plural, other {# khoản}}, tổng {total}, qua {name} ({environment, select, practice {Luyện tập} sandbox {Sandbox} production {Production} other {{environment}}}), từ {file}.',
    th: 'พร้อมส่ง {rows, plural, other {# รายการ}} รวม {total} ผ่าน {name} ({environment, select, practice {ฝึกใช้งาน} sandbox {Sandbox} production {Production} other {{environment}}}) จาก {file}',
  },
  'cli.send.ask': {
    en: 'Type yes to send them: ',
    vi: 'Gõ yes để gửi: ',
    th: 'พิมพ์ yes เพื่อส่ง: ',
  },
  'cli.send.needYes': {
    en: 'Nothing was sent: nobody is at this terminal to type yes. Add --yes to send without asking.',
    vi: 'Chưa gửi gì: không có ai ở cửa sổ lệnh này để gõ yes. Thêm --yes để gửi mà không hỏi.',
    th: 'ยังไม่ได้ส่งอะไร: ไม่มีใครอยู่ที่เทอร์มินัลนี้เพื่อพิมพ์ yes เพิ่ม --yes เพื่อส่งโดยไม่ถาม',
  },
  'cli.send.declined': {
    en: 'Nothing was sent. The batch is kept as a draft in Paybatch.',
    vi: 'Chưa gửi gì. Lô được giữ lại dạng nháp trong Paybatch.',
    th: 'ยังไม่ได้ส่งอะไร ชุดนี้ถูกเก็บเป็นฉบับร่างใน Paybatch',
  },
  'cli.send.duplicate': {
    en: 'Nothing was sent: {sameContent, select, yes {the same payees and amounts were} other {the same file was}} approved before, as batch {batch} ({fileName}, {rowCount} payments, {approvedOn}). If that batch did not finish, run "paybatch resume". To pay these people again, add --allow-duplicate-file.',
    vi: 'Chưa gửi gì: {sameContent, select, yes {cùng người nhận và số tiền này} other {cùng tệp này}} đã được duyệt trước đây, là lô {batch} ({fileName}, {rowCount} khoản, {approvedOn}). Nếu lô đó chưa xong, hãy chạy "paybatch resume". Để trả thêm một lần nữa cho những người này, thêm --allow-duplicate-file.',
    th: 'ยังไม่ได้ส่งอะไร: {sameContent, select, yes {ผู้รับและจำนวนเงินชุดเดียวกันนี้} other {ไฟล์เดียวกันนี้}} เคยได้รับอนุมัติแล้ว เป็นชุด {batch} ({fileName}, {rowCount} รายการ, {approvedOn}) หากชุดนั้นยังไม่เสร็จ ให้รัน "paybatch resume" หากจะจ่ายให้คนเหล่านี้อีกครั้ง เพิ่ม --allow-duplicate-file',
  },
  'cli.send.duplicatePayees': {
    en: 'Nothing was sent: some payees appear more than once with the same amount in this sheet (listed above). Remove the extra rows, or, to pay each of them, add --allow-duplicate-file.',
    vi: 'Chưa gửi gì: một số người nhận xuất hiện nhiều lần với cùng số tiền trong bảng này (liệt kê ở trên). Hãy bỏ các dòng thừa, hoặc, để trả cho từng dòng, thêm --allow-duplicate-file.',
    th: 'ยังไม่ได้ส่งอะไร: ผู้รับบางรายปรากฏมากกว่าหนึ่งครั้งด้วยจำนวนเงินเดียวกันในแผ่นงานนี้ (แสดงด้านบน) ลบแถวที่เกินออก หรือหากจะจ่ายทุกแถว เพิ่ม --allow-duplicate-file',
  },
  'cli.send.paidRecently': {
    en: 'Nothing was sent: some payees were paid the same amount in the last 30 days (listed above). To pay them again, add --allow-duplicate-file.',
    vi: 'Chưa gửi gì: một số người nhận đã được trả cùng số tiền trong 30 ngày qua (liệt kê ở trên). Để trả thêm một lần nữa, thêm --allow-duplicate-file.',
    th: 'ยังไม่ได้ส่งอะไร: ผู้รับบางรายได้รับเงินจำนวนเดียวกันในช่วง 30 วันที่ผ่านมา (แสดงด้านบน) หากจะจ่ายอีกครั้ง เพิ่ม --allow-duplicate-file',
  },
  'cli.send.continuing': {
    en: 'These payments were approved before as batch {batch}, which stopped before sending: sending that batch, with its own order ids.',
    vi: 'Các khoản này đã được duyệt trước đây là lô {batch}, lô đó dừng trước khi gửi: đang gửi lô đó, với chính các mã lệnh của nó.',
    th: 'รายการเหล่านี้เคยได้รับอนุมัติแล้วเป็นชุด {batch} ซึ่งหยุดก่อนส่ง: กำลังส่งชุดนั้นด้วยหมายเลขคำสั่งเดิมของมัน',
  },
  'app.quit.title': {
    en: 'Payments are still being sent',
    vi: 'Vẫn đang gửi các khoản thanh toán',
    th: 'ยังกำลังส่งรายการจ่ายเงินอยู่',
  },
  'app.quit.message': {
    en: '{left, plural, one {# payment has} other {# payments have}} not been sent yet. Quit anyway?',
    vi: 'Còn {left, plural, other {# khoản}} chưa được gửi. Vẫn thoát?',
    th: 'ยังมี {left, plural, other {# รายการ}} ที่ยังไม่ได้ส่ง จะออกเลยหรือไม่',
  },
  'app.quit.detail': {
    en: 'Nothing is lost: payments already sent are checked with the provider when Paybatch opens again, and the rest are sent then. None is paid twice.',
    vi: 'Không mất gì: các khoản đã gửi sẽ được đối chiếu với nhà cung cấp khi Paybatch mở lại, và các khoản còn lại sẽ được gửi khi đó. Không khoản nào bị trả hai lần.',
    th: 'ไม่มีอะไรสูญหาย: รายการที่ส่งไปแล้วจะถูกตรวจสอบกับผู้ให้บริการเมื่อเปิด Paybatch อีกครั้ง และรายการที่เหลือจะถูกส่งตอนนั้น ไม่มีรายการใดถูกจ่ายซ้ำ',
  },
  'app.quit.stay': { en: 'Keep sending', vi: 'Tiếp tục gửi', th: 'ส่งต่อ' },
  'app.quit.quit': { en: 'Quit', vi: 'Thoát', th: 'ออก' },
  'cli.send.nameDecision': {
    en: '--name-mismatch takes keep or exclude (given: {given}).',
    vi: '--name-mismatch nhận keep hoặc exclude (đã nhập: {given}).',
    th: '--name-mismatch รับ keep หรือ exclude (ที่ให้มา: {given})',
  },
  'cli.send.balanceUnreadable': {
    en: 'The balance could not be read ({reason}): check that it covers {needed} before the payments settle.',
    vi: 'Không đọc được số dư ({reason}): hãy kiểm tra số dư đủ {needed} trước khi các khoản được xử lý.',
    th: 'อ่านยอดคงเหลือไม่ได้ ({reason}): ตรวจสอบว่ายอดคงเหลือพอสำหรับ {needed} ก่อนที่รายการจะดำเนินการ',
  },
  'cli.send.findings': {
    en: '{count, plural, one {# payee is} other {# payees are}} named differently by the provider, or not known to it:',
    vi: '{count, plural, other {# người nhận}} có tên khác với bên nhà cung cấp, hoặc nhà cung cấp không biết:',
    th: '{count, plural, other {ผู้รับ # ราย}} มีชื่อต่างจากที่ผู้ให้บริการมี หรือผู้ให้บริการไม่รู้จัก:',
  },
  'cli.send.finding': {
    en: '  Row {row}: {name} — {result, select, mismatch {the provider has "{found}"} not_found {no such account or wallet} other {the provider did not say}}{message, select, none {} other { ({message})}}',
    vi: '  Dòng {row}: {name} — {result, select, mismatch {nhà cung cấp ghi "{found}"} not_found {không có tài khoản hay ví này} other {nhà cung cấp không trả lời rõ}}{message, select, none {} other { ({message})}}',
    th: '  แถว {row}: {name} — {result, select, mismatch {ผู้ให้บริการมีชื่อ "{found}"} not_found {ไม่มีบัญชีหรือวอลเล็ตนี้} other {ผู้ให้บริการไม่ได้ตอบชัดเจน}}{message, select, none {} other { ({message})}}',
  },
  'cli.send.askKeep': {
    en: 'Type keep to send them as they are, or exclude to leave them out: ',
    vi: 'Gõ keep để vẫn gửi, hoặc exclude để bỏ các dòng này: ',
    th: 'พิมพ์ keep เพื่อส่งตามเดิม หรือ exclude เพื่อไม่ส่งรายการเหล่านี้: ',
  },
  'cli.send.needDecision': {
    en: 'Nothing was sent: decide with --name-mismatch keep or --name-mismatch exclude (nobody is at this terminal to ask). The batch stays approved; send the file again to continue it.',
    vi: 'Chưa gửi gì: hãy quyết định bằng --name-mismatch keep hoặc --name-mismatch exclude (không có ai ở cửa sổ lệnh để hỏi). Lô vẫn ở trạng thái đã duyệt; gửi lại tệp để tiếp tục.',
    th: 'ยังไม่ได้ส่งอะไร: ตัดสินใจด้วย --name-mismatch keep หรือ --name-mismatch exclude (ไม่มีใครอยู่ที่เทอร์มินัลให้ถาม) ชุดนี้ยังคงอนุมัติแล้ว ส่งไฟล์อีกครั้งเพื่อทำต่อ',
  },
  'cli.send.started': {
    en: 'Batch {batch}: sending {rows, plural, one {# payment} other {# payments}} with {name} ({environment, select, practice {Practice} sandbox {Sandbox} production {Production} other {{environment}}}).',
    vi: 'Lô {batch}: đang gửi {rows, plural, other {# khoản}} qua {name} ({environment, select, practice {Luyện tập} sandbox {Sandbox} production {Production} other {{environment}}}).',
    th: 'ชุด {batch}: กำลังส่ง {rows, plural, other {# รายการ}} ผ่าน {name} ({environment, select, practice {ฝึกใช้งาน} sandbox {Sandbox} production {Production} other {{environment}}})',
  },
  'cli.send.progress': {
    en: '{done} of {total} answered: {succeeded} succeeded, {notPaid} not paid, {pending} still waiting',
    vi: 'Đã có trả lời {done}/{total}: {succeeded} thành công, {notPaid} không được trả, {pending} đang chờ',
    th: 'ได้คำตอบ {done} จาก {total}: สำเร็จ {succeeded} ไม่ได้จ่าย {notPaid} ยังรออยู่ {pending}',
  },
  'cli.send.row': {
    en: `Row {row} ({orderId}): ${rowStatusEn}{message, select, none {} other { ({message})}}`,
    vi: `Dòng {row} ({orderId}): ${rowStatusVi}{message, select, none {} other { ({message})}}`,
    th: `แถว {row} ({orderId}): ${rowStatusTh}{message, select, none {} other { ({message})}}`,
  },
  'cli.send.done': {
    en: 'Batch {batch} ({status}): {succeeded} of {rows} payments succeeded, {paid} paid.',
    vi: 'Lô {batch} ({status}): {succeeded}/{rows} khoản thành công, đã trả {paid}.',
    th: 'ชุด {batch} ({status}): สำเร็จ {succeeded} จาก {rows} รายการ จ่ายแล้ว {paid}',
  },
  'cli.send.waitingStopped': {
    en: 'Stopped following batch {batch}; rows in flight are checked when Paybatch or "paybatch resume" next runs.',
    vi: 'Đã ngừng theo dõi lô {batch}; các dòng đang gửi sẽ được kiểm tra khi Paybatch hoặc "paybatch resume" chạy lần sau.',
    th: 'หยุดติดตามชุด {batch} แล้ว รายการที่กำลังส่งจะถูกตรวจสอบเมื่อ Paybatch หรือ "paybatch resume" ทำงานครั้งถัดไป',
  },
  'cli.resume.nothing': {
    en: 'Nothing to resume: every batch in {dataDir} has ended.',
    vi: 'Không có gì để tiếp tục: mọi lô trong {dataDir} đều đã kết thúc.',
    th: 'ไม่มีอะไรให้ทำต่อ: ทุกชุดใน {dataDir} จบแล้ว',
  },
  'cli.resume.resuming': {
    en: 'Resuming {count, plural, one {# batch} other {# batches}}: rows left in flight are asked about first.',
    vi: 'Tiếp tục {count, plural, other {# lô}}: các dòng còn dang dở được hỏi lại trước.',
    th: 'ทำต่อ {count, plural, other {# ชุด}}: สอบถามรายการที่ค้างอยู่ก่อน',
  },
  'cli.resume.held': {
    en: 'Batch {batch} was not resumed: {why}',
    vi: 'Lô {batch} chưa được tiếp tục: {why}',
    th: 'ชุด {batch} ยังไม่ได้ทำต่อ: {why}',
  },
  'cli.status.notFound': {
    en: 'There is no batch "{id}" in {dataDir}. Run "paybatch batches" to list them.',
    vi: 'Không có lô "{id}" trong {dataDir}. Chạy "paybatch batches" để xem danh sách.',
    th: 'ไม่มีชุด "{id}" ใน {dataDir} รัน "paybatch batches" เพื่อดูรายการ',
  },
  'cli.status.ambiguous': {
    en: '"{id}" is the start of more than one batch id; give more of it.',
    vi: '"{id}" là phần đầu của nhiều mã lô; hãy nhập dài hơn.',
    th: '"{id}" เป็นส่วนต้นของรหัสชุดมากกว่าหนึ่งชุด ให้ระบุยาวขึ้น',
  },
  'cli.status.nameBatch': {
    en: 'name the batch: paybatch status BATCH_ID (see "paybatch batches").',
    vi: 'hãy nêu lô: paybatch status MÃ_LÔ (xem "paybatch batches").',
    th: 'ระบุชุด: paybatch status รหัสชุด (ดู "paybatch batches")',
  },
  'cli.batches.none': {
    en: 'No batches in {dataDir} yet.',
    vi: 'Chưa có lô nào trong {dataDir}.',
    th: 'ยังไม่มีชุดใน {dataDir}',
  },
  'cli.batches.line': {
    en: '{batch}  {provider} {environment}  {status}  {rows} rows  {total}  {file}',
    vi: '{batch}  {provider} {environment}  {status}  {rows} dòng  {total}  {file}',
    th: '{batch}  {provider} {environment}  {status}  {rows} รายการ  {total}  {file}',
  },
});
