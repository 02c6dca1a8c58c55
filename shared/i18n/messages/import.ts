import { messages } from '../entry.js';

/**
 * Reading a sheet and the Map step: each row's problem (`issue.<code>`, whose English is the
 * `message` the import builds, word for word), its short name (`problem.<code>`), whole-file
 * failures (`importFailure.<code>`), the Map step's checks (`check.<code>`) and the screen.
 */
export const importMessages = messages({
  'issue.cell_too_long': {
    en: "Row {row}, column {column}: the cell holds {length, number} characters, far more than any payee's value (at most {max, number}). Check that the right column is mapped, or correct the cell in the sheet.",
    vi: 'Dòng {row}, cột {column}: ô này chứa {length, number} ký tự, dài hơn hẳn mọi thông tin của người nhận (tối đa {max, number}). Hãy kiểm tra đã chọn đúng cột chưa, hoặc sửa ô này trong bảng tính.',
    th: 'แถว {row} คอลัมน์ {column}: เซลล์นี้มี {length, number} ตัวอักษร ยาวเกินกว่าข้อมูลผู้รับเงินใด ๆ (ไม่เกิน {max, number}) โปรดตรวจสอบว่าเลือกคอลัมน์ถูกต้อง หรือแก้ไขเซลล์นี้ในไฟล์',
  },
  'issue.cell_control_chars': {
    en: 'Row {row}, column {column}: the cell holds an invisible control character (U+{char}, at character {position}), which no provider accepts. Retype the value in the sheet and import again.',
    vi: 'Dòng {row}, cột {column}: ô này có một ký tự điều khiển ẩn (U+{char}, ở ký tự thứ {position}) mà không nhà cung cấp nào chấp nhận. Hãy gõ lại giá trị này trong bảng tính rồi nhập lại.',
    th: 'แถว {row} คอลัมน์ {column}: เซลล์นี้มีอักขระควบคุมที่มองไม่เห็น (U+{char} ที่ตัวอักษรที่ {position}) ซึ่งไม่มีผู้ให้บริการรายใดรับ โปรดพิมพ์ค่านี้ใหม่ในไฟล์แล้วนำเข้าอีกครั้ง',
  },
  'issue.cell_error': {
    en: 'Row {row}, column {column}: the cell shows the Excel error {shown}. Fix the formula in Excel, save, and import again.',
    vi: 'Dòng {row}, cột {column}: ô này đang báo lỗi Excel {shown}. Hãy sửa công thức trong Excel, lưu lại rồi nhập lại.',
    th: 'แถว {row} คอลัมน์ {column}: เซลล์นี้แสดงข้อผิดพลาดของ Excel {shown} โปรดแก้สูตรใน Excel บันทึก แล้วนำเข้าอีกครั้ง',
  },
  'issue.cell_damaged': {
    en: 'Row {row}, column {column}: the cell is damaged in the file: it points to text the workbook does not hold. Open the workbook in Excel, retype this cell, save, and import again.',
    vi: 'Dòng {row}, cột {column}: ô này bị hỏng trong tệp: nó trỏ tới nội dung mà tệp Excel không có. Hãy mở tệp bằng Excel, gõ lại ô này, lưu lại rồi nhập lại.',
    th: 'แถว {row} คอลัมน์ {column}: เซลล์นี้เสียหายในไฟล์ โดยอ้างถึงข้อความที่ไม่มีอยู่ในเวิร์กบุ๊ก โปรดเปิดไฟล์ใน Excel พิมพ์เซลล์นี้ใหม่ บันทึก แล้วนำเข้าอีกครั้ง',
  },
  'issue.account_stored_as_number': {
    en: 'Row {row}, column {column}: Excel stored this account number as a number ({shown}). If the real number starts with 0, that zero is lost: check it, or format the column as Text in Excel and retype it.',
    vi: 'Dòng {row}, cột {column}: Excel đã lưu số tài khoản này dưới dạng số ({shown}). Nếu số thật bắt đầu bằng 0 thì số 0 đó đã mất: hãy kiểm tra lại, hoặc định dạng cột là Text trong Excel rồi gõ lại.',
    th: 'แถว {row} คอลัมน์ {column}: Excel เก็บเลขที่บัญชีนี้เป็นตัวเลข ({shown}) ถ้าเลขจริงขึ้นต้นด้วย 0 เลข 0 นั้นหายไปแล้ว โปรดตรวจสอบ หรือจัดรูปแบบคอลัมน์เป็น Text ใน Excel แล้วพิมพ์ใหม่',
  },
  'issue.account_digits_lost': {
    en: 'Row {row}, column {column}: Excel stored this account number as a number with more than 15 digits, so its last digits are already lost (the cell holds {shown}). In Excel, format the column as Text, retype the account number, and import again.',
    vi: 'Dòng {row}, cột {column}: Excel đã lưu số tài khoản này dưới dạng số có hơn 15 chữ số, nên các chữ số cuối đã bị mất (ô đang chứa {shown}). Trong Excel, hãy định dạng cột là Text, gõ lại số tài khoản rồi nhập lại.',
    th: 'แถว {row} คอลัมน์ {column}: Excel เก็บเลขที่บัญชีนี้เป็นตัวเลขเกิน 15 หลัก หลักท้าย ๆ จึงหายไปแล้ว (เซลล์มีค่า {shown}) โปรดจัดรูปแบบคอลัมน์เป็น Text ใน Excel พิมพ์เลขที่บัญชีใหม่ แล้วนำเข้าอีกครั้ง',
  },
  'issue.account_scientific': {
    en: 'Row {row}, column {column}: the account number was saved as {shown}, so its digits are lost. Re-export the sheet with this column formatted as Text.',
    vi: 'Dòng {row}, cột {column}: số tài khoản đã bị lưu thành {shown}, nên các chữ số đã mất. Hãy xuất lại bảng tính với cột này ở định dạng Text.',
    th: 'แถว {row} คอลัมน์ {column}: เลขที่บัญชีถูกบันทึกเป็น {shown} ตัวเลขจึงสูญหาย โปรดส่งออกไฟล์ใหม่โดยจัดรูปแบบคอลัมน์นี้เป็น Text',
  },
  'issue.account_not_text': {
    en: 'Row {row}, column {column}: "{shown}" is not an account number. Check the cell in the sheet.',
    vi: 'Dòng {row}, cột {column}: "{shown}" không phải là số tài khoản. Hãy kiểm tra ô này trong bảng tính.',
    th: 'แถว {row} คอลัมน์ {column}: "{shown}" ไม่ใช่เลขที่บัญชี โปรดตรวจสอบเซลล์นี้ในไฟล์',
  },
  'issue.phone_leading_zero_restored': {
    en: 'Row {row}, column {column}: {from, select, number {Excel stored this phone as a number and dropped its leading 0; Paybatch restored it as {phone}. Check it.} other {this phone has no leading 0; Paybatch read it as {phone}. Check it.}}',
    vi: 'Dòng {row}, cột {column}: {from, select, number {Excel đã lưu số điện thoại này dưới dạng số và làm mất số 0 ở đầu; Paybatch đã thêm lại thành {phone}. Hãy kiểm tra lại.} other {số điện thoại này thiếu số 0 ở đầu; Paybatch đọc thành {phone}. Hãy kiểm tra lại.}}',
    th: 'แถว {row} คอลัมน์ {column}: {from, select, number {Excel เก็บเบอร์โทรนี้เป็นตัวเลขและตัด 0 ข้างหน้าออก Paybatch เติมกลับเป็น {phone} แล้ว โปรดตรวจสอบ} other {เบอร์โทรนี้ไม่มี 0 ข้างหน้า Paybatch อ่านเป็น {phone} โปรดตรวจสอบ}}',
  },
  'issue.phone_unusual': {
    en: 'Row {row}, column {column}: "{written}" does not look like a {currency, select, VND {Vietnamese} other {Thai}} phone number (10 digits starting with 0).',
    vi: 'Dòng {row}, cột {column}: "{written}" không giống số điện thoại {currency, select, VND {Việt Nam} other {Thái Lan}} (10 chữ số, bắt đầu bằng 0).',
    th: 'แถว {row} คอลัมน์ {column}: "{written}" ดูไม่เหมือนเบอร์โทรศัพท์{currency, select, VND {เวียดนาม} other {ไทย}} (10 หลัก ขึ้นต้นด้วย 0)',
  },
  // The import says it of an empty cell; the rules (reason not_whole) of any amount not a whole positive one.
  'issue.amount_missing': {
    en: '{reason, select, not_whole {{at, select, row {Row {row}: } other {Row {row}, column {column}: }}the amount is missing or not a whole amount.} other {Row {row}, column {column}: the amount is empty.}} Enter the amount to pay.',
    vi: '{reason, select, not_whole {{at, select, row {Dòng {row}: } other {Dòng {row}, cột {column}: }}số tiền bị thiếu hoặc không phải số nguyên.} other {Dòng {row}, cột {column}: chưa có số tiền.}} Hãy nhập số tiền cần trả.',
    th: '{reason, select, not_whole {{at, select, row {แถว {row}: } other {แถว {row} คอลัมน์ {column}: }}ไม่มีจำนวนเงินหรือไม่ใช่จำนวนเต็ม} other {แถว {row} คอลัมน์ {column}: ไม่มีจำนวนเงิน}} โปรดใส่จำนวนเงินที่จะจ่าย',
  },
  'issue.amount_unreadable': {
    en: 'Row {row}, column {column}: {why, select, separators {"{shown}" has more than one decimal separator} grouping {"{shown}" does not group its thousands in threes} cell {the cell shows {shown}, not an amount} number {{shown} is not an amount} other {"{shown}" is not an amount}}.',
    vi: 'Dòng {row}, cột {column}: {why, select, separators {"{shown}" có nhiều hơn một dấu thập phân} grouping {"{shown}" không tách hàng nghìn theo nhóm ba chữ số} cell {ô này hiển thị {shown}, không phải số tiền} number {{shown} không phải là số tiền} other {"{shown}" không phải là số tiền}}.',
    th: 'แถว {row} คอลัมน์ {column}: {why, select, separators {"{shown}" มีจุดทศนิยมมากกว่าหนึ่งตัว} grouping {"{shown}" ไม่ได้คั่นหลักพันทีละสามหลัก} cell {เซลล์นี้แสดง {shown} ไม่ใช่จำนวนเงิน} number {{shown} ไม่ใช่จำนวนเงิน} other {"{shown}" ไม่ใช่จำนวนเงิน}}',
  },
  'issue.amount_ambiguous': {
    en: 'Row {row}, column {column}: "{shown}" could be {asWhole, number} or {asDecimal, number, ::group-off}; choose how this column writes decimals. Set the column’s number format on the Map step (or --amount-format).',
    vi: 'Dòng {row}, cột {column}: "{shown}" có thể là {asWhole, number} hoặc {asDecimal, number, ::group-off}; hãy cho biết cột này viết phần thập phân thế nào. Chọn cách viết số của cột ở bước chọn cột (hoặc --amount-format).',
    th: 'แถว {row} คอลัมน์ {column}: "{shown}" อาจเป็น {asWhole, number} หรือ {asDecimal, number, ::group-off} โปรดเลือกว่าคอลัมน์นี้เขียนทศนิยมแบบใด ตั้งรูปแบบตัวเลขของคอลัมน์ได้ที่ขั้นตอนเลือกคอลัมน์ (หรือ --amount-format)',
  },
  'issue.amount_too_large': {
    en: 'Row {row}, column {column}: {form, select, number {{shown}} other {"{shown}"}} is too large.',
    vi: 'Dòng {row}, cột {column}: {form, select, number {{shown}} other {"{shown}"}} quá lớn.',
    th: 'แถว {row} คอลัมน์ {column}: {form, select, number {{shown}} other {"{shown}"}} มากเกินไป',
  },
  'issue.amount_too_precise': {
    en: 'Row {row}, column {column}: {form, select, number {{shown}} other {"{shown}"}} {currency, select, VND {has decimals, but VND amounts are whole đồng} other {has more than 2 decimals}}.',
    vi: 'Dòng {row}, cột {column}: {form, select, number {{shown}} other {"{shown}"}} {currency, select, VND {có phần thập phân, nhưng số tiền VND phải là số đồng chẵn} other {có hơn 2 chữ số thập phân}}.',
    th: 'แถว {row} คอลัมน์ {column}: {form, select, number {{shown}} other {"{shown}"}} {currency, select, VND {มีทศนิยม แต่จำนวนเงิน VND ต้องเป็นจำนวนเต็ม} other {มีทศนิยมเกิน 2 ตำแหน่ง}}',
  },
  'issue.amount_not_positive': {
    en: 'Row {row}, column {column}: the amount must be more than zero (it is {written}).',
    vi: 'Dòng {row}, cột {column}: số tiền phải lớn hơn 0 (hiện là {written}).',
    th: 'แถว {row} คอลัมน์ {column}: จำนวนเงินต้องมากกว่าศูนย์ (ตอนนี้เป็น {written})',
  },

  'problem.cell_too_long': { en: 'cell too long', vi: 'ô quá dài', th: 'เซลล์ยาวเกินไป' },
  'problem.cell_control_chars': { en: 'hidden character', vi: 'ký tự ẩn', th: 'อักขระที่มองไม่เห็น' },
  'problem.cell_error': { en: 'Excel error in the cell', vi: 'ô báo lỗi Excel', th: 'เซลล์มีข้อผิดพลาด Excel' },
  'problem.cell_damaged': { en: 'damaged cell', vi: 'ô bị hỏng', th: 'เซลล์เสียหาย' },
  'problem.account_stored_as_number': { en: 'account number stored as a number', vi: 'số tài khoản lưu dạng số', th: 'เลขบัญชีถูกเก็บเป็นตัวเลข' },
  'problem.account_digits_lost': { en: 'account number lost digits', vi: 'số tài khoản bị mất chữ số', th: 'เลขบัญชีหลักหาย' },
  'problem.account_scientific': { en: 'account number as 1.2E+15', vi: 'số tài khoản dạng 1.2E+15', th: 'เลขบัญชีเป็นรูปแบบ 1.2E+15' },
  'problem.account_not_text': { en: 'not an account number', vi: 'không phải số tài khoản', th: 'ไม่ใช่เลขที่บัญชี' },
  'problem.phone_leading_zero_restored': { en: 'phone’s leading 0 restored', vi: 'đã thêm số 0 đầu số điện thoại', th: 'เติม 0 หน้าเบอร์โทรแล้ว' },
  'problem.phone_unusual': { en: 'unusual phone number', vi: 'số điện thoại lạ', th: 'เบอร์โทรผิดปกติ' },
  'problem.amount_missing': { en: 'amount missing', vi: 'thiếu số tiền', th: 'ไม่มีจำนวนเงิน' },
  'problem.amount_unreadable': { en: 'amount not readable', vi: 'không đọc được số tiền', th: 'อ่านจำนวนเงินไม่ได้' },
  'problem.amount_ambiguous': { en: 'amount unclear (decimals?)', vi: 'số tiền chưa rõ (thập phân?)', th: 'จำนวนเงินไม่ชัดเจน (ทศนิยม?)' },
  'problem.amount_too_precise': { en: 'too many decimals', vi: 'thừa chữ số thập phân', th: 'ทศนิยมเกิน' },
  'problem.amount_too_large': { en: 'amount too large', vi: 'số tiền quá lớn', th: 'จำนวนเงินมากเกินไป' },
  'problem.amount_not_positive': { en: 'amount not above zero', vi: 'số tiền không lớn hơn 0', th: 'จำนวนเงินไม่มากกว่าศูนย์' },

  'importFailure.unreadable': {
    en: '{missing, select, yes {{file} does not exist. Check the path.} other {{file} could not be opened ({reason}).}}',
    vi: '{missing, select, yes {Không có tệp {file}. Hãy kiểm tra đường dẫn.} other {Không mở được {file} ({reason}).}}',
    th: '{missing, select, yes {ไม่มีไฟล์ {file} โปรดตรวจสอบเส้นทาง} other {เปิด {file} ไม่ได้ ({reason})}}',
  },
  'importFailure.empty': {
    en: '{file} is empty (0 bytes). Check that you chose the right file and that it finished saving.',
    vi: '{file} trống (0 byte). Hãy kiểm tra đã chọn đúng tệp và tệp đã được lưu xong.',
    th: '{file} ว่างเปล่า (0 ไบต์) โปรดตรวจสอบว่าเลือกไฟล์ถูกต้อง และไฟล์บันทึกเสร็จแล้ว',
  },
  'importFailure.xls_legacy': {
    en: '{file} is an old Excel 97–2003 (.xls) workbook, which Paybatch does not read. Open it in Excel, choose File → Save As → Excel Workbook (.xlsx), and import the .xlsx.',
    vi: '{file} là tệp Excel 97–2003 (.xls) cũ, Paybatch không đọc được. Hãy mở bằng Excel, chọn File → Save As → Excel Workbook (.xlsx), rồi nhập tệp .xlsx.',
    th: '{file} เป็นไฟล์ Excel 97–2003 (.xls) รุ่นเก่า ซึ่ง Paybatch อ่านไม่ได้ โปรดเปิดใน Excel เลือก File → Save As → Excel Workbook (.xlsx) แล้วนำเข้าไฟล์ .xlsx',
  },
  'importFailure.xlsx_not_zip': {
    en: '{file} is named like an Excel workbook but is not one (its contents are not an .xlsx archive). Open it in Excel and save it again as .xlsx, or export the payroll as CSV.',
    vi: '{file} có tên như tệp Excel nhưng thực ra không phải (nội dung không phải tệp .xlsx). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx, hoặc xuất bảng lương ra CSV.',
    th: '{file} ตั้งชื่อเหมือนไฟล์ Excel แต่ไม่ใช่ (เนื้อหาไม่ใช่ไฟล์ .xlsx) โปรดเปิดใน Excel แล้วบันทึกใหม่เป็น .xlsx หรือส่งออกตารางเงินเดือนเป็น CSV',
  },
  'importFailure.not_a_sheet': {
    en: '{file} is not a spreadsheet: it is neither CSV/text nor an Excel .xlsx workbook. Choose the payroll file (.xlsx, .csv or .txt).',
    vi: '{file} không phải bảng tính: không phải CSV/văn bản, cũng không phải tệp Excel .xlsx. Hãy chọn tệp bảng lương (.xlsx, .csv hoặc .txt).',
    th: '{file} ไม่ใช่ไฟล์ตาราง ไม่ใช่ทั้ง CSV/ข้อความ และไม่ใช่ไฟล์ Excel .xlsx โปรดเลือกไฟล์ตารางเงินเดือน (.xlsx, .csv หรือ .txt)',
  },
  'importFailure.sheet_not_found': {
    en: '{variant, select, csv {{file} is a CSV/text file, which has no sheet named "{sheet}": it has one sheet only. Leave out the sheet choice.} other {{file} has no sheet named "{sheet}". Its sheets are: {sheets}.}}',
    vi: '{variant, select, csv {{file} là tệp CSV/văn bản, không có trang tính nào tên "{sheet}": tệp chỉ có một trang. Hãy bỏ chọn trang tính.} other {{file} không có trang tính nào tên "{sheet}". Các trang tính của tệp: {sheets}.}}',
    th: '{variant, select, csv {{file} เป็นไฟล์ CSV/ข้อความ ไม่มีชีตชื่อ "{sheet}" เพราะมีเพียงชีตเดียว โปรดไม่ต้องเลือกชีต} other {{file} ไม่มีชีตชื่อ "{sheet}" ชีตที่มีคือ {sheets}}}',
  },
  'importFailure.no_data': {
    en: '{variant, select, sheets {{file} has no data in any of its sheets. Check that you chose the right file.} other {{file} has no data: every row is empty.}}',
    vi: '{variant, select, sheets {{file} không có dữ liệu ở trang tính nào. Hãy kiểm tra đã chọn đúng tệp chưa.} other {{file} không có dữ liệu: mọi dòng đều trống.}}',
    th: '{variant, select, sheets {{file} ไม่มีข้อมูลในชีตใดเลย โปรดตรวจสอบว่าเลือกไฟล์ถูกต้อง} other {{file} ไม่มีข้อมูล ทุกแถวว่างเปล่า}}',
  },
  'importFailure.no_header': {
    en: '{variant, select, blank {{file}: row {wanted} is empty or does not exist, so it cannot be the header row.} not_found {{file}: Paybatch could not find the header row (a row naming columns such as "Họ và tên", "Số tài khoản", "Số tiền"). Give its row number with --header-row N.} other {{file}: the header row could not be found.}}',
    vi: '{variant, select, blank {{file}: dòng {wanted} trống hoặc không tồn tại, nên không thể là dòng tiêu đề.} not_found {{file}: Paybatch không tìm thấy dòng tiêu đề (dòng ghi tên các cột như "Họ và tên", "Số tài khoản", "Số tiền"). Hãy cho biết số dòng bằng --header-row N.} other {{file}: không tìm thấy dòng tiêu đề.}}',
    th: '{variant, select, blank {{file}: แถว {wanted} ว่างหรือไม่มีอยู่ จึงเป็นแถวหัวตารางไม่ได้} not_found {{file}: Paybatch หาแถวหัวตารางไม่พบ (แถวที่ระบุชื่อคอลัมน์ เช่น "ชื่อ", "เลขที่บัญชี", "จำนวนเงิน") โปรดระบุเลขแถวด้วย --header-row N} other {{file}: หาแถวหัวตารางไม่พบ}}',
  },
  'importFailure.no_data_rows': {
    en: '{file} has a header row (row {headerRow}) but no payee rows below it. Add the payees, or choose the file that has them.',
    vi: '{file} có dòng tiêu đề (dòng {headerRow}) nhưng bên dưới không có dòng người nhận nào. Hãy thêm người nhận, hoặc chọn tệp có danh sách người nhận.',
    th: '{file} มีแถวหัวตาราง (แถว {headerRow}) แต่ไม่มีรายการผู้รับเงินด้านล่าง โปรดเพิ่มผู้รับเงิน หรือเลือกไฟล์ที่มีรายการ',
  },
  'importFailure.too_many_rows': {
    en: '{file} has more than {max, number} rows; Paybatch imports at most {max, number} at a time. Split the payroll into smaller files.',
    vi: '{file} có hơn {max, number} dòng; mỗi lần Paybatch nhập tối đa {max, number} dòng. Hãy chia bảng lương thành các tệp nhỏ hơn.',
    th: '{file} มีมากกว่า {max, number} แถว Paybatch นำเข้าได้ครั้งละไม่เกิน {max, number} แถว โปรดแบ่งตารางเงินเดือนเป็นไฟล์ย่อย',
  },
  'importFailure.file_too_large': {
    en: '{file} is {megabytes, number, ::group-off .0} MB; Paybatch reads payroll files of up to {maxMegabytes} MB (about 500,000 rows). Check that this is the payroll, or split it into smaller files.',
    vi: '{file} có dung lượng {megabytes, number, ::group-off .0} MB; Paybatch chỉ đọc tệp bảng lương tối đa {maxMegabytes} MB (khoảng 500.000 dòng). Hãy kiểm tra đây có đúng là bảng lương không, hoặc chia thành các tệp nhỏ hơn.',
    th: '{file} มีขนาด {megabytes, number, ::group-off .0} MB Paybatch อ่านไฟล์ตารางเงินเดือนได้ไม่เกิน {maxMegabytes} MB (ประมาณ 500,000 แถว) โปรดตรวจสอบว่าเป็นไฟล์ตารางเงินเดือน หรือแบ่งเป็นไฟล์ย่อย',
  },
  'importFailure.csv_quotes': {
    en: '{file}, line {line, number}: a quote mark (") opens a cell that is never closed properly, so every row after it would be read as part of that cell. Open the file in a text editor or Excel, correct the quotes on line {line, number}, save, and import again.',
    vi: '{file}, dòng {line, number}: một dấu ngoặc kép (") mở một ô nhưng không được đóng đúng cách, nên mọi dòng phía sau sẽ bị đọc thành một phần của ô đó. Hãy mở tệp bằng trình soạn thảo văn bản hoặc Excel, sửa dấu ngoặc kép ở dòng {line, number}, lưu lại rồi nhập lại.',
    th: '{file} บรรทัด {line, number}: เครื่องหมายคำพูด (") เปิดเซลล์แต่ไม่ได้ปิดให้ถูกต้อง ทุกแถวหลังจากนั้นจะถูกอ่านเป็นส่วนหนึ่งของเซลล์นั้น โปรดเปิดไฟล์ในโปรแกรมแก้ไขข้อความหรือ Excel แก้เครื่องหมายคำพูดที่บรรทัด {line, number} บันทึก แล้วนำเข้าอีกครั้ง',
  },
  'importFailure.too_many_columns': {
    en: '{variant, select, csv {{file}, line {line, number}: more than {max} columns; Paybatch reads at most {max}. Check that the file is the payroll and that its delimiter is right, or delete the unused columns and import again.} sheet {Sheet "{sheet}" has data in column {column} and beyond; Paybatch reads at most {max} columns. Delete the unused columns, or copy the payroll into a new sheet, and import again.} other {{file} has data beyond Excel\'s last column (XFD); Paybatch reads at most {max} columns. Copy the payroll columns into a new sheet and import that.}}',
    vi: '{variant, select, csv {{file}, dòng {line, number}: hơn {max} cột; Paybatch đọc tối đa {max} cột. Hãy kiểm tra đây có đúng là bảng lương và dấu phân cách có đúng không, hoặc xóa các cột không dùng rồi nhập lại.} sheet {Trang tính "{sheet}" có dữ liệu từ cột {column} trở đi; Paybatch đọc tối đa {max} cột. Hãy xóa các cột không dùng, hoặc chép bảng lương sang một trang tính mới, rồi nhập lại.} other {{file} có dữ liệu vượt quá cột cuối cùng của Excel (XFD); Paybatch đọc tối đa {max} cột. Hãy chép các cột bảng lương sang một trang tính mới rồi nhập trang đó.}}',
    th: '{variant, select, csv {{file} บรรทัด {line, number}: มีมากกว่า {max} คอลัมน์ Paybatch อ่านได้ไม่เกิน {max} คอลัมน์ โปรดตรวจสอบว่าเป็นไฟล์ตารางเงินเดือนและใช้ตัวคั่นถูกต้อง หรือลบคอลัมน์ที่ไม่ใช้แล้วนำเข้าอีกครั้ง} sheet {ชีต "{sheet}" มีข้อมูลตั้งแต่คอลัมน์ {column} เป็นต้นไป Paybatch อ่านได้ไม่เกิน {max} คอลัมน์ โปรดลบคอลัมน์ที่ไม่ใช้ หรือคัดลอกตารางเงินเดือนไปชีตใหม่ แล้วนำเข้าอีกครั้ง} other {{file} มีข้อมูลเกินคอลัมน์สุดท้ายของ Excel (XFD) Paybatch อ่านได้ไม่เกิน {max} คอลัมน์ โปรดคัดลอกคอลัมน์ตารางเงินเดือนไปชีตใหม่แล้วนำเข้าชีตนั้น}}',
  },
  'importFailure.xlsx_damaged': {
    en: '{variant, select, zip {{file} is damaged or incomplete (it may not have finished downloading or copying). Open it in Excel, save it again as .xlsx, and import that copy.} other {{file} could not be read as an Excel workbook: it is damaged or incomplete. Open it in Excel, save it again as .xlsx, and import that copy.}}',
    vi: '{variant, select, zip {{file} bị hỏng hoặc không đầy đủ (có thể chưa tải xuống hoặc sao chép xong). Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập bản đó.} other {Không đọc được {file} như một tệp Excel: tệp bị hỏng hoặc không đầy đủ. Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập bản đó.}}',
    th: '{variant, select, zip {{file} เสียหายหรือไม่ครบ (อาจดาวน์โหลดหรือคัดลอกไม่เสร็จ) โปรดเปิดใน Excel บันทึกใหม่เป็น .xlsx แล้วนำเข้าไฟล์นั้น} other {อ่าน {file} เป็นไฟล์ Excel ไม่ได้ เพราะไฟล์เสียหายหรือไม่ครบ โปรดเปิดใน Excel บันทึกใหม่เป็น .xlsx แล้วนำเข้าไฟล์นั้น}}',
  },
  'importFailure.xlsx_not_workbook': {
    en: '{file} is a zip archive but not an Excel workbook. Choose the payroll file itself (.xlsx or .csv).',
    vi: '{file} là tệp nén zip chứ không phải tệp Excel. Hãy chọn đúng tệp bảng lương (.xlsx hoặc .csv).',
    th: '{file} เป็นไฟล์ zip ไม่ใช่ไฟล์ Excel โปรดเลือกไฟล์ตารางเงินเดือนโดยตรง (.xlsx หรือ .csv)',
  },
  'importFailure.xlsx_too_large': {
    en: '{variant, select, merged {Sheet "{sheet}" merges more than {max, number} cells, far more than any payroll sheet, so Paybatch will not open it. Unmerge the cells, or copy just the payroll rows into a new workbook, and import that.} other {{file} expands to {size} when opened, far more than any payroll sheet, so Paybatch will not open it. It may be damaged or built to overload programs. If it is a real payroll, copy just the payroll rows into a new workbook and import that.}}',
    vi: '{variant, select, merged {Trang tính "{sheet}" gộp hơn {max, number} ô, nhiều hơn hẳn mọi bảng lương, nên Paybatch không mở. Hãy bỏ gộp ô, hoặc chỉ chép các dòng bảng lương sang một tệp mới rồi nhập tệp đó.} other {{file} khi mở ra chiếm {size}, lớn hơn hẳn mọi bảng lương, nên Paybatch không mở. Tệp có thể bị hỏng hoặc được tạo ra để làm quá tải phần mềm. Nếu đây là bảng lương thật, hãy chỉ chép các dòng bảng lương sang một tệp mới rồi nhập tệp đó.}}',
    th: '{variant, select, merged {ชีต "{sheet}" ผสานเซลล์มากกว่า {max, number} เซลล์ ซึ่งมากเกินกว่าตารางเงินเดือนใด ๆ Paybatch จึงไม่เปิด โปรดยกเลิกการผสานเซลล์ หรือคัดลอกเฉพาะแถวเงินเดือนไปเวิร์กบุ๊กใหม่แล้วนำเข้า} other {{file} ขยายเป็น {size} เมื่อเปิด ซึ่งใหญ่เกินกว่าตารางเงินเดือนใด ๆ Paybatch จึงไม่เปิด ไฟล์อาจเสียหายหรือถูกสร้างมาเพื่อให้โปรแกรมทำงานหนักเกินไป ถ้าเป็นตารางเงินเดือนจริง โปรดคัดลอกเฉพาะแถวเงินเดือนไปเวิร์กบุ๊กใหม่แล้วนำเข้า}}',
  },
  'importFailure.xlsx_too_slow': {
    en: '{file} was still being read after {seconds} seconds, far longer than any payroll takes, so Paybatch stopped. It may be damaged or built to overload programs. If it is a real payroll, copy just the payroll rows into a new workbook and import that.',
    vi: 'Sau {seconds} giây vẫn chưa đọc xong {file}, lâu hơn hẳn mọi bảng lương, nên Paybatch đã dừng. Tệp có thể bị hỏng hoặc được tạo ra để làm quá tải phần mềm. Nếu đây là bảng lương thật, hãy chỉ chép các dòng bảng lương sang một tệp mới rồi nhập tệp đó.',
    th: 'อ่าน {file} ไปแล้ว {seconds} วินาทียังไม่เสร็จ นานเกินกว่าตารางเงินเดือนใด ๆ Paybatch จึงหยุด ไฟล์อาจเสียหายหรือถูกสร้างมาเพื่อให้โปรแกรมทำงานหนักเกินไป ถ้าเป็นตารางเงินเดือนจริง โปรดคัดลอกเฉพาะแถวเงินเดือนไปเวิร์กบุ๊กใหม่แล้วนำเข้า',
  },
  'importFailure.no_file': { en: 'Choose a payroll file first.', vi: 'Hãy chọn tệp bảng lương trước.', th: 'โปรดเลือกไฟล์ตารางเงินเดือนก่อน' },
  'importFailure.internal': {
    en: 'The file could not be read because of an unexpected problem ({detail}). Try again; if it keeps happening, send the file to support.',
    vi: 'Không đọc được tệp do một lỗi ngoài dự kiến ({detail}). Hãy thử lại; nếu vẫn lỗi, hãy gửi tệp cho bộ phận hỗ trợ.',
    th: 'อ่านไฟล์ไม่ได้เนื่องจากปัญหาที่ไม่คาดคิด ({detail}) โปรดลองอีกครั้ง ถ้ายังเกิดขึ้นอีก โปรดส่งไฟล์ให้ฝ่ายสนับสนุน',
  },
  'importFailure.reader_stopped': {
    en: 'The file reader stopped unexpectedly ({detail}). Reload the page and try again.',
    vi: 'Trình đọc tệp dừng đột ngột ({detail}). Hãy tải lại trang rồi thử lại.',
    th: 'ตัวอ่านไฟล์หยุดทำงานโดยไม่คาดคิด ({detail}) โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง',
  },

  'check.provider_not_chosen': {
    en: 'Choose the provider to pay with first: the checks and the currency follow from it.',
    vi: 'Hãy chọn nhà cung cấp dùng để chi trả trước: các bước kiểm tra và loại tiền phụ thuộc vào đó.',
    th: 'โปรดเลือกผู้ให้บริการที่จะใช้จ่ายก่อน การตรวจสอบและสกุลเงินขึ้นอยู่กับผู้ให้บริการ',
  },
  'check.column_mapped_twice': {
    en: 'The column "{column}" is chosen for both {labels}. A column can hold one field only: choose the right column for the others.',
    vi: 'Cột "{column}" đang được chọn cho cả {labels}. Mỗi cột chỉ ứng với một trường: hãy chọn đúng cột cho các trường còn lại.',
    th: 'คอลัมน์ "{column}" ถูกเลือกให้ทั้ง {labels} หนึ่งคอลัมน์ใช้ได้กับข้อมูลเดียว โปรดเลือกคอลัมน์ที่ถูกต้องให้ข้อมูลอื่น',
  },
  'check.amount_not_mapped': {
    en: 'No column is chosen for Amount, so nothing would be paid. Choose the column that holds the amounts.',
    vi: 'Chưa chọn cột cho Số tiền, nên sẽ không có khoản nào được trả. Hãy chọn cột chứa số tiền.',
    th: 'ยังไม่ได้เลือกคอลัมน์สำหรับจำนวนเงิน จึงจะไม่มีการจ่ายเงิน โปรดเลือกคอลัมน์ที่มีจำนวนเงิน',
  },
  'check.required_field_not_mapped': {
    en: '{providerName} needs {label} for every payee, and no column is chosen for it. Choose its column, or choose another provider.',
    vi: '{providerName} cần {label} của mọi người nhận, nhưng chưa chọn cột nào cho trường này. Hãy chọn cột, hoặc chọn nhà cung cấp khác.',
    th: '{providerName} ต้องมี{label}ของผู้รับเงินทุกคน แต่ยังไม่ได้เลือกคอลัมน์ โปรดเลือกคอลัมน์ หรือเลือกผู้ให้บริการอื่น',
  },
  'check.currency_not_provider': {
    en: 'The amounts were read as {currency}, but {provider} pays in {providerCurrency}: they are being read again in {providerCurrency}.',
    vi: 'Số tiền đã được đọc theo {currency}, nhưng {provider} chi trả bằng {providerCurrency}: đang đọc lại theo {providerCurrency}.',
    th: 'จำนวนเงินถูกอ่านเป็น {currency} แต่ {provider} จ่ายเป็น {providerCurrency} กำลังอ่านใหม่เป็น {providerCurrency}',
  },
  'check.amounts_in_other_currency': {
    en: '{reason, select, written {These amounts are written in {sheetCurrency, select, VND {Vietnamese đồng} other {Thai baht}}{hasExample, select, yes { ({example})} other {}}.} size {These amounts look like {sheetCurrency, select, VND {Vietnamese đồng} other {Thai baht}}{hasExample, select, yes { ({example})} other {}}.} decimals {These amounts have satang{hasExample, select, yes { ({example})} other {}}, as Thai baht do.} other {This sheet is written in Thai, so its amounts{hasExample, select, yes { ({example})} other {}} look like Thai baht.}} {provider} pays in {currency, select, VND {Vietnamese đồng} other {Thai baht}}{reason, select, decimals {, which has no decimals} other {}}. Are they {currency, select, VND {đồng} other {baht}}?',
    vi: '{reason, select, written {Các số tiền này được ghi bằng {sheetCurrency, select, VND {đồng Việt Nam} other {baht Thái}}{hasExample, select, yes { ({example})} other {}}.} size {Các số tiền này trông giống {sheetCurrency, select, VND {đồng Việt Nam} other {baht Thái}}{hasExample, select, yes { ({example})} other {}}.} decimals {Các số tiền này có phần satang{hasExample, select, yes { ({example})} other {}}, như tiền baht Thái.} other {Bảng tính này viết bằng tiếng Thái, nên các số tiền{hasExample, select, yes { ({example})} other {}} có vẻ là baht Thái.}} {provider} chi trả bằng {currency, select, VND {đồng Việt Nam} other {baht Thái}}{reason, select, decimals {, không có phần thập phân} other {}}. Đây có phải là {currency, select, VND {đồng} other {baht}} không?',
    th: '{reason, select, written {จำนวนเงินเหล่านี้เขียนเป็น{sheetCurrency, select, VND {ด่งเวียดนาม} other {บาท}}{hasExample, select, yes { ({example})} other {}}} size {จำนวนเงินเหล่านี้ดูเหมือนเป็น{sheetCurrency, select, VND {ด่งเวียดนาม} other {บาท}}{hasExample, select, yes { ({example})} other {}}} decimals {จำนวนเงินเหล่านี้มีสตางค์{hasExample, select, yes { ({example})} other {}} แบบเงินบาท} other {ตารางนี้เขียนเป็นภาษาไทย จำนวนเงิน{hasExample, select, yes { ({example})} other {}} จึงน่าจะเป็นเงินบาท}} {provider} จ่ายเป็น{currency, select, VND {ด่งเวียดนาม} other {เงินบาท}}{reason, select, decimals { ซึ่งไม่มีทศนิยม} other {}} จำนวนเงินเหล่านี้เป็น{currency, select, VND {ด่ง} other {บาท}}ใช่ไหม',
  },

  'import.title': { en: 'Import a payroll sheet', vi: 'Nhập bảng lương', th: 'นำเข้าตารางเงินเดือน' },
  'import.drop.hint': { en: 'Drop a payroll file here (.xlsx, .csv, .txt), or', vi: 'Kéo thả tệp bảng lương vào đây (.xlsx, .csv, .txt), hoặc', th: 'ลากไฟล์ตารางเงินเดือนมาวางที่นี่ (.xlsx, .csv, .txt) หรือ' },
  'import.drop.choose': { en: 'Choose file…', vi: 'Chọn tệp…', th: 'เลือกไฟล์…' },
  'import.progress.reading': { en: 'Reading {file}…', vi: 'Đang đọc {file}…', th: 'กำลังอ่าน {file}…' },
  'import.progress.checking': { en: 'Checking rows: {done, number} of {total, number}', vi: 'Đang kiểm tra các dòng: {done, number} / {total, number}', th: 'กำลังตรวจสอบแถว: {done, number} จาก {total, number}' },
  'import.notice.savedMapping': { en: 'Using the column mapping you saved for this layout on {date}.', vi: 'Đang dùng cách ghép cột bạn đã lưu cho mẫu bảng này ngày {date}.', th: 'ใช้การจับคู่คอลัมน์ที่คุณบันทึกไว้สำหรับรูปแบบนี้เมื่อวันที่ {date}' },
  'import.notice.mappingSaved': { en: 'Mapping saved: the next sheet with these columns will be mapped the same way.', vi: 'Đã lưu cách ghép cột: bảng tính sau có các cột này sẽ được ghép giống như vậy.', th: 'บันทึกการจับคู่แล้ว ตารางถัดไปที่มีคอลัมน์เหล่านี้จะจับคู่แบบเดียวกัน' },
  'import.notice.mappingApplied': { en: 'Applied the mapping from {file}.', vi: 'Đã áp dụng cách ghép cột từ {file}.', th: 'ใช้การจับคู่จาก {file} แล้ว' },
  'import.mappingFile.notJson': { en: '{file} is not a mapping file: it is not valid JSON.', vi: '{file} không phải tệp ghép cột: nội dung không phải JSON hợp lệ.', th: '{file} ไม่ใช่ไฟล์การจับคู่ เพราะไม่ใช่ JSON ที่ถูกต้อง' },
  'import.mappingFile.invalid': {
    en: '{file} is not a Paybatch mapping file ({detail}). Fields that can be mapped: {fields}.',
    vi: '{file} không phải tệp ghép cột của Paybatch ({detail}). Các trường có thể ghép: {fields}.',
    th: '{file} ไม่ใช่ไฟล์การจับคู่ของ Paybatch ({detail}) ข้อมูลที่จับคู่ได้: {fields}',
  },
  'import.facts': { en: '{file} · sheet “{sheet}” · header on row {row}', vi: '{file} · trang tính “{sheet}” · tiêu đề ở dòng {row}', th: '{file} · ชีต “{sheet}” · หัวตารางอยู่แถว {row}' },
  'import.saveMapping': { en: 'Save mapping for this layout', vi: 'Lưu cách ghép cột cho mẫu bảng này', th: 'บันทึกการจับคู่สำหรับรูปแบบนี้' },
  'import.exportMapping': { en: 'Export mapping…', vi: 'Xuất cách ghép cột…', th: 'ส่งออกการจับคู่…' },
  'import.importMapping': { en: 'Import mapping…', vi: 'Nhập cách ghép cột…', th: 'นำเข้าการจับคู่…' },
  'import.continue': { en: 'Continue to review ({count, plural, one {# payee} other {# payees}})', vi: 'Tiếp tục kiểm tra ({count, plural, other {# người nhận}})', th: 'ไปตรวจสอบต่อ ({count, plural, other {ผู้รับเงิน # ราย}})' },
  'import.questionFirst': { en: 'The payees are shown once the question about their currency is answered.', vi: 'Danh sách người nhận sẽ hiện sau khi bạn trả lời câu hỏi về loại tiền.', th: 'รายชื่อผู้รับเงินจะแสดงเมื่อตอบคำถามเรื่องสกุลเงินแล้ว' },
  'import.blocker.wait': { en: 'Wait until the sheet is read.', vi: 'Hãy chờ đọc xong bảng tính.', th: 'โปรดรอให้อ่านตารางเสร็จก่อน' },
  'import.blocker.many': { en: '{count, number} things to fix first, listed beside the columns.', vi: 'Cần sửa {count, number} điểm trước, liệt kê bên cạnh các cột.', th: 'ต้องแก้ {count, number} รายการก่อน ดูได้ข้างคอลัมน์' },
  'import.blocker.question': { en: 'Answer the question about the currency first.', vi: 'Hãy trả lời câu hỏi về loại tiền trước.', th: 'โปรดตอบคำถามเรื่องสกุลเงินก่อน' },
  'import.blocker.noRows': { en: 'The sheet has no payee rows.', vi: 'Bảng tính không có dòng người nhận nào.', th: 'ตารางนี้ไม่มีแถวผู้รับเงิน' },
  'import.blocker.noEngine': { en: 'Open Paybatch from the address it printed to continue.', vi: 'Hãy mở Paybatch từ địa chỉ mà nó đã in ra để tiếp tục.', th: 'เปิด Paybatch จากที่อยู่ที่แสดงไว้เพื่อดำเนินการต่อ' },

  'import.map.title': { en: 'Columns', vi: 'Các cột', th: 'คอลัมน์' },
  'import.map.payWith': { en: 'Pay with', vi: 'Chi trả qua', th: 'จ่ายผ่าน' },
  'import.map.chooseProvider': { en: 'Choose the provider…', vi: 'Chọn nhà cung cấp…', th: 'เลือกผู้ให้บริการ…' },
  'import.map.amountsReadIn': { en: 'Amounts read in', vi: 'Số tiền được đọc theo', th: 'อ่านจำนวนเงินเป็น' },
  'import.map.currencyChosen': {
    en: '{currency, select, VND {Vietnamese đồng} other {Thai baht}} ({currency}), as {provider} pays',
    vi: '{currency, select, VND {đồng Việt Nam} other {baht Thái}} ({currency}), theo loại tiền {provider} chi trả',
    th: '{currency, select, VND {ด่งเวียดนาม} other {บาท}} ({currency}) ตามสกุลเงินที่ {provider} จ่าย',
  },
  'import.map.currencyUntil': { en: '{currency}, until you choose the provider', vi: '{currency}, cho đến khi bạn chọn nhà cung cấp', th: '{currency} จนกว่าจะเลือกผู้ให้บริการ' },
  'import.map.sheet': { en: 'Sheet', vi: 'Trang tính', th: 'ชีต' },
  'import.map.sheetOption': { en: '{name} ({rows, plural, one {# row} other {# rows}})', vi: '{name} ({rows, plural, other {# dòng}})', th: '{name} ({rows, plural, other {# แถว}})' },
  'import.map.encoding': { en: 'Encoding', vi: 'Bảng mã', th: 'การเข้ารหัส' },
  'import.map.amountFormat': { en: 'Amounts written as', vi: 'Cách viết số tiền', th: 'รูปแบบจำนวนเงิน' },
  'import.map.format.auto': { en: 'Detect from the column', vi: 'Tự nhận biết từ cột', th: 'ตรวจจากคอลัมน์' },
  'import.map.format.dot': { en: '1,234.50 (dot for decimals)', vi: '1,234.50 (dấu chấm cho phần thập phân)', th: '1,234.50 (จุดเป็นทศนิยม)' },
  'import.map.format.comma': { en: '1.234,50 (comma for decimals)', vi: '1.234,50 (dấu phẩy cho phần thập phân)', th: '1.234,50 (จุลภาคเป็นทศนิยม)' },
  'import.map.missing': { en: 'This sheet has no column {list}. Choose the right columns below.', vi: 'Bảng tính này không có cột {list}. Hãy chọn đúng các cột bên dưới.', th: 'ตารางนี้ไม่มีคอลัมน์ {list} โปรดเลือกคอลัมน์ที่ถูกต้องด้านล่าง' },
  'import.map.missingItem': { en: '"{header}" (for {field})', vi: '"{header}" (cho {field})', th: '"{header}" (สำหรับ{field})' },
  'import.map.pickHeader': { en: 'Pick the header row from the sheet’s first rows', vi: 'Chọn dòng tiêu đề trong các dòng đầu của bảng tính', th: 'เลือกแถวหัวตารางจากแถวแรก ๆ ของตาราง' },
  'import.map.field': { en: 'Field', vi: 'Trường', th: 'ข้อมูล' },
  'import.map.column': { en: 'Column in the sheet', vi: 'Cột trong bảng tính', th: 'คอลัมน์ในตาราง' },
  'import.map.samples': { en: 'Sample values', vi: 'Giá trị mẫu', th: 'ตัวอย่างค่า' },
  'import.map.columnFor': { en: 'Column for {field}', vi: 'Cột cho {field}', th: 'คอลัมน์สำหรับ{field}' },
  'import.map.notInFile': { en: '— not in this file —', vi: '— không có trong tệp —', th: '— ไม่มีในไฟล์นี้ —' },

  'import.header.title': { en: 'Which row names the columns?', vi: 'Dòng nào ghi tên các cột?', th: 'แถวไหนเป็นชื่อคอลัมน์' },
  'import.header.notFound': {
    en: 'Paybatch could not find the header row (the row naming the columns, such as "Họ và tên", "Số tài khoản", "Số tiền"). Click the row that names the columns.',
    vi: 'Paybatch không tìm thấy dòng tiêu đề (dòng ghi tên các cột, như "Họ và tên", "Số tài khoản", "Số tiền"). Hãy bấm vào dòng ghi tên các cột.',
    th: 'Paybatch หาแถวหัวตารางไม่พบ (แถวที่ระบุชื่อคอลัมน์ เช่น "ชื่อ", "เลขที่บัญชี", "จำนวนเงิน") โปรดคลิกแถวที่เป็นชื่อคอลัมน์',
  },
  'import.header.blankRow': { en: 'Row {row} is empty, so it cannot be the header row. Click the row that names the columns.', vi: 'Dòng {row} trống, nên không thể là dòng tiêu đề. Hãy bấm vào dòng ghi tên các cột.', th: 'แถว {row} ว่าง จึงเป็นหัวตารางไม่ได้ โปรดคลิกแถวที่เป็นชื่อคอลัมน์' },
  'import.header.noRowsBelow': {
    en: 'Row {row} has no payee rows below it, so it cannot be the header row. Click the row that names the columns.',
    vi: 'Bên dưới dòng {row} không có dòng người nhận nào, nên nó không thể là dòng tiêu đề. Hãy bấm vào dòng ghi tên các cột.',
    th: 'ใต้แถว {row} ไม่มีแถวผู้รับเงิน จึงเป็นหัวตารางไม่ได้ โปรดคลิกแถวที่เป็นชื่อคอลัมน์',
  },
  'import.header.row': { en: 'Header row', vi: 'Dòng tiêu đề', th: 'แถวหัวตาราง' },
  'import.header.firstRows': { en: 'The first rows of the sheet', vi: 'Các dòng đầu của bảng tính', th: 'แถวแรก ๆ ของตาราง' },
  'import.header.current': { en: 'Row {row}: the header', vi: 'Dòng {row}: dòng tiêu đề', th: 'แถว {row}: หัวตาราง' },
  'import.header.use': { en: 'Use row {row} as the header', vi: 'Dùng dòng {row} làm tiêu đề', th: 'ใช้แถว {row} เป็นหัวตาราง' },

  'import.checks.title': { en: 'Before Review', vi: 'Trước khi kiểm tra', th: 'ก่อนตรวจสอบ' },
  'import.checks.yes': { en: '{currency, select, VND {Yes, these are đồng} other {Yes, these are baht}}', vi: '{currency, select, VND {Đúng, đây là tiền đồng} other {Đúng, đây là tiền baht}}', th: '{currency, select, VND {ใช่ เป็นเงินด่ง} other {ใช่ เป็นเงินบาท}}' },
  'import.checks.answered': { en: '{currency, select, VND {Answered: These are đồng.} other {Answered: These are baht.}}', vi: '{currency, select, VND {Đã trả lời: đây là tiền đồng.} other {Đã trả lời: đây là tiền baht.}}', th: '{currency, select, VND {ตอบแล้ว: เป็นเงินด่ง} other {ตอบแล้ว: เป็นเงินบาท}}' },
  'import.checks.otherProvider': { en: 'Choose another provider', vi: 'Chọn nhà cung cấp khác', th: 'เลือกผู้ให้บริการอื่น' },

  'import.preview.title': { en: 'Payees', vi: 'Người nhận', th: 'ผู้รับเงิน' },
  'import.preview.summary': {
    en: '{rows, plural, one {# payee} other {# payees}} · {errors, number} with errors · {warnings, number} with warnings · {excluded, plural, one {# row left out} other {# rows left out}} · total {total}',
    vi: '{rows, plural, other {# người nhận}} · {errors, number} có lỗi · {warnings, number} có cảnh báo · {excluded, plural, other {# dòng bị bỏ qua}} · tổng {total}',
    th: '{rows, plural, other {ผู้รับเงิน # ราย}} · มีข้อผิดพลาด {errors, number} · มีคำเตือน {warnings, number} · {excluded, plural, other {ข้าม # แถว}} · รวม {total}',
  },
  'import.preview.excluded': { en: 'Rows left out ({count, number})', vi: 'Các dòng bị bỏ qua ({count, number})', th: 'แถวที่ข้าม ({count, number})' },
  'import.preview.row': { en: 'Row', vi: 'Dòng', th: 'แถว' },
  'import.preview.problems': { en: 'Problems', vi: 'Vấn đề', th: 'ปัญหา' },
  'import.preview.more': {
    en: 'Showing the first {shown, number} of {total, number} payees; the Review step shows them all.',
    vi: 'Đang hiện {shown, number} người nhận đầu tiên trong {total, number}; bước Kiểm tra sẽ hiện tất cả.',
    th: 'แสดง {shown, number} รายแรกจากผู้รับเงิน {total, number} ราย ขั้นตอนตรวจสอบจะแสดงทั้งหมด',
  },
  'import.excluded.totalsLabel': { en: 'Row {row}: totals row ("{label}"), not a payee', vi: 'Dòng {row}: dòng tổng cộng ("{label}"), không phải người nhận', th: 'แถว {row}: แถวยอดรวม ("{label}") ไม่ใช่ผู้รับเงิน' },
  'import.excluded.totalsFormula': {
    en: 'Row {row}: totals row (the amount is a {formula} formula), not a payee',
    vi: 'Dòng {row}: dòng tổng cộng (số tiền là công thức {formula}), không phải người nhận',
    th: 'แถว {row}: แถวยอดรวม (จำนวนเงินเป็นสูตร {formula}) ไม่ใช่ผู้รับเงิน',
  },
  'import.excluded.mismatch': {
    en: '{reason}. Its amount, {stated}, is not the sum of the rows above it ({expected}): check the sheet before paying',
    vi: '{reason}. Số tiền của dòng này, {stated}, không bằng tổng các dòng phía trên ({expected}): hãy kiểm tra bảng tính trước khi chi trả',
    th: '{reason} จำนวนเงิน {stated} ไม่เท่ากับผลรวมของแถวด้านบน ({expected}) โปรดตรวจสอบตารางก่อนจ่ายเงิน',
  },
  'import.excluded.headerRepeated': { en: 'Row {row}: the header row repeated', vi: 'Dòng {row}: dòng tiêu đề lặp lại', th: 'แถว {row}: หัวตารางซ้ำ' },
  'import.excluded.belowTotals': {
    en: 'Row {row}: below the totals row, with no amount (signatures or notes)',
    vi: 'Dòng {row}: nằm dưới dòng tổng cộng, không có số tiền (chữ ký hoặc ghi chú)',
    th: 'แถว {row}: อยู่ใต้แถวยอดรวมและไม่มีจำนวนเงิน (ลายเซ็นหรือหมายเหตุ)',
  },
});
