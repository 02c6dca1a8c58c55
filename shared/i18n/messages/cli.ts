import { messages } from '../entry.js';
import { rowStatusEn, rowStatusTh, rowStatusVi } from './status-words.js';

// `<provider>` and `<environment>` are quoted ('<…>'): unquoted, ICU reads them as tags.
const helpEn = `{name} {version}: batch payouts for HiTechPAY, SmilePayz, HaiPay and AppotaPay.

Usage:
  paybatch inspect FILE [options]              Read a payroll sheet and show its payees
      --sheet NAME          the sheet to read (default: the first with data)
      --mapping FILE        a saved column mapping (JSON)
      --currency VND|THB    the amounts' currency (default: from the sheet)
      --encoding E          utf-8, utf-16le, utf-16be, windows-1258 or tis-620 (CSV only)
      --amount-format F     auto, dot-decimal (1,234.50) or comma-decimal (1.234,50)
      --header-row N        the header's row number, when it is not found by itself
      --operation O         payout (default) or refund: a sheet of refunds (transaction id,
                            amount, fee, reason), HiTechPAY only
      --json                machine-readable output
  paybatch validate FILE --provider P [options]
                                               Check every row offline against the rules of
                                               P: hitechpay, smilepayz, haipay or appotapay
                                               (takes inspect's options, and --data-dir DIR)
  paybatch keys import '<provider>' --env '<environment>' --file creds.json [--confirm-address]
  paybatch keys status [--json]
  paybatch keys remove '<provider>' --env '<environment>'
                                               Provider secrets in the system keychain (only
                                               fingerprints are ever shown); environments are
                                               practice, sandbox and production. An address
                                               the provider does not publish, or a changed one
                                               or verification key, needs --confirm-address
  paybatch simulate '<provider>' [--port N] [--faults SPEC] [--creds-out FILE]
                                               Run a provider simulator on 127.0.0.1; FILE gets
                                               fresh test credentials for keys import. SPEC:
                                               latency=MS,5xx=P,timeout=P,drop=P,settle=MS,
                                               fail=ACCOUNT|PHONE,badsig=P,busy=P (P from 0 to 1)
  paybatch serve [--port N] [--data-dir DIR]   Run the app in your browser (prints its address)
  paybatch send FILE --provider P --env E [--yes] [--concurrency N] [--name-mismatch keep|exclude]
                [--allow-duplicate-file] [--operation refund] [--partial-refunds] [--json]
                [--data-dir DIR]
                                               Read, check, approve (asking first unless --yes),
                                               send in E (practice, sandbox or production) and
                                               follow every row until it is final. Refunds
                                               (--operation refund): a transaction refunded
                                               twice, or refunded before, needs --partial-refunds
  paybatch resume [--no-wait] [--json] [--data-dir DIR]
                                               Go on with every unfinished batch; rows left in
                                               flight are asked about first
  paybatch status BATCH [--json] [--data-dir DIR]
                                               Where each row of a batch stands
  paybatch batches [--json] [--data-dir DIR]   Every batch, newest first
  paybatch report BATCH --out FILE.xlsx|FILE.csv [--json] [--data-dir DIR]
                                               Write a batch's result report (the format from
                                               FILE's extension), in the language of LANG
  paybatch audit verify [--data-dir DIR]       Check the audit log's hash chain: OK with the
                                               number of entries, or the first entry changed,
                                               missing or moved (exit 1)
  paybatch audit list [--batch BATCH] [--action A] [--json] [--data-dir DIR]
                                               The audit log's entries, oldest first
  paybatch audit export --out FILE.csv [--batch BATCH] [--action A] [--data-dir DIR]
                                               The audit log as CSV (UTF-8 with BOM), each
                                               entry with its hashes

Commands that read or write stored state take --data-dir DIR (default: the app's own folder).
  paybatch --version                           Print the version
  paybatch --help                              Show this help

Exit codes: 0 done, 1 the work found problems, 2 the input could not be used.
`;

const helpVi = `{name} {version}: chi trả theo lô qua HiTechPAY, SmilePayz, HaiPay và AppotaPay.

Cách dùng:
  paybatch inspect TỆP [tuỳ chọn]              Đọc bảng lương và hiện danh sách người nhận
      --sheet TÊN           trang tính cần đọc (mặc định: trang đầu tiên có dữ liệu)
      --mapping TỆP         cách ghép cột đã lưu (JSON)
      --currency VND|THB    đơn vị tiền của số tiền (mặc định: theo bảng tính)
      --encoding E          utf-8, utf-16le, utf-16be, windows-1258 hoặc tis-620 (chỉ CSV)
      --amount-format F     auto, dot-decimal (1,234.50) hoặc comma-decimal (1.234,50)
      --header-row N        số dòng tiêu đề, khi không tự tìm được
      --operation O         payout (mặc định) hoặc refund: bảng hoàn tiền (mã giao dịch,
                            số tiền, phí, lý do), chỉ HiTechPAY
      --json                kết quả cho máy đọc
  paybatch validate TỆP --provider P [tuỳ chọn]
                                               Kiểm tra từng dòng (không cần mạng) theo quy tắc
                                               của P: hitechpay, smilepayz, haipay hoặc appotapay
                                               (nhận các tuỳ chọn của inspect, và --data-dir THƯ_MỤC)
  paybatch keys import '<provider>' --env '<environment>' --file creds.json [--confirm-address]
  paybatch keys status [--json]
  paybatch keys remove '<provider>' --env '<environment>'
                                               Khoá bí mật của nhà cung cấp trong chuỗi khoá hệ
                                               thống (chỉ hiện dấu vân tay); môi trường gồm
                                               practice, sandbox và production. Địa chỉ mà nhà
                                               cung cấp không công bố, hoặc địa chỉ hay khoá xác
                                               minh bị đổi, cần --confirm-address
  paybatch simulate '<provider>' [--port N] [--faults SPEC] [--creds-out TỆP]
                                               Chạy trình mô phỏng nhà cung cấp trên 127.0.0.1;
                                               TỆP nhận thông tin xác thực thử mới cho keys import.
                                               SPEC: latency=MS,5xx=P,timeout=P,drop=P,settle=MS,
                                               fail=ACCOUNT|PHONE,badsig=P,busy=P (P từ 0 đến 1)
  paybatch serve [--port N] [--data-dir THƯ_MỤC]
                                               Chạy ứng dụng trong trình duyệt (in ra địa chỉ)
  paybatch send TỆP --provider P --env E [--yes] [--concurrency N] [--name-mismatch keep|exclude]
                [--allow-duplicate-file] [--operation refund] [--partial-refunds] [--json]
                [--data-dir THƯ_MỤC]
                                               Đọc, kiểm tra, duyệt (hỏi trước trừ khi có --yes),
                                               gửi trong E (practice, sandbox hoặc production) và
                                               theo dõi từng dòng đến khi có kết quả cuối cùng.
                                               Hoàn tiền (--operation refund): một giao dịch được
                                               hoàn hai lần, hoặc đã hoàn trước đây, cần
                                               --partial-refunds
  paybatch resume [--no-wait] [--json] [--data-dir THƯ_MỤC]
                                               Tiếp tục mọi lô chưa xong; các dòng còn dang dở
                                               được hỏi lại trước
  paybatch status MÃ_LÔ [--json] [--data-dir THƯ_MỤC]
                                               Tình trạng từng dòng của một lô
  paybatch batches [--json] [--data-dir THƯ_MỤC] Mọi lô, mới nhất trước
  paybatch report MÃ_LÔ --out TỆP.xlsx|TỆP.csv [--json] [--data-dir THƯ_MỤC]
                                               Ghi báo cáo kết quả của một lô (định dạng theo
                                               đuôi của TỆP), bằng ngôn ngữ của LANG
  paybatch audit verify [--data-dir THƯ_MỤC]   Kiểm tra chuỗi băm của nhật ký kiểm toán: OK
                                               kèm số mục, hoặc mục đầu tiên bị sửa, bị mất
                                               hay bị đảo chỗ (mã thoát 1)
  paybatch audit list [--batch MÃ_LÔ] [--action A] [--json] [--data-dir THƯ_MỤC]
                                               Các mục của nhật ký kiểm toán, cũ nhất trước
  paybatch audit export --out TỆP.csv [--batch MÃ_LÔ] [--action A] [--data-dir THƯ_MỤC]
                                               Nhật ký kiểm toán dạng CSV (UTF-8 có BOM), mỗi
                                               mục kèm các mã băm

Các lệnh đọc hoặc ghi dữ liệu đã lưu nhận --data-dir THƯ_MỤC (mặc định: thư mục của ứng dụng).
  paybatch --version                           In phiên bản
  paybatch --help                              Hiện trợ giúp này

Mã thoát: 0 xong, 1 có vấn đề trong dữ liệu, 2 không dùng được đầu vào.
`;

const helpTh = `{name} {version}: จ่ายเงินเป็นชุดผ่าน HiTechPAY, SmilePayz, HaiPay และ AppotaPay

วิธีใช้:
  paybatch inspect ไฟล์ [ตัวเลือก]              อ่านแผ่นงานเงินเดือนและแสดงผู้รับเงิน
      --sheet ชื่อ           แผ่นงานที่จะอ่าน (ค่าเริ่มต้น: แผ่นแรกที่มีข้อมูล)
      --mapping ไฟล์         การจับคู่คอลัมน์ที่บันทึกไว้ (JSON)
      --currency VND|THB    สกุลเงินของจำนวนเงิน (ค่าเริ่มต้น: ตามแผ่นงาน)
      --encoding E          utf-8, utf-16le, utf-16be, windows-1258 หรือ tis-620 (เฉพาะ CSV)
      --amount-format F     auto, dot-decimal (1,234.50) หรือ comma-decimal (1.234,50)
      --header-row N        เลขแถวของหัวตาราง เมื่อหาเองไม่พบ
      --operation O         payout (ค่าเริ่มต้น) หรือ refund: แผ่นงานคืนเงิน (รหัสธุรกรรม
                            จำนวนเงิน ค่าธรรมเนียม เหตุผล) เฉพาะ HiTechPAY
      --json                ผลลัพธ์สำหรับเครื่องอ่าน
  paybatch validate ไฟล์ --provider P [ตัวเลือก]
                                               ตรวจทุกแถวแบบออฟไลน์ตามกฎของ P: hitechpay,
                                               smilepayz, haipay หรือ appotapay
                                               (ใช้ตัวเลือกของ inspect และ --data-dir โฟลเดอร์)
  paybatch keys import '<provider>' --env '<environment>' --file creds.json [--confirm-address]
  paybatch keys status [--json]
  paybatch keys remove '<provider>' --env '<environment>'
                                               ข้อมูลลับของผู้ให้บริการในพวงกุญแจของระบบ (แสดง
                                               เพียงลายนิ้วมือ) สภาพแวดล้อมมี practice, sandbox
                                               และ production ที่อยู่ที่ผู้ให้บริการไม่ได้เผยแพร่
                                               หรือที่อยู่หรือคีย์ตรวจสอบที่เปลี่ยน ต้องใช้
                                               --confirm-address
  paybatch simulate '<provider>' [--port N] [--faults SPEC] [--creds-out ไฟล์]
                                               รันตัวจำลองผู้ให้บริการบน 127.0.0.1 ไฟล์จะได้
                                               ข้อมูลรับรองทดสอบใหม่สำหรับ keys import SPEC:
                                               latency=MS,5xx=P,timeout=P,drop=P,settle=MS,
                                               fail=ACCOUNT|PHONE,badsig=P,busy=P (P ตั้งแต่ 0 ถึง 1)
  paybatch serve [--port N] [--data-dir โฟลเดอร์]
                                               รันแอปในเบราว์เซอร์ (พิมพ์ที่อยู่ออกมา)
  paybatch send ไฟล์ --provider P --env E [--yes] [--concurrency N] [--name-mismatch keep|exclude]
                [--allow-duplicate-file] [--operation refund] [--partial-refunds] [--json]
                [--data-dir โฟลเดอร์]
                                               อ่าน ตรวจ อนุมัติ (ถามก่อน เว้นแต่ใช้ --yes) ส่งใน E
                                               (practice, sandbox หรือ production) และติดตามทุก
                                               รายการจนได้ผลสุดท้าย การคืนเงิน (--operation refund):
                                               ธุรกรรมที่คืนเงินสองครั้ง หรือเคยคืนแล้ว ต้องใช้
                                               --partial-refunds
  paybatch resume [--no-wait] [--json] [--data-dir โฟลเดอร์]
                                               ทำต่อทุกชุดที่ยังไม่เสร็จ โดยสอบถามรายการที่ค้างอยู่ก่อน
  paybatch status รหัสชุด [--json] [--data-dir โฟลเดอร์]
                                               สถานะของแต่ละรายการในชุด
  paybatch batches [--json] [--data-dir โฟลเดอร์]
                                               ทุกชุด ล่าสุดก่อน
  paybatch report รหัสชุด --out ไฟล์.xlsx|ไฟล์.csv [--json] [--data-dir โฟลเดอร์]
                                               เขียนรายงานผลของชุด (รูปแบบตามนามสกุลของไฟล์)
                                               ในภาษาของ LANG
  paybatch audit verify [--data-dir โฟลเดอร์]
                                               ตรวจสายแฮชของบันทึกการตรวจสอบ: OK พร้อมจำนวน
                                               รายการ หรือรายการแรกที่ถูกแก้ไข หายไป หรือถูกย้าย
                                               (รหัสออก 1)
  paybatch audit list [--batch รหัสชุด] [--action A] [--json] [--data-dir โฟลเดอร์]
                                               รายการในบันทึกการตรวจสอบ เก่าสุดก่อน
  paybatch audit export --out ไฟล์.csv [--batch รหัสชุด] [--action A] [--data-dir โฟลเดอร์]
                                               บันทึกการตรวจสอบเป็น CSV (UTF-8 มี BOM) แต่ละ
                                               รายการพร้อมแฮช

คำสั่งที่อ่านหรือเขียนข้อมูลที่เก็บไว้ใช้ --data-dir โฟลเดอร์ (ค่าเริ่มต้น: โฟลเดอร์ของแอป)
  paybatch --version                           พิมพ์รุ่น
  paybatch --help                              แสดงความช่วยเหลือนี้

รหัสออก: 0 เสร็จ, 1 พบปัญหาในข้อมูล, 2 ใช้ข้อมูลที่ให้มาไม่ได้
`;

/** The command line's words; `paybatch --json` output stays English (it is for programs). */
export const cliMessages = messages({
  'cli.help': { en: helpEn, vi: helpVi, th: helpTh },
  'cli.unknownCommand': {
    en: 'unknown command "{command}". Run "paybatch --help" to see what it can do.',
    vi: 'không có lệnh "{command}". Chạy "paybatch --help" để xem các lệnh.',
    th: 'ไม่รู้จักคำสั่ง "{command}" รัน "paybatch --help" เพื่อดูว่าทำอะไรได้บ้าง',
  },
  'cli.badOption': {
    en: '{problem}. Run "paybatch --help" for the options.',
    vi: '{problem}. Chạy "paybatch --help" để xem các tuỳ chọn.',
    th: '{problem} รัน "paybatch --help" เพื่อดูตัวเลือก',
  },
  'cli.usage.nameFile': {
    en: 'name the payroll file to read, e.g. paybatch inspect payroll.xlsx',
    vi: 'hãy nêu tệp bảng lương cần đọc, ví dụ paybatch inspect payroll.xlsx',
    th: 'ระบุไฟล์เงินเดือนที่จะอ่าน เช่น paybatch inspect payroll.xlsx',
  },
  'cli.usage.mappingUnreadable': {
    en: 'the mapping file {path} could not be read. Check the path.',
    vi: 'không đọc được tệp ghép cột {path}. Hãy kiểm tra đường dẫn.',
    th: 'อ่านไฟล์จับคู่คอลัมน์ {path} ไม่ได้ ตรวจสอบพาธ',
  },
  'cli.usage.oneOf': {
    en: '{flag} must be one of {allowed}, not "{value}".',
    vi: '{flag} phải là một trong {allowed}, không phải "{value}".',
    th: '{flag} ต้องเป็นหนึ่งใน {allowed} ไม่ใช่ "{value}"',
  },
  'cli.usage.rowNumber': {
    en: '{flag} must be a row number (1 or more), not "{value}".',
    vi: '{flag} phải là số dòng (từ 1 trở lên), không phải "{value}".',
    th: '{flag} ต้องเป็นเลขแถว (ตั้งแต่ 1 ขึ้นไป) ไม่ใช่ "{value}"',
  },
  'cli.usage.port': {
    en: '--port must be a whole number from 0 to 65535, not "{value}".',
    vi: '--port phải là số nguyên từ 0 đến 65535, không phải "{value}".',
    th: '--port ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง 65535 ไม่ใช่ "{value}"',
  },
  'cli.validate.provider': {
    en: 'name the provider with --provider ({providers}){given, select, none {} other {, not "{given}"}}.',
    vi: 'hãy nêu nhà cung cấp bằng --provider ({providers}){given, select, none {} other {, không phải "{given}"}}.',
    th: 'ระบุผู้ให้บริการด้วย --provider ({providers}){given, select, none {} other { ไม่ใช่ "{given}"}}',
  },
  'cli.validate.currency': {
    en: '{name} pays in {currency}; --currency {given} does not fit.',
    vi: '{name} trả bằng {currency}; --currency {given} không phù hợp.',
    th: '{name} จ่ายเป็น {currency} --currency {given} ใช้ไม่ได้',
  },
  'cli.validate.summary': {
    en: '{name}: {valid} valid, {errors} with errors, {warnings} with warnings.',
    vi: '{name}: {valid} hợp lệ, {errors} có lỗi, {warnings} có cảnh báo.',
    th: '{name}: ถูกต้อง {valid} มีข้อผิดพลาด {errors} มีคำเตือน {warnings}',
  },
  'cli.table.heading': {
    en: '{file} — sheet "{sheet}"{encoding, select, none {} other {, {encoding}}}, header on row {headerRow}, {currency}',
    vi: '{file} — trang "{sheet}"{encoding, select, none {} other {, {encoding}}}, tiêu đề ở dòng {headerRow}, {currency}',
    th: '{file} — แผ่นงาน "{sheet}"{encoding, select, none {} other {, {encoding}}} หัวตารางอยู่แถว {headerRow}, {currency}',
  },
  'cli.table.columns': { en: 'Columns: {columns}', vi: 'Cột: {columns}', th: 'คอลัมน์: {columns}' },
  'cli.table.noneMapped': { en: 'none mapped', vi: 'chưa ghép cột nào', th: 'ยังไม่ได้จับคู่' },
  'cli.table.otherSheets': { en: 'Other sheets: {sheets}', vi: 'Các trang khác: {sheets}', th: 'แผ่นงานอื่น: {sheets}' },
  'cli.table.sheetRows': { en: '"{name}" ({rows} rows)', vi: '"{name}" ({rows} dòng)', th: '"{name}" ({rows} แถว)' },
  'cli.table.counts': {
    en: '{payees} payees, {errors} with errors, {warnings} with warnings, {leftOut} rows left out',
    vi: '{payees} người nhận, {errors} có lỗi, {warnings} có cảnh báo, {leftOut} dòng bị bỏ qua',
    th: 'ผู้รับเงิน {payees} ราย มีข้อผิดพลาด {errors} มีคำเตือน {warnings} ข้ามไป {leftOut} แถว',
  },
  'cli.table.row': { en: 'Row', vi: 'Dòng', th: 'แถว' },
  'cli.table.name': { en: 'Name', vi: 'Họ tên', th: 'ชื่อ' },
  'cli.table.account': { en: 'Account', vi: 'Tài khoản', th: 'บัญชี' },
  'cli.table.bank': { en: 'Bank', vi: 'Ngân hàng', th: 'ธนาคาร' },
  'cli.table.amount': { en: 'Amount', vi: 'Số tiền', th: 'จำนวนเงิน' },
  'cli.table.phone': { en: 'Phone', vi: 'Điện thoại', th: 'โทรศัพท์' },
  'cli.table.problems': { en: 'Problems:', vi: 'Vấn đề:', th: 'ปัญหา:' },
  'cli.table.error': { en: 'ERROR', vi: 'LỖI', th: 'ผิดพลาด' },
  'cli.table.warning': { en: 'warning', vi: 'cảnh báo', th: 'คำเตือน' },
  'cli.table.leftOut': { en: 'Left out:', vi: 'Bỏ qua:', th: 'ข้ามไป:' },
  'cli.keys.none': {
    en: "No provider credentials are set. Add them with: paybatch keys import '<provider>' --env '<environment>' --file creds.json",
    vi: "Chưa có thông tin xác thực nhà cung cấp nào. Thêm bằng: paybatch keys import '<provider>' --env '<environment>' --file creds.json",
    th: "ยังไม่ได้ตั้งข้อมูลรับรองของผู้ให้บริการ เพิ่มด้วย: paybatch keys import '<provider>' --env '<environment>' --file creds.json",
  },
  'cli.keys.set': { en: 'set {fingerprint}', vi: 'đã đặt {fingerprint}', th: 'ตั้งแล้ว {fingerprint}' },
  'cli.keys.setNoPrint': { en: 'set', vi: 'đã đặt', th: 'ตั้งแล้ว' },
  'cli.keys.notSet': { en: 'not set', vi: 'chưa đặt', th: 'ยังไม่ได้ตั้ง' },
  'cli.keys.saved': {
    en: 'Saved {provider} ({environment}): {secrets} in the system keychain; the other settings in {dataDir}.',
    vi: 'Đã lưu {provider} ({environment}): {secrets} trong chuỗi khoá hệ thống; các thiết lập khác trong {dataDir}.',
    th: 'บันทึก {provider} ({environment}) แล้ว: {secrets} ในพวงกุญแจของระบบ การตั้งค่าอื่นใน {dataDir}',
  },
  'cli.keys.removed': {
    en: 'Removed the {provider} ({environment}) keys and settings.',
    vi: 'Đã xoá khoá và thiết lập của {provider} ({environment}).',
    th: 'ลบคีย์และการตั้งค่าของ {provider} ({environment}) แล้ว',
  },
  'cli.keys.nothingSet': {
    en: 'Nothing was set for {provider} ({environment}).',
    vi: 'Chưa có gì được đặt cho {provider} ({environment}).',
    th: 'ไม่มีอะไรตั้งไว้สำหรับ {provider} ({environment})',
  },
  'cli.keys.use': {
    en: "use: paybatch keys import '<provider>' --env '<environment>' --file creds.json [--confirm-address] | keys status [--json] | keys remove '<provider>' --env '<environment>'",
    vi: "cách dùng: paybatch keys import '<provider>' --env '<environment>' --file creds.json [--confirm-address] | keys status [--json] | keys remove '<provider>' --env '<environment>'",
    th: "วิธีใช้: paybatch keys import '<provider>' --env '<environment>' --file creds.json [--confirm-address] | keys status [--json] | keys remove '<provider>' --env '<environment>'",
  },
  'cli.keys.confirmOnlyImport': {
    en: '--confirm-address goes with keys import, the command that sets an address.',
    vi: '--confirm-address đi cùng keys import, lệnh đặt địa chỉ.',
    th: '--confirm-address ใช้กับ keys import ซึ่งเป็นคำสั่งที่ตั้งที่อยู่',
  },
  'cli.keys.nameFile': {
    en: 'name the credentials file with --file creds.json',
    vi: 'hãy nêu tệp thông tin xác thực bằng --file creds.json',
    th: 'ระบุไฟล์ข้อมูลรับรองด้วย --file creds.json',
  },
  'cli.keys.fileUnreadable': {
    en: '{file} could not be read. Check the path.',
    vi: 'không đọc được {file}. Hãy kiểm tra đường dẫn.',
    th: 'อ่าน {file} ไม่ได้ ตรวจสอบพาธ',
  },
  'cli.keys.notJson': { en: '{file} is not valid JSON.', vi: '{file} không phải JSON hợp lệ.', th: '{file} ไม่ใช่ JSON ที่ถูกต้อง' },
  'cli.keys.provider': {
    en: 'name the provider: {providers}{given, select, none {} other { (not "{given}")}}.',
    vi: 'hãy nêu nhà cung cấp: {providers}{given, select, none {} other { (không phải "{given}")}}.',
    th: 'ระบุผู้ให้บริการ: {providers}{given, select, none {} other { (ไม่ใช่ "{given}")}}',
  },
  'cli.keys.environment': {
    en: 'name the environment with --env: {environments}{given, select, none {} other { (not "{given}")}}.',
    vi: 'hãy nêu môi trường bằng --env: {environments}{given, select, none {} other { (không phải "{given}")}}.',
    th: 'ระบุสภาพแวดล้อมด้วย --env: {environments}{given, select, none {} other { (ไม่ใช่ "{given}")}}',
  },
  'cli.keys.confirmed': {
    en: 'Confirmed with --confirm-address for {subject}:',
    vi: 'Đã xác nhận bằng --confirm-address cho {subject}:',
    th: 'ยืนยันด้วย --confirm-address สำหรับ {subject}:',
  },
  'cli.serve.busy': {
    en: 'port {port} is already in use. Choose another with --port, or leave it out to pick a free one.',
    vi: 'cổng {port} đang được dùng. Chọn cổng khác bằng --port, hoặc bỏ trống để tự chọn cổng rảnh.',
    th: 'พอร์ต {port} ถูกใช้อยู่ เลือกพอร์ตอื่นด้วย --port หรือไม่ต้องระบุเพื่อเลือกพอร์ตว่างเอง',
  },
  'cli.serve.failed': { en: 'could not start: {problem}', vi: 'không khởi động được: {problem}', th: 'เริ่มทำงานไม่ได้: {problem}' },
  'cli.serve.running': {
    en: "Paybatch is running. Open this address in your browser (it includes this session's key):",
    vi: 'Paybatch đang chạy. Mở địa chỉ này trong trình duyệt (có kèm khoá của phiên này):',
    th: 'Paybatch กำลังทำงาน เปิดที่อยู่นี้ในเบราว์เซอร์ (มีคีย์ของเซสชันนี้อยู่ด้วย):',
  },
  'cli.serve.dataFolder': { en: 'Data folder: {dir}', vi: 'Thư mục dữ liệu: {dir}', th: 'โฟลเดอร์ข้อมูล: {dir}' },
  'cli.stop': { en: 'Press Ctrl+C to stop.', vi: 'Nhấn Ctrl+C để dừng.', th: 'กด Ctrl+C เพื่อหยุด' },
  'cli.simulate.provider': {
    en: 'name the provider to simulate: {providers}.',
    vi: 'hãy nêu nhà cung cấp cần mô phỏng: {providers}.',
    th: 'ระบุผู้ให้บริการที่จะจำลอง: {providers}',
  },
  'cli.simulate.faults': { en: '--faults: {problem}.', vi: '--faults: {problem}.', th: '--faults: {problem}' },
  'cli.simulate.listening': {
    en: '{provider} simulator listening at {url}',
    vi: 'trình mô phỏng {provider} đang nghe tại {url}',
    th: 'ตัวจำลอง {provider} รอรับที่ {url}',
  },
  'cli.simulate.credentials': {
    en: 'Test credentials written to {file}: paybatch keys import {provider} --env practice --file {file}',
    vi: 'Đã ghi thông tin xác thực thử vào {file}: paybatch keys import {provider} --env practice --file {file}',
    th: 'เขียนข้อมูลรับรองทดสอบลงใน {file} แล้ว: paybatch keys import {provider} --env practice --file {file}',
  },
  'cli.operation.unknown': {
    en: '--operation takes payout or refund (given: {given}).',
    vi: '--operation nhận payout hoặc refund (đã nhập: {given}).',
    th: '--operation รับ payout หรือ refund (ที่ให้มา: {given})',
  },
  'cli.operation.notOffered': {
    en: '{name} does not offer {operation, select, refund {refunds} other {{operation}}} in Paybatch: --operation {operation} goes with --provider {providers}.',
    vi: '{name} không có {operation, select, refund {hoàn tiền} other {{operation}}} trong Paybatch: --operation {operation} dùng với --provider {providers}.',
    th: '{name} ไม่มี{operation, select, refund {การคืนเงิน} other {{operation}}}ใน Paybatch: --operation {operation} ใช้กับ --provider {providers}',
  },
  'cli.table.transaction': { en: 'Transaction', vi: 'Mã giao dịch', th: 'รหัสธุรกรรม' },
  'cli.table.fee': { en: 'Fee', vi: 'Phí', th: 'ค่าธรรมเนียม' },
  'cli.table.reason': { en: 'Reason', vi: 'Lý do', th: 'เหตุผล' },
  'cli.table.reference': { en: 'Order', vi: 'Mã đơn hàng', th: 'เลขคำสั่งซื้อ' },
  'cli.table.refundCounts': {
    en: '{refunds} refunds, {errors} with errors, {warnings} with warnings, {leftOut} rows left out',
    vi: '{refunds} khoản hoàn, {errors} có lỗi, {warnings} có cảnh báo, {leftOut} dòng bị bỏ qua',
    th: 'คืนเงิน {refunds} รายการ มีข้อผิดพลาด {errors} มีคำเตือน {warnings} ข้ามไป {leftOut} แถว',
  },
  'cli.refund.summary': {
    en: 'Ready to refund {rows, plural, one {# payment} other {# payments}}, {total} in all, with {name} ({environment, select, practice {Practice} sandbox {Sandbox} production {Production} other {{environment}}}), from {file}.',
    vi: 'Sẵn sàng hoàn tiền {rows, plural, other {# giao dịch}}, tổng {total}, qua {name} ({environment, select, practice {Luyện tập} sandbox {Sandbox} production {Production} other {{environment}}}), từ {file}.',
    th: 'พร้อมคืนเงิน {rows, plural, other {# รายการ}} รวม {total} ผ่าน {name} ({environment, select, practice {ฝึกใช้งาน} sandbox {Sandbox} production {Production} other {{environment}}}) จาก {file}',
  },
  'cli.refund.ask': {
    en: 'Type yes to refund them: ',
    vi: 'Gõ yes để hoàn tiền: ',
    th: 'พิมพ์ yes เพื่อคืนเงิน: ',
  },
  'cli.refund.started': {
    en: 'Batch {batch}: refunding {rows, plural, one {# payment} other {# payments}} with {name} ({environment, select, practice {Practice} sandbox {Sandbox} production {Production} other {{environment}}}).',
    vi: 'Lô {batch}: đang hoàn tiền {rows, plural, other {# giao dịch}} qua {name} ({environment, select, practice {Luyện tập} sandbox {Sandbox} production {Production} other {{environment}}}).',
    th: 'ชุด {batch}: กำลังคืนเงิน {rows, plural, other {# รายการ}} ผ่าน {name} ({environment, select, practice {ฝึกใช้งาน} sandbox {Sandbox} production {Production} other {{environment}}})',
  },
  'cli.refund.progress': {
    en: '{done} of {total} answered: {succeeded} refunded, {notPaid} not refunded, {pending} still waiting',
    vi: 'Đã có trả lời {done}/{total}: {succeeded} đã hoàn, {notPaid} không được hoàn, {pending} đang chờ',
    th: 'ได้คำตอบ {done} จาก {total}: คืนแล้ว {succeeded} ไม่ได้คืน {notPaid} ยังรออยู่ {pending}',
  },
  'cli.refund.row': {
    en: `Row {row}: transaction {transaction}, refund {orderId}{providerRef, select, none {} other { ({name} refund_id {providerRef})}}, {amount}{fee, select, none {} other {, fee {fee}}}: ${rowStatusEn}{settled, select, none {} other {, settled {settled}}}{message, select, none {} other { ({message})}}`,
    vi: `Dòng {row}: giao dịch {transaction}, mã hoàn tiền {orderId}{providerRef, select, none {} other { (refund_id của {name} {providerRef})}}, {amount}{fee, select, none {} other {, phí {fee}}}: ${rowStatusVi}{settled, select, none {} other {, hoàn tất lúc {settled}}}{message, select, none {} other { ({message})}}`,
    th: `แถว {row}: ธุรกรรม {transaction} รหัสคืนเงิน {orderId}{providerRef, select, none {} other { (refund_id ของ {name} {providerRef})}} {amount}{fee, select, none {} other { ค่าธรรมเนียม {fee}}}: ${rowStatusTh}{settled, select, none {} other { เสร็จเมื่อ {settled}}}{message, select, none {} other { ({message})}}`,
  },
  'cli.refund.done': {
    en: 'Batch {batch} ({status}): {succeeded} of {rows} refunds succeeded, {paid} refunded.',
    vi: 'Lô {batch} ({status}): {succeeded}/{rows} khoản hoàn thành công, đã hoàn {paid}.',
    th: 'ชุด {batch} ({status}): คืนเงินสำเร็จ {succeeded} จาก {rows} รายการ คืนแล้ว {paid}',
  },
  'cli.refund.duplicate': {
    en: 'Nothing was sent: {sameContent, select, yes {the same transactions and amounts were} other {the same file was}} approved before, as batch {batch} ({fileName}, {rowCount} refunds, {approvedOn}). If that batch did not finish, run "paybatch resume". To refund these payments again, add --allow-duplicate-file.',
    vi: 'Chưa gửi gì: {sameContent, select, yes {cùng các giao dịch và số tiền này} other {cùng tệp này}} đã được duyệt trước đây, là lô {batch} ({fileName}, {rowCount} khoản hoàn, {approvedOn}). Nếu lô đó chưa xong, hãy chạy "paybatch resume". Để hoàn tiền các giao dịch này thêm lần nữa, thêm --allow-duplicate-file.',
    th: 'ยังไม่ได้ส่งอะไร: {sameContent, select, yes {ธุรกรรมและจำนวนเงินชุดเดียวกันนี้} other {ไฟล์เดียวกันนี้}} เคยได้รับอนุมัติแล้ว เป็นชุด {batch} ({fileName}, คืนเงิน {rowCount} รายการ, {approvedOn}) หากชุดนั้นยังไม่เสร็จ ให้รัน "paybatch resume" หากจะคืนเงินรายการเหล่านี้อีกครั้ง เพิ่ม --allow-duplicate-file',
  },
  'cli.refund.repeated': {
    en: 'Nothing was sent: {count, plural, one {transaction {transactions} is} other {transactions {transactions} are}} refunded by more than one row ({rowCount, plural, one {row} other {rows}} {rows}). If these are partial refunds of one payment, add --partial-refunds; otherwise remove the extra rows.',
    vi: 'Chưa gửi gì: {count, plural, other {giao dịch {transactions}}} được hoàn ở nhiều dòng ({rowCount, plural, other {dòng}} {rows}). Nếu đây là các lần hoàn một phần của cùng một khoản thanh toán, thêm --partial-refunds; nếu không, hãy bỏ các dòng thừa.',
    th: 'ยังไม่ได้ส่งอะไร: {count, plural, other {ธุรกรรม {transactions}}} ถูกคืนเงินในหลายแถว ({rowCount, plural, other {แถว}} {rows}) หากเป็นการคืนเงินบางส่วนของรายการชำระเดียวกัน เพิ่ม --partial-refunds หากไม่ใช่ ให้ลบแถวที่เกินออก',
  },
  'cli.refund.refundedBefore': {
    en: 'Nothing was sent: {count, plural, one {transaction {transactions} was} other {transactions {transactions} were}} already refunded by an earlier batch ({rowCount, plural, one {row} other {rows}} {rows}). If these are further partial refunds, add --partial-refunds; otherwise remove those rows.',
    vi: 'Chưa gửi gì: {count, plural, other {giao dịch {transactions}}} đã được hoàn ở một lô trước ({rowCount, plural, other {dòng}} {rows}). Nếu đây là các lần hoàn một phần tiếp theo, thêm --partial-refunds; nếu không, hãy bỏ các dòng đó.',
    th: 'ยังไม่ได้ส่งอะไร: {count, plural, other {ธุรกรรม {transactions}}} ได้รับคืนเงินแล้วในชุดก่อนหน้า ({rowCount, plural, other {แถว}} {rows}) หากเป็นการคืนเงินบางส่วนเพิ่มเติม เพิ่ม --partial-refunds หากไม่ใช่ ให้ลบแถวเหล่านั้นออก',
  },
  'cli.refund.partialWithoutRefunds': {
    en: '--partial-refunds goes with --operation refund: a payout sheet has no refunds to confirm.',
    vi: '--partial-refunds đi cùng --operation refund: bảng chi trả không có khoản hoàn nào để xác nhận.',
    th: '--partial-refunds ใช้กับ --operation refund: แผ่นงานจ่ายเงินไม่มีรายการคืนเงินให้ยืนยัน',
  },
  'cli.batches.refundLine': {
    en: '{batch}  {provider} {environment}  {status}  {rows} refunds  {total}  {file}',
    vi: '{batch}  {provider} {environment}  {status}  {rows} khoản hoàn  {total}  {file}',
    th: '{batch}  {provider} {environment}  {status}  คืนเงิน {rows} รายการ  {total}  {file}',
  },
});
