import { messages } from '../entry.js';

/**
 * The desktop app's own words: its menu, native dialogs (open, save, About), the messages the
 * main process shows before or without the window, and the data folder in Settings.
 */
export const desktopMessages = messages({
  'menu.file': { en: 'File', vi: 'Tệp', th: 'ไฟล์' },
  'menu.openPayroll': { en: 'Open payroll file…', vi: 'Mở tệp bảng lương…', th: 'เปิดไฟล์บัญชีเงินเดือน…' },
  'menu.settings': { en: 'Settings…', vi: 'Cài đặt…', th: 'ตั้งค่า…' },
  'menu.quit': { en: 'Quit Paybatch', vi: 'Thoát Paybatch', th: 'ออกจาก Paybatch' },
  'menu.edit': { en: 'Edit', vi: 'Sửa', th: 'แก้ไข' },
  'menu.undo': { en: 'Undo', vi: 'Hoàn tác', th: 'เลิกทำ' },
  'menu.redo': { en: 'Redo', vi: 'Làm lại', th: 'ทำซ้ำ' },
  'menu.cut': { en: 'Cut', vi: 'Cắt', th: 'ตัด' },
  'menu.copy': { en: 'Copy', vi: 'Sao chép', th: 'คัดลอก' },
  'menu.paste': { en: 'Paste', vi: 'Dán', th: 'วาง' },
  'menu.selectAll': { en: 'Select all', vi: 'Chọn tất cả', th: 'เลือกทั้งหมด' },
  'menu.view': { en: 'View', vi: 'Xem', th: 'มุมมอง' },
  'menu.zoomIn': { en: 'Zoom in', vi: 'Phóng to', th: 'ขยาย' },
  'menu.zoomOut': { en: 'Zoom out', vi: 'Thu nhỏ', th: 'ย่อ' },
  'menu.actualSize': { en: 'Actual size', vi: 'Kích thước gốc', th: 'ขนาดจริง' },
  'menu.fullScreen': { en: 'Full screen', vi: 'Toàn màn hình', th: 'เต็มหน้าจอ' },
  'menu.reload': { en: 'Reload', vi: 'Tải lại', th: 'โหลดใหม่' },
  'menu.devTools': { en: 'Developer tools', vi: 'Công cụ nhà phát triển', th: 'เครื่องมือนักพัฒนา' },
  'menu.window': { en: 'Window', vi: 'Cửa sổ', th: 'หน้าต่าง' },
  'menu.minimize': { en: 'Minimize', vi: 'Thu nhỏ cửa sổ', th: 'ย่อหน้าต่าง' },
  'menu.close': { en: 'Close window', vi: 'Đóng cửa sổ', th: 'ปิดหน้าต่าง' },
  'menu.help': { en: 'Help', vi: 'Trợ giúp', th: 'ช่วยเหลือ' },
  'menu.dataFolder': { en: 'Show data folder', vi: 'Mở thư mục dữ liệu', th: 'แสดงโฟลเดอร์ข้อมูล' },
  'menu.about': { en: 'About Paybatch', vi: 'Giới thiệu Paybatch', th: 'เกี่ยวกับ Paybatch' },
  'menu.services': { en: 'Services', vi: 'Dịch vụ', th: 'บริการ' },
  'menu.hide': { en: 'Hide Paybatch', vi: 'Ẩn Paybatch', th: 'ซ่อน Paybatch' },
  'menu.hideOthers': { en: 'Hide others', vi: 'Ẩn các ứng dụng khác', th: 'ซ่อนแอปอื่น' },
  'menu.showAll': { en: 'Show all', vi: 'Hiện tất cả', th: 'แสดงทั้งหมด' },

  'about.title': { en: 'About Paybatch', vi: 'Giới thiệu Paybatch', th: 'เกี่ยวกับ Paybatch' },
  'about.message': { en: 'Paybatch {version}', vi: 'Paybatch {version}', th: 'Paybatch {version}' },
  'about.detail': {
    en: 'Batch payouts for accountants in Vietnam and Thailand.\n\nData folder: {dataDir}\nElectron {electron} · Chromium {chrome} · Node.js {node}',
    vi: 'Chi trả theo lô cho kế toán tại Việt Nam và Thái Lan.\n\nThư mục dữ liệu: {dataDir}\nElectron {electron} · Chromium {chrome} · Node.js {node}',
    th: 'จ่ายเงินเป็นชุดสำหรับนักบัญชีในเวียดนามและไทย\n\nโฟลเดอร์ข้อมูล: {dataDir}\nElectron {electron} · Chromium {chrome} · Node.js {node}',
  },
  'about.ok': { en: 'OK', vi: 'Đóng', th: 'ตกลง' },

  'desktop.open.title': { en: 'Open a payroll file', vi: 'Mở tệp bảng lương', th: 'เปิดไฟล์บัญชีเงินเดือน' },
  'desktop.open.sheets': { en: 'Payroll sheets (Excel, CSV)', vi: 'Bảng lương (Excel, CSV)', th: 'ไฟล์บัญชีเงินเดือน (Excel, CSV)' },
  'desktop.filter.all': { en: 'All files', vi: 'Tất cả tệp', th: 'ทุกไฟล์' },
  'desktop.save.title': { en: 'Save {file}', vi: 'Lưu {file}', th: 'บันทึก {file}' },
  'desktop.filter.xlsx': { en: 'Excel workbook', vi: 'Sổ làm việc Excel', th: 'เวิร์กบุ๊ก Excel' },
  'desktop.filter.csv': { en: 'CSV (comma-separated values)', vi: 'CSV (giá trị phân tách bằng dấu phẩy)', th: 'CSV (ค่าที่คั่นด้วยจุลภาค)' },
  'desktop.filter.pdf': { en: 'PDF document', vi: 'Tài liệu PDF', th: 'เอกสาร PDF' },
  'desktop.savedTo': { en: 'Saved to {path}.', vi: 'Đã lưu vào {path}.', th: 'บันทึกไว้ที่ {path} แล้ว' },
  'error.file_unreadable': {
    en: 'Paybatch could not read {file}. Check that the file is still there and that you may open it, then open it again.',
    vi: 'Paybatch không đọc được {file}. Hãy kiểm tra tệp vẫn còn đó và bạn có quyền mở nó, rồi mở lại.',
    th: 'Paybatch อ่าน {file} ไม่ได้ ตรวจสอบว่าไฟล์ยังอยู่และคุณมีสิทธิ์เปิด แล้วเปิดอีกครั้ง',
  },
  'error.file_not_saved': {
    en: 'Paybatch could not save {file}. Check that the folder exists, that you may write to it and that the disk has room, then save again.',
    vi: 'Paybatch không lưu được {file}. Hãy kiểm tra thư mục tồn tại, bạn có quyền ghi vào đó và ổ đĩa còn chỗ trống, rồi lưu lại.',
    th: 'Paybatch บันทึก {file} ไม่ได้ ตรวจสอบว่าโฟลเดอร์มีอยู่ คุณมีสิทธิ์เขียน และดิสก์มีที่ว่าง แล้วบันทึกอีกครั้ง',
  },

  'error.save_in_data_folder': {
    en: 'Paybatch keeps its own books in {folder}, so it does not save other files there. Save {file} somewhere else, such as your Documents folder.',
    vi: 'Paybatch lưu sổ sách của chính nó trong {folder}, nên không lưu tệp khác vào đó. Hãy lưu {file} ở nơi khác, chẳng hạn thư mục Tài liệu.',
    th: 'Paybatch เก็บข้อมูลบัญชีของตัวเองไว้ใน {folder} จึงไม่บันทึกไฟล์อื่นไว้ที่นั่น โปรดบันทึก {file} ไว้ที่อื่น เช่น โฟลเดอร์เอกสาร',
  },

  'app.startFailed.title': { en: 'Paybatch could not start', vi: 'Paybatch không khởi động được', th: 'Paybatch เริ่มทำงานไม่ได้' },
  'app.stopped.title': { en: 'Paybatch stopped', vi: 'Paybatch đã dừng', th: 'Paybatch หยุดทำงาน' },
  'app.stopped.detail': {
    en: 'The part of Paybatch that keeps your batches and sends payments stopped unexpectedly, so Paybatch will close. Open it again to carry on: nothing already recorded is lost.\n\n{reason}',
    vi: 'Phần của Paybatch lưu các lô và gửi thanh toán đã dừng bất ngờ, nên Paybatch sẽ đóng. Hãy mở lại để tiếp tục: không mất gì đã được ghi lại.\n\n{reason}',
    th: 'ส่วนของ Paybatch ที่เก็บชุดรายการและส่งการจ่ายเงินหยุดทำงานโดยไม่คาดคิด Paybatch จึงจะปิด เปิดอีกครั้งเพื่อทำต่อ: สิ่งที่บันทึกไว้แล้วไม่สูญหาย\n\n{reason}',
  },

  'confirm.title': { en: 'Confirm a change', vi: 'Xác nhận thay đổi', th: 'ยืนยันการเปลี่ยนแปลง' },
  'confirm.message': { en: 'Confirm this change for {subject}?', vi: 'Xác nhận thay đổi này cho {subject}?', th: 'ยืนยันการเปลี่ยนแปลงนี้สำหรับ {subject} หรือไม่' },
  'confirm.subject': { en: '{name} · {environment}', vi: '{name} · {environment}', th: '{name} · {environment}' },
  'confirm.none': { en: 'none', vi: 'chưa có', th: 'ไม่มี' },
  'confirm.change.address': { en: 'Address {from} → {to}', vi: 'Địa chỉ {from} → {to}', th: 'ที่อยู่ {from} → {to}' },
  'confirm.change.addressUnpublished': {
    en: 'Address {from} → {to} (not an address {name} publishes)',
    vi: 'Địa chỉ {from} → {to} (không phải địa chỉ {name} công bố)',
    th: 'ที่อยู่ {from} → {to} (ไม่ใช่ที่อยู่ที่ {name} ประกาศไว้)',
  },
  'confirm.change.key': { en: 'Verification key {from} → {to}', vi: 'Khóa xác minh {from} → {to}', th: 'คีย์ตรวจสอบ {from} → {to}' },
  'confirm.change.maxAmount': {
    en: 'Largest amount per transfer {from} → {to} ({name} publishes {published})',
    vi: 'Số tiền lớn nhất mỗi lần chuyển {from} → {to} ({name} công bố {published})',
    th: 'จำนวนเงินสูงสุดต่อรายการ {from} → {to} ({name} ประกาศไว้ {published})',
  },
  'confirm.change.descriptionMax': {
    en: 'Longest description {from} → {to} characters ({name} publishes {published})',
    vi: 'Nội dung dài nhất {from} → {to} ký tự ({name} công bố {published})',
    th: 'คำอธิบายยาวสุด {from} → {to} ตัวอักษร ({name} ประกาศไว้ {published})',
  },
  'confirm.warning.destination': {
    en: 'Payout requests, signed with your {name} keys, go to this address, and its answers are trusted with this key. Confirm only if {name} gave them to you.',
    vi: 'Các yêu cầu chi trả, ký bằng khóa {name} của bạn, sẽ được gửi tới địa chỉ này, và câu trả lời của nó được tin cậy bằng khóa này. Chỉ xác nhận nếu {name} đã cung cấp chúng cho bạn.',
    th: 'คำขอจ่ายเงินที่ลงนามด้วยคีย์ {name} ของคุณจะถูกส่งไปยังที่อยู่นี้ และคำตอบจะได้รับความเชื่อถือด้วยคีย์นี้ ยืนยันเฉพาะเมื่อ {name} ให้ข้อมูลเหล่านี้แก่คุณ',
  },
  'confirm.warning.limit': {
    en: "Rows above {name}'s published limits will be sent as they are. Confirm only if your contract with {name} allows it.",
    vi: 'Các dòng vượt hạn mức {name} công bố sẽ được gửi nguyên trạng. Chỉ xác nhận nếu hợp đồng của bạn với {name} cho phép.',
    th: 'รายการที่เกินวงเงินที่ {name} ประกาศไว้จะถูกส่งตามเดิม ยืนยันเฉพาะเมื่อสัญญาของคุณกับ {name} อนุญาต',
  },
  'confirm.cancel': { en: 'Cancel', vi: 'Hủy', th: 'ยกเลิก' },
  'confirm.confirm': { en: 'Confirm change', vi: 'Xác nhận thay đổi', th: 'ยืนยันการเปลี่ยนแปลง' },

  'settings.data.title': { en: 'Data folder', vi: 'Thư mục dữ liệu', th: 'โฟลเดอร์ข้อมูล' },
  'settings.data.hint': {
    en: 'Your batches, the send journal and the audit log are kept in this folder; keys stay in the system keychain. Back this folder up. To keep separate books, start Paybatch with PAYBATCH_DATA_DIR set to another folder.',
    vi: 'Các lô, nhật ký gửi và nhật ký kiểm toán được lưu trong thư mục này; các khóa vẫn nằm trong kho khóa của hệ thống. Hãy sao lưu thư mục này. Để giữ sổ sách riêng, hãy khởi động Paybatch với PAYBATCH_DATA_DIR trỏ tới một thư mục khác.',
    th: 'ชุดรายการ บันทึกการส่ง และบันทึกการตรวจสอบเก็บอยู่ในโฟลเดอร์นี้ ส่วนคีย์อยู่ในที่เก็บคีย์ของระบบ โปรดสำรองโฟลเดอร์นี้ หากต้องการแยกบัญชี ให้เริ่ม Paybatch โดยตั้ง PAYBATCH_DATA_DIR เป็นโฟลเดอร์อื่น',
  },
  'settings.data.show': { en: 'Show in file manager', vi: 'Mở trong trình quản lý tệp', th: 'แสดงในตัวจัดการไฟล์' },
  'settings.data.notOpened': {
    en: 'The folder could not be opened from here; its location is shown above.',
    vi: 'Không mở được thư mục từ đây; vị trí của nó được ghi ở trên.',
    th: 'เปิดโฟลเดอร์จากที่นี่ไม่ได้ ตำแหน่งของโฟลเดอร์แสดงอยู่ด้านบน',
  },
  'statement.savePdf': { en: 'Save as PDF…', vi: 'Lưu thành PDF…', th: 'บันทึกเป็น PDF…' },
});
