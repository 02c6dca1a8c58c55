import { messages } from '../entry.js';

/** The dialog shown once an update from the company's own feed has been downloaded (electron/main/update-dialog.ts). */
export const updateMessages = messages({
  'app.update.title': { en: 'Update ready', vi: 'Bản cập nhật đã sẵn sàng', th: 'การอัปเดตพร้อมแล้ว' },
  'app.update.message': {
    en: 'Paybatch {version} has been downloaded.',
    vi: 'Đã tải xong Paybatch {version}.',
    th: 'ดาวน์โหลด Paybatch {version} เรียบร้อยแล้ว',
  },
  'app.update.detail': {
    en: 'It will be installed when you quit Paybatch. Nothing changes until then, and if payments are still being sent Paybatch asks before it quits.',
    vi: 'Bản cập nhật sẽ được cài đặt khi bạn thoát Paybatch. Cho đến lúc đó không có gì thay đổi, và nếu vẫn còn khoản thanh toán đang được gửi, Paybatch sẽ hỏi trước khi thoát.',
    th: 'จะติดตั้งเมื่อคุณออกจาก Paybatch ก่อนหน้านั้นจะไม่มีอะไรเปลี่ยนแปลง และหากยังมีรายการจ่ายเงินที่กำลังส่งอยู่ Paybatch จะถามก่อนออก',
  },
  'app.update.ok': { en: 'OK', vi: 'Đã hiểu', th: 'ตกลง' },
});
