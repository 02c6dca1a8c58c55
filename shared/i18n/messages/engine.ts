import { messages } from '../entry.js';
import { batchStatusTh, batchStatusVi } from './status-words.js';

// What Paybatch was doing with the keychain ({action}: read, save or remove).
const keychainActionVi = '{action, select, read {đọc} save {lưu} remove {xoá} other {{action}}}';
const keychainActionTh = '{action, select, read {อ่าน} save {บันทึก} remove {ลบ} other {{action}}}';

// Why an address cannot be used ({rule}: the contract's addressRules).
const ruleEn =
  "{rule, select, https_only {an address must start with https:// (plain http:// only to this computer, such as http://127.0.0.1:8080 for a test server)} no_extras {an address may not carry a user name, password, query (?…) or fragment (#…)} practice_loopback_only {Practice talks only to Paybatch's simulators on this computer (http://127.0.0.1:…); use Sandbox or Production for the provider's own servers} other {it is not a web address}}";
const ruleVi =
  '{rule, select, https_only {địa chỉ phải bắt đầu bằng https:// (http:// thường chỉ dùng cho chính máy này, như http://127.0.0.1:8080 cho máy chủ thử)} no_extras {địa chỉ không được chứa tên người dùng, mật khẩu, truy vấn (?…) hay phân đoạn (#…)} practice_loopback_only {chế độ Thực hành chỉ nói chuyện với các trình mô phỏng của Paybatch trên máy này (http://127.0.0.1:…); hãy dùng Sandbox hoặc Production cho máy chủ thật của nhà cung cấp} other {đây không phải là địa chỉ web}}';
const ruleTh =
  '{rule, select, https_only {ที่อยู่ต้องขึ้นต้นด้วย https:// (http:// ธรรมดาใช้ได้กับเครื่องนี้เท่านั้น เช่น http://127.0.0.1:8080 สำหรับเซิร์ฟเวอร์ทดสอบ)} no_extras {ที่อยู่ต้องไม่มีชื่อผู้ใช้ รหัสผ่าน คำค้น (?…) หรือส่วนย่อย (#…)} practice_loopback_only {โหมดฝึกหัดคุยกับตัวจำลองของ Paybatch บนเครื่องนี้เท่านั้น (http://127.0.0.1:…) ใช้ Sandbox หรือ Production สำหรับเซิร์ฟเวอร์จริงของผู้ให้บริการ} other {นี่ไม่ใช่ที่อยู่เว็บ}}';

// A typed amount the engine could not read (the four amount codes say it alike when typed).
const amountTyped = {
  en: 'Row {row}: "{written}" cannot be read as an amount in {currency} (type it like {example}). The amount was not changed.',
  vi: 'Dòng {row}: không đọc được "{written}" thành số tiền {currency} (hãy gõ như {example}). Số tiền không thay đổi.',
  th: 'แถว {row}: อ่าน "{written}" เป็นจำนวนเงิน {currency} ไม่ได้ (พิมพ์แบบ {example}) จำนวนเงินไม่ได้ถูกเปลี่ยน',
} as const;

/**
 * The engine's refusals, `error.<reason>` with the error's params; each `en` is the English
 * `message` the engine sends with it, word for word (engine-messages.test.ts holds them).
 */
export const engineMessages = messages({
  // Keys and credentials.
  'error.credentials_malformed': {
    en: 'These {provider} credentials are incomplete or malformed: check {fieldCount, plural, =0 {the file} other {{fields}}}. Expected fields: {expected} (and optionally baseUrl).',
    vi: 'Thông tin xác thực {provider} này thiếu hoặc sai định dạng: hãy kiểm tra {fieldCount, plural, =0 {tệp} other {{fields}}}. Các trường cần có: {expected} (và baseUrl nếu muốn).',
    th: 'ข้อมูลรับรอง {provider} นี้ไม่ครบหรือรูปแบบไม่ถูกต้อง: ตรวจสอบ {fieldCount, plural, =0 {ไฟล์} other {{fields}}} ฟิลด์ที่ต้องมี: {expected} (และ baseUrl ถ้าต้องการ)',
  },
  'error.private_key_invalid': {
    en: 'The {provider} privateKey is not a private key Paybatch can read. Give it as PEM (PKCS#8 or PKCS#1) or as the bare base64 of the key.',
    vi: 'privateKey của {provider} không phải khoá riêng mà Paybatch đọc được. Hãy đưa ở dạng PEM (PKCS#8 hoặc PKCS#1) hoặc base64 trần của khoá.',
    th: 'privateKey ของ {provider} ไม่ใช่คีย์ส่วนตัวที่ Paybatch อ่านได้ ให้ใส่เป็น PEM (PKCS#8 หรือ PKCS#1) หรือ base64 ล้วนของคีย์',
  },
  'error.typed_private_key_invalid': {
    en: 'That is not a private key Paybatch can read. Give it as PEM (PKCS#8 or PKCS#1) or as the bare base64 of the key.',
    vi: 'Đó không phải khoá riêng mà Paybatch đọc được. Hãy đưa ở dạng PEM (PKCS#8 hoặc PKCS#1) hoặc base64 trần của khoá.',
    th: 'นี่ไม่ใช่คีย์ส่วนตัวที่ Paybatch อ่านได้ ให้ใส่เป็น PEM (PKCS#8 หรือ PKCS#1) หรือ base64 ล้วนของคีย์',
  },
  'error.platform_key_invalid': {
    en: 'The {provider} platformPublicKey is not a public key Paybatch can read. Give it as PEM or bare base64.',
    vi: 'platformPublicKey của {provider} không phải khoá công khai mà Paybatch đọc được. Hãy đưa ở dạng PEM hoặc base64 trần.',
    th: 'platformPublicKey ของ {provider} ไม่ใช่คีย์สาธารณะที่ Paybatch อ่านได้ ให้ใส่เป็น PEM หรือ base64 ล้วน',
  },
  'error.platform_key_invalid_unchanged': {
    en: 'The {name} platformPublicKey is not a public key Paybatch can read. Give it as PEM or bare base64. Nothing was changed.',
    vi: 'platformPublicKey của {name} không phải khoá công khai mà Paybatch đọc được. Hãy đưa ở dạng PEM hoặc base64 trần. Chưa có gì thay đổi.',
    th: 'platformPublicKey ของ {name} ไม่ใช่คีย์สาธารณะที่ Paybatch อ่านได้ ให้ใส่เป็น PEM หรือ base64 ล้วน ยังไม่มีอะไรถูกเปลี่ยน',
  },
  'error.not_a_secret': {
    en: '{field} is not a {provider} secret.',
    vi: '{field} không phải là khoá bí mật của {provider}.',
    th: '{field} ไม่ใช่ข้อมูลลับของ {provider}',
  },
  'error.secret_empty': {
    en: 'The {field} is empty.',
    vi: '{field} đang trống.',
    th: '{field} ว่างอยู่',
  },
  'error.secret_not_set': {
    en: 'The {provider} {field} for {environment} is not set. Add it in Settings, or run: {command}',
    vi: '{field} của {provider} cho môi trường {environment} chưa được đặt. Hãy thêm trong Cài đặt, hoặc chạy: {command}',
    th: 'ยังไม่ได้ตั้ง {field} ของ {provider} สำหรับ {environment} เพิ่มได้ในการตั้งค่า หรือรัน: {command}',
  },
  'error.settings_invalid': {
    en: 'These {provider} settings are not valid: {fields}.',
    vi: 'Các thiết lập {provider} này không hợp lệ: {fields}.',
    th: 'การตั้งค่า {provider} เหล่านี้ไม่ถูกต้อง: {fields}',
  },
  'error.keychain_locked': {
    en: 'Paybatch could not {action} the key {account} because the system keychain is locked. Unlock your keychain (log in again, or open your keyring app) and try again.',
    vi: `Paybatch không thể ${keychainActionVi} khoá {account} vì chuỗi khoá của hệ thống đang bị khoá. Hãy mở khoá chuỗi khoá (đăng nhập lại, hoặc mở ứng dụng keyring) rồi thử lại.`,
    th: `Paybatch ${keychainActionTh}คีย์ {account} ไม่ได้ เพราะพวงกุญแจของระบบถูกล็อกอยู่ ปลดล็อกพวงกุญแจ (เข้าสู่ระบบอีกครั้ง หรือเปิดแอป keyring) แล้วลองใหม่`,
  },
  'error.keychain_unreachable': {
    en: 'Paybatch could not {action} the key {account} because the system keychain is not reachable. Make sure a keychain service is running (on Linux: GNOME Keyring or KWallet), then try again. Paybatch never stores keys anywhere else.',
    vi: `Paybatch không thể ${keychainActionVi} khoá {account} vì không kết nối được chuỗi khoá của hệ thống. Hãy bảo đảm dịch vụ chuỗi khoá đang chạy (trên Linux: GNOME Keyring hoặc KWallet), rồi thử lại. Paybatch không bao giờ lưu khoá ở nơi khác.`,
    th: `Paybatch ${keychainActionTh}คีย์ {account} ไม่ได้ เพราะเข้าถึงพวงกุญแจของระบบไม่ได้ ตรวจสอบว่าบริการพวงกุญแจทำงานอยู่ (บน Linux: GNOME Keyring หรือ KWallet) แล้วลองใหม่ Paybatch ไม่เก็บคีย์ไว้ที่อื่นเลย`,
  },

  // Providers: what a client needs before it can talk to one.
  'error.no_address': {
    en: 'There is no address for {provider} ({environment}). Import its credentials with a baseUrl, or set it in Settings.',
    vi: 'Chưa có địa chỉ cho {provider} ({environment}). Hãy nhập thông tin xác thực kèm baseUrl, hoặc đặt trong Cài đặt.',
    th: 'ยังไม่มีที่อยู่สำหรับ {provider} ({environment}) นำเข้าข้อมูลรับรองพร้อม baseUrl หรือตั้งในการตั้งค่า',
  },
  'error.setting_not_set': {
    en: 'The {provider} {field} for {environment} is not set. Import the credentials again ({command}).',
    vi: '{field} của {provider} cho môi trường {environment} chưa được đặt. Hãy nhập lại thông tin xác thực ({command}).',
    th: 'ยังไม่ได้ตั้ง {field} ของ {provider} สำหรับ {environment} นำเข้าข้อมูลรับรองอีกครั้ง ({command})',
  },
  'error.stored_private_key_unreadable': {
    en: 'The {provider} private key in the keychain cannot be read. Import it again.',
    vi: 'Không đọc được khoá riêng {provider} trong chuỗi khoá. Hãy nhập lại.',
    th: 'อ่านคีย์ส่วนตัวของ {provider} ในพวงกุญแจไม่ได้ นำเข้าอีกครั้ง',
  },
  'error.stored_platform_key_unreadable': {
    en: 'The {provider} platform public key cannot be read. Import the credentials again.',
    vi: 'Không đọc được khoá công khai nền tảng của {provider}. Hãy nhập lại thông tin xác thực.',
    th: 'อ่านคีย์สาธารณะของแพลตฟอร์ม {provider} ไม่ได้ นำเข้าข้อมูลรับรองอีกครั้ง',
  },
  'error.no_balance': {
    en: '{name} ({environment}) answered, but not with a balance: {answer}. Check the credentials and the address.',
    vi: '{name} ({environment}) đã trả lời, nhưng không phải số dư: {answer}. Hãy kiểm tra thông tin xác thực và địa chỉ.',
    th: '{name} ({environment}) ตอบกลับ แต่ไม่ใช่ยอดเงินคงเหลือ: {answer} ตรวจสอบข้อมูลรับรองและที่อยู่',
  },

  // Destinations: where requests go and which answers are believed.
  'error.address_not_allowed': {
    en: `{hostKnown, select, yes {The address at {host}} other {This address}} cannot be used for {name} ({environment}): ${ruleEn}. Nothing was changed.`,
    vi: `{hostKnown, select, yes {Địa chỉ tại {host}} other {Địa chỉ này}} không dùng được cho {name} ({environment}): ${ruleVi}. Chưa có gì thay đổi.`,
    th: `{hostKnown, select, yes {ที่อยู่ที่ {host}} other {ที่อยู่นี้}} ใช้กับ {name} ({environment}) ไม่ได้: ${ruleTh} ยังไม่มีอะไรถูกเปลี่ยน`,
  },
  'error.address_unconfirmed': {
    en: 'The {name} ({environment}) address {host} has not been confirmed, so Paybatch will not send anything there. Set it again and confirm it, or run: {command}.',
    vi: 'Địa chỉ {host} của {name} ({environment}) chưa được xác nhận, nên Paybatch sẽ không gửi gì đến đó. Hãy đặt lại và xác nhận, hoặc chạy: {command}.',
    th: 'ที่อยู่ {host} ของ {name} ({environment}) ยังไม่ได้รับการยืนยัน Paybatch จึงจะไม่ส่งอะไรไปที่นั่น ตั้งอีกครั้งแล้วยืนยัน หรือรัน: {command}',
  },
  'error.confirmation_declined': {
    en: 'You did not confirm this change, so nothing was changed. {subject}: {described}.',
    vi: 'Bạn đã không xác nhận thay đổi này, nên chưa có gì thay đổi. {subject}: {described}.',
    th: 'คุณไม่ได้ยืนยันการเปลี่ยนแปลงนี้ จึงไม่มีอะไรถูกเปลี่ยน {subject}: {described}',
  },
  'error.confirmation_busy': {
    en: 'Paybatch is already asking you to confirm another change; answer that first. Nothing was changed. {subject}: {described}.',
    vi: 'Paybatch đang hỏi bạn xác nhận một thay đổi khác; hãy trả lời câu đó trước. Chưa có gì thay đổi. {subject}: {described}.',
    th: 'Paybatch กำลังขอให้คุณยืนยันการเปลี่ยนแปลงอื่นอยู่ ตอบอันนั้นก่อน ยังไม่มีอะไรถูกเปลี่ยน {subject}: {described}',
  },
  'error.confirmation_unavailable': {
    en: 'Nothing was changed: {subject}: {described}. Paybatch makes this change only when you confirm it yourself, and this request cannot ask you. {how, select, keys_import {To confirm it, put it in the credentials file (baseUrl, platformPublicKey) and run: {command}, or make the change in the Paybatch desktop app, which asks you.} other {Make this change in the Paybatch desktop app, which asks you to confirm it.}}',
    vi: 'Chưa có gì thay đổi: {subject}: {described}. Paybatch chỉ thực hiện thay đổi này khi chính bạn xác nhận, và yêu cầu này không thể hỏi bạn. {how, select, keys_import {Để xác nhận, hãy ghi nó vào tệp thông tin xác thực (baseUrl, platformPublicKey) rồi chạy: {command}, hoặc thay đổi trong ứng dụng Paybatch trên máy tính, nơi sẽ hỏi bạn.} other {Hãy thay đổi trong ứng dụng Paybatch trên máy tính, nơi sẽ hỏi bạn xác nhận.}}',
    th: 'ไม่มีอะไรถูกเปลี่ยน: {subject}: {described} Paybatch จะเปลี่ยนสิ่งนี้ก็ต่อเมื่อคุณยืนยันเอง และคำขอนี้ถามคุณไม่ได้ {how, select, keys_import {หากต้องการยืนยัน ให้ใส่ไว้ในไฟล์ข้อมูลรับรอง (baseUrl, platformPublicKey) แล้วรัน: {command} หรือเปลี่ยนในแอป Paybatch บนเดสก์ท็อป ซึ่งจะถามคุณ} other {เปลี่ยนสิ่งนี้ในแอป Paybatch บนเดสก์ท็อป ซึ่งจะขอให้คุณยืนยัน}}',
  },

  // The data folder.
  'error.data_file_unopenable': {
    en: 'Paybatch could not open its data file {file}. Check that the folder exists and that you may write to it.',
    vi: 'Paybatch không mở được tệp dữ liệu {file}. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó.',
    th: 'Paybatch เปิดไฟล์ข้อมูล {file} ไม่ได้ ตรวจสอบว่าโฟลเดอร์มีอยู่และคุณมีสิทธิ์เขียน',
  },
  'error.data_from_newer_version': {
    en: 'This data folder was written by a newer version of Paybatch. Install the newer version to open it.',
    vi: 'Thư mục dữ liệu này được ghi bởi phiên bản Paybatch mới hơn. Hãy cài phiên bản mới hơn để mở.',
    th: 'โฟลเดอร์ข้อมูลนี้เขียนโดย Paybatch รุ่นที่ใหม่กว่า ติดตั้งรุ่นที่ใหม่กว่าเพื่อเปิด',
  },

  // How a request travels (shared/result.ts transportFailures).
  'error.request_unknown': {
    en: 'Paybatch received a request it does not know. Please update the app.',
    vi: 'Paybatch nhận được một yêu cầu mà nó không biết. Vui lòng cập nhật ứng dụng.',
    th: 'Paybatch ได้รับคำขอที่ไม่รู้จัก โปรดอัปเดตแอป',
  },
  'error.request_malformed': {
    en: 'Paybatch could not accept this request because some of its data is malformed.',
    vi: 'Paybatch không nhận yêu cầu này vì một phần dữ liệu sai định dạng.',
    th: 'Paybatch รับคำขอนี้ไม่ได้ เพราะข้อมูลบางส่วนผิดรูปแบบ',
  },
  'error.internal_error': {
    en: 'Something went wrong inside Paybatch. Nothing was sent; please try again, and if it keeps happening, send the log to support.',
    vi: 'Đã có lỗi bên trong Paybatch. Chưa có gì được gửi; vui lòng thử lại, và nếu vẫn lỗi, hãy gửi nhật ký cho bộ phận hỗ trợ.',
    th: 'เกิดข้อผิดพลาดภายใน Paybatch ยังไม่มีอะไรถูกส่ง โปรดลองใหม่ และถ้ายังเกิดขึ้นอีก ให้ส่งบันทึกให้ฝ่ายสนับสนุน',
  },
  'error.not_from_window': {
    en: 'This request did not come from the Paybatch window and was refused.',
    vi: 'Yêu cầu này không đến từ cửa sổ Paybatch nên đã bị từ chối.',
    th: 'คำขอนี้ไม่ได้มาจากหน้าต่าง Paybatch จึงถูกปฏิเสธ',
  },
  'error.host_failed': {
    en: 'The Paybatch host failed to answer.',
    vi: 'Máy chủ Paybatch không trả lời được.',
    th: 'โฮสต์ของ Paybatch ตอบไม่ได้',
  },
  'error.open_from_printed_address': {
    en: 'Open Paybatch from the address it printed when it started.',
    vi: 'Hãy mở Paybatch từ địa chỉ nó in ra khi khởi động.',
    th: 'เปิด Paybatch จากที่อยู่ที่พิมพ์ออกมาตอนเริ่มทำงาน',
  },
  'error.request_too_large': {
    en: 'This request is too large for Paybatch to accept.',
    vi: 'Yêu cầu này quá lớn, Paybatch không nhận được.',
    th: 'คำขอนี้ใหญ่เกินกว่าที่ Paybatch จะรับได้',
  },
  'error.request_unreadable': {
    en: 'Paybatch could not read this request.',
    vi: 'Paybatch không đọc được yêu cầu này.',
    th: 'Paybatch อ่านคำขอนี้ไม่ได้',
  },
  'error.not_answering': {
    en: 'Paybatch is not answering. Check that it is still running, then reload this page.',
    vi: 'Paybatch không trả lời. Hãy kiểm tra nó vẫn đang chạy, rồi tải lại trang này.',
    th: 'Paybatch ไม่ตอบสนอง ตรวจสอบว่ายังทำงานอยู่ แล้วโหลดหน้านี้ใหม่',
  },
  'error.answer_not_understood': {
    en: 'Paybatch sent an answer this page does not understand. Reload the page.',
    vi: 'Paybatch gửi một câu trả lời mà trang này không hiểu. Hãy tải lại trang.',
    th: 'Paybatch ส่งคำตอบที่หน้านี้ไม่เข้าใจ โหลดหน้าใหม่',
  },
  'error.no_access_key': {
    en: 'This page was opened without its access key. Open Paybatch from the address printed when it started (it ends with #token=…).',
    vi: 'Trang này được mở mà không có khoá truy cập. Hãy mở Paybatch từ địa chỉ được in ra khi khởi động (kết thúc bằng #token=…).',
    th: 'หน้านี้ถูกเปิดโดยไม่มีคีย์เข้าถึง เปิด Paybatch จากที่อยู่ที่พิมพ์ออกมาตอนเริ่มทำงาน (ลงท้ายด้วย #token=…)',
  },

  // Batches (electron/engine/batches: wired there with these reasons and params).
  'error.batch_not_found': {
    en: 'This batch is not in Paybatch.',
    vi: 'Lô này không có trong Paybatch.',
    th: 'ไม่มีชุดนี้ใน Paybatch',
  },
  'error.batch_gone': {
    en: 'This batch is not in Paybatch (it may have been discarded). Open it again from the Batches screen.',
    vi: 'Lô này không có trong Paybatch (có thể đã bị bỏ). Hãy mở lại từ màn hình Các lô.',
    th: 'ไม่มีชุดนี้ใน Paybatch (อาจถูกทิ้งไปแล้ว) เปิดอีกครั้งจากหน้าจอชุดรายการ',
  },
  'error.not_draft': {
    en: 'This batch is already {status}.',
    vi: `Lô này đã ở trạng thái ${batchStatusVi}.`,
    th: `ชุดนี้อยู่ในสถานะ${batchStatusTh}แล้ว`,
  },
  'error.batch_locked': {
    en: 'This batch is {status} and can no longer be changed.',
    vi: `Lô này đang ở trạng thái ${batchStatusVi} và không thể thay đổi nữa.`,
    th: `ชุดนี้อยู่ในสถานะ${batchStatusTh} และเปลี่ยนแปลงไม่ได้อีกแล้ว`,
  },
  'error.discard_not_draft': {
    en: 'This batch is {status}: only a draft can be discarded.',
    vi: `Lô này đang ở trạng thái ${batchStatusVi}: chỉ bản nháp mới bỏ được.`,
    th: `ชุดนี้อยู่ในสถานะ${batchStatusTh}: ทิ้งได้เฉพาะฉบับร่างเท่านั้น`,
  },
  'error.blocked': {
    en: 'The batch was not approved: {check, select, blocker_all_excluded {Every row is excluded: there is nothing to pay.} blocker_errors {{count, plural, one {# row has errors. Fix or exclude it first.} other {# rows have errors. Fix or exclude them first.}}} other {{count, plural, one {# row has a warning} other {# rows have warnings}} not yet acknowledged.}}',
    vi: 'Lô chưa được duyệt: {check, select, blocker_all_excluded {mọi dòng đều bị loại, không có gì để trả.} blocker_errors {{count, plural, other {# dòng có lỗi. Hãy sửa hoặc loại các dòng này trước.}}} other {{count, plural, other {# dòng có cảnh báo chưa được xác nhận.}}}}',
    th: 'ชุดนี้ยังไม่ได้รับการอนุมัติ: {check, select, blocker_all_excluded {ทุกรายการถูกนำออก ไม่มีอะไรให้จ่าย} blocker_errors {{count, plural, other {มี # รายการที่มีข้อผิดพลาด โปรดแก้ไขหรือนำออกก่อน}}} other {{count, plural, other {มี # รายการที่มีคำเตือนซึ่งยังไม่ได้รับทราบ}}}}',
  },
  'error.total_mismatch': {
    en: "The total you typed ({typedLength, plural, =0 {nothing} other {{typed}}}) is not this batch's total. Check the batch and type its total to approve it.",
    vi: 'Tổng bạn gõ ({typedLength, plural, =0 {không có gì} other {{typed}}}) không phải tổng của lô này. Hãy kiểm tra lô và gõ đúng tổng để duyệt.',
    th: 'ยอดรวมที่คุณพิมพ์ ({typedLength, plural, =0 {ไม่มี} other {{typed}}}) ไม่ใช่ยอดรวมของชุดนี้ ตรวจสอบชุดแล้วพิมพ์ยอดรวมเพื่ออนุมัติ',
  },
  'error.approved_before': {
    en: '{sameContent, select, yes {The same payees and amounts were} other {The same file was}} approved before: {fileName}, approved {approvedOn} ({rowCount} payments, batch {batch}). Approve only if these people are to be paid again.',
    vi: '{sameContent, select, yes {Cùng người nhận và số tiền này} other {Cùng tệp này}} đã được duyệt trước đây: {fileName}, duyệt ngày {approvedOn} ({rowCount} khoản, lô {batch}). Chỉ duyệt nếu những người này cần được trả thêm lần nữa.',
    th: '{sameContent, select, yes {ผู้รับเงินและจำนวนเงินชุดเดียวกันนี้} other {ไฟล์เดียวกันนี้}}เคยได้รับการอนุมัติแล้ว: {fileName} อนุมัติเมื่อ {approvedOn} ({rowCount} รายการ ชุด {batch}) อนุมัติเฉพาะเมื่อต้องจ่ายให้คนเหล่านี้อีกครั้ง',
  },
  'error.changed_meanwhile': {
    en: 'This batch was approved or discarded meanwhile.',
    vi: 'Lô này vừa được duyệt hoặc bị bỏ trong lúc đó.',
    th: 'ชุดนี้ถูกอนุมัติหรือทิ้งไปในระหว่างนั้น',
  },
  'error.retry_not_ended': {
    en: 'This batch is {status}: its failed rows can be retried once it has ended.',
    vi: `Lô này đang ở trạng thái ${batchStatusVi}: có thể gửi lại các dòng thất bại khi lô đã kết thúc.`,
    th: `ชุดนี้อยู่ในสถานะ${batchStatusTh} ส่งรายการที่ไม่สำเร็จอีกครั้งได้เมื่อชุดสิ้นสุดแล้ว`,
  },
  'error.nothing_to_retry': {
    en: 'No row of this batch failed or was refused: there is nothing to retry.',
    vi: 'Không dòng nào của lô này thất bại hoặc bị từ chối: không có gì để gửi lại.',
    th: 'ไม่มีแถวใดในชุดนี้ที่ไม่สำเร็จหรือถูกปฏิเสธ: ไม่มีอะไรให้ส่งอีกครั้ง',
  },
  'error.unsent_not_sent': {
    en: 'This batch is {status}: nothing of it was sent.',
    vi: `Lô này đang ở trạng thái ${batchStatusVi}: chưa dòng nào được gửi.`,
    th: `ชุดนี้อยู่ในสถานะ${batchStatusTh}: ยังไม่มีรายการใดถูกส่ง`,
  },
  'error.operation_not_offered': {
    en: '{provider} does not offer {operation}s in Paybatch.',
    vi: '{provider} không hỗ trợ {operation, select, refund {hoàn tiền} other {chi trả}} trong Paybatch.',
    th: '{provider} ไม่มีบริการ{operation, select, refund {คืนเงิน} other {จ่ายเงิน}}ใน Paybatch',
  },
  'error.nothing_to_download': {
    en: 'No row of this batch has a problem: there is nothing to download.',
    vi: 'Không dòng nào của lô này có vấn đề: không có gì để tải xuống.',
    th: 'ไม่มีแถวใดในชุดนี้ที่มีปัญหา: ไม่มีอะไรให้ดาวน์โหลด',
  },
  'error.still_checking': {
    en: 'Paybatch is still checking this batch. Wait until checking is done, then make the change.',
    vi: 'Paybatch vẫn đang kiểm tra lô này. Hãy đợi kiểm tra xong rồi hãy thay đổi.',
    th: 'Paybatch ยังตรวจสอบชุดนี้อยู่ รอให้ตรวจเสร็จก่อน แล้วค่อยเปลี่ยน',
  },
  'error.import_closed': {
    en: 'This import is no longer open. Import the file again.',
    vi: 'Lần nhập này không còn mở. Hãy nhập lại tệp.',
    th: 'การนำเข้านี้ปิดไปแล้ว นำเข้าไฟล์อีกครั้ง',
  },
  'error.too_many_rows': {
    en: 'More rows arrived than the import announced ({rowCount}). Import the file again.',
    vi: 'Số dòng đến nhiều hơn số lần nhập đã báo ({rowCount}). Hãy nhập lại tệp.',
    th: 'ได้รับแถวมากกว่าที่การนำเข้าแจ้งไว้ ({rowCount}) นำเข้าไฟล์อีกครั้ง',
  },
  'error.nothing_to_undo': {
    en: 'There is nothing to undo in this batch.',
    vi: 'Không có gì để hoàn tác trong lô này.',
    th: 'ไม่มีอะไรให้เลิกทำในชุดนี้',
  },
  'error.undo_moved': {
    en: 'That change was already undone, or another change came after it. Check the rows, then use Undo again if you still want to.',
    vi: 'Thay đổi đó đã được hoàn tác, hoặc đã có thay đổi khác sau nó. Hãy xem lại các dòng, rồi bấm Hoàn tác lần nữa nếu vẫn muốn.',
    th: 'การเปลี่ยนแปลงนั้นถูกย้อนกลับไปแล้ว หรือมีการเปลี่ยนแปลงอื่นตามมา ตรวจดูรายการก่อน แล้วกดปุ่ม “ย้อนกลับ” อีกครั้งหากยังต้องการ',
  },
  'error.no_such_row': {
    en: 'This batch has no row number {row}.',
    vi: 'Lô này không có dòng số {row}.',
    th: 'ชุดนี้ไม่มีแถวที่ {row}',
  },
  'error.fix_outdated': {
    en: 'Row {row} no longer needs this fix: it was changed since. Look at the row again.',
    vi: 'Dòng {row} không còn cần cách sửa này: nó đã được thay đổi từ lúc đó. Hãy xem lại dòng.',
    th: 'แถว {row} ไม่ต้องใช้การแก้นี้แล้ว เพราะถูกเปลี่ยนไปตั้งแต่นั้น ดูแถวอีกครั้ง',
  },
  'error.no_warning_to_acknowledge': {
    en: 'Row {row} has no such warning to acknowledge now.',
    vi: 'Dòng {row} hiện không có cảnh báo như vậy để xác nhận.',
    th: 'แถว {row} ไม่มีคำเตือนนี้ให้รับทราบแล้วในตอนนี้',
  },
  'error.typed_amount_unreadable': amountTyped,
});
