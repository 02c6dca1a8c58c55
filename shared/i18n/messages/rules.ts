import { messages, type Entry } from '../entry.js';

/**
 * `issue.<code>`'s sentence behind its place: "Row N, column C: …", or "Row N: …" for a field no
 * column holds (`at`, which every rule issue carries: check-rows sets it).
 */
export function placed(sentence: Entry): Entry {
  return {
    en: `{at, select, row {Row {row}: } other {Row {row}, column {column}: }}${sentence.en}`,
    vi: `{at, select, row {Dòng {row}: } other {Dòng {row}, cột {column}: }}${sentence.vi}`,
    th: `{at, select, row {แถว {row}: } other {แถว {row} คอลัมน์ {column}: }}${sentence.th}`,
  };
}

/**
 * Each provider's checks (shared/providers): a row's problem as a sentence (`issue.<code>`,
 * whose English is the `message` the rule builds, word for word: test/unit/shared/i18n/
 * rule-messages.test.ts) and its short name (`problem.<code>`, for filters and bulk actions).
 * `{provider}` and bank names are written as the providers write them. An amount is `{max}`,
 * `{min}`, `{amount}` as the English writes it; each also comes as `<name>Minor` with `currency`.
 * `issue.amount_missing` is the import's (messages/import.ts): the rules' own carries `reason: 'not_whole'`.
 */
export const rulesMessages = messages({
  'issue.amount_below_min': placed({
    en: '{provider} pays at least {min} per transfer; this is {amount}.',
    vi: '{provider} chỉ chi từ {min} trở lên cho mỗi giao dịch; khoản này là {amount}.',
    th: '{provider} จ่ายขั้นต่ำ {min} ต่อการโอนหนึ่งครั้ง รายการนี้เป็น {amount}',
  }),
  'issue.amount_above_max': placed({
    en: '{provider} pays at most {max} per transfer on this channel; this is {amount}. Split it, or raise the limit in Settings if your contract allows more.',
    vi: '{provider} chỉ chi tối đa {max} cho mỗi giao dịch trên kênh này; khoản này là {amount}. Hãy tách thành nhiều khoản, hoặc nâng hạn mức trong Cài đặt nếu hợp đồng của bạn cho phép.',
    th: '{provider} จ่ายได้สูงสุด {max} ต่อการโอนหนึ่งครั้งในช่องทางนี้ รายการนี้เป็น {amount} โปรดแบ่งจ่าย หรือเพิ่มวงเงินในหน้าตั้งค่าหากสัญญาของคุณอนุญาต',
  }),
  'issue.amount_below_reference_min': placed({
    en: '{amount} is under the {min} {provider} gives as its usual minimum; your channel may refuse it. Acknowledge if your channel pays smaller amounts, or lower the minimum in Settings.',
    vi: '{amount} thấp hơn mức tối thiểu thông thường {min} mà {provider} đưa ra; kênh của bạn có thể từ chối khoản này. Hãy xác nhận nếu kênh của bạn chi được khoản nhỏ hơn, hoặc hạ mức tối thiểu trong Cài đặt.',
    th: '{amount} ต่ำกว่าขั้นต่ำปกติ {min} ที่ {provider} ระบุไว้ ช่องทางของคุณอาจปฏิเสธรายการนี้ โปรดกดรับทราบหากช่องทางของคุณจ่ายจำนวนที่น้อยกว่านี้ได้ หรือลดขั้นต่ำในหน้าตั้งค่า',
  }),
  'issue.phone_missing': placed({
    en: "{provider} needs the payee's phone number.",
    vi: '{provider} cần số điện thoại của người nhận.',
    th: '{provider} ต้องมีเบอร์โทรศัพท์ของผู้รับเงิน',
  }),
  'issue.phone_format': placed({
    en: '"{value}" is not a {country, select, vn {Vietnamese} other {Thai}} mobile number (10 digits starting with 0).',
    vi: '"{value}" không phải số di động {country, select, vn {Việt Nam} other {Thái Lan}} (10 chữ số, bắt đầu bằng 0).',
    th: '"{value}" ไม่ใช่เบอร์มือถือ{country, select, vn {เวียดนาม} other {ไทย}} (10 หลัก ขึ้นต้นด้วย 0)',
  }),
  'issue.email_missing': placed({
    en: '{provider} needs an email address for every payee.',
    vi: '{provider} cần địa chỉ email của mọi người nhận.',
    th: '{provider} ต้องมีอีเมลของผู้รับเงินทุกราย',
  }),
  'issue.email_invalid': placed({
    en: '"{value}" is not an email address.',
    vi: '"{value}" không phải là địa chỉ email.',
    th: '"{value}" ไม่ใช่ที่อยู่อีเมล',
  }),
  'issue.name_missing': placed({
    en: "{provider} needs the payee's name.",
    vi: '{provider} cần tên người nhận.',
    th: '{provider} ต้องมีชื่อผู้รับเงิน',
  }),
  'issue.name_too_long': placed({
    en: '{provider} accepts names of at most {max} characters; "{value}" has {length}. Shorten it (first, middle, last name).',
    vi: '{provider} chỉ nhận tên dài tối đa {max} ký tự; "{value}" có {length} ký tự. Hãy rút gọn (họ, tên đệm, tên).',
    th: '{provider} รับชื่อยาวไม่เกิน {max} ตัวอักษร "{value}" มี {length} ตัวอักษร โปรดย่อให้สั้นลง (ชื่อ ชื่อกลาง นามสกุล)',
  }),
  'issue.name_chars': placed({
    en: "{provider} accepts names in English letters only (A–Z, spaces, ' . -); \"{value}\" has other characters. Write the name as on the account, in English letters.",
    vi: "{provider} chỉ nhận tên viết bằng chữ cái tiếng Anh (A–Z, dấu cách, ' . -); \"{value}\" có ký tự khác. Hãy ghi tên như trên tài khoản, bằng chữ cái tiếng Anh.",
    th: "{provider} รับชื่อที่เขียนด้วยตัวอักษรภาษาอังกฤษเท่านั้น (A–Z ช่องว่าง ' . -) \"{value}\" มีอักขระอื่น โปรดเขียนชื่อตามที่ปรากฏในบัญชีเป็นตัวอักษรภาษาอังกฤษ",
  }),
  'issue.account_name_chars': placed({
    en: '{provider} accepts account names without accents only (letters, digits, spaces and . - , _ &); "{value}" does not fit.',
    vi: '{provider} chỉ nhận tên tài khoản không dấu (chữ, số, dấu cách và . - , _ &); "{value}" không đúng quy định này.',
    th: '{provider} รับชื่อบัญชีที่ไม่มีเครื่องหมายกำกับเสียงเท่านั้น (ตัวอักษร ตัวเลข ช่องว่าง และ . - , _ &) "{value}" ไม่เป็นไปตามนี้',
  }),
  'issue.account_missing': placed({
    en: '{provider} needs the account number.',
    vi: '{provider} cần số tài khoản.',
    th: '{provider} ต้องมีเลขที่บัญชี',
  }),
  'issue.account_chars': placed({
    en: '"{value}" has characters other than letters and digits (spaces, dots or dashes). Check it against the bank details and type the number only; Paybatch never changes account numbers itself.',
    vi: '"{value}" có ký tự không phải chữ hoặc số (dấu cách, dấu chấm hoặc gạch ngang). Hãy đối chiếu với thông tin ngân hàng và chỉ gõ số tài khoản; Paybatch không bao giờ tự sửa số tài khoản.',
    th: '"{value}" มีอักขระที่ไม่ใช่ตัวอักษรหรือตัวเลข (ช่องว่าง จุด หรือขีด) โปรดตรวจสอบกับข้อมูลธนาคารและพิมพ์เฉพาะเลขบัญชี Paybatch ไม่แก้ไขเลขที่บัญชีเองเด็ดขาด',
  }),
  'issue.account_length': placed({
    en: '"{value}" is not {min} to {max} characters long, as {provider} requires of an account or card number. Check it against the bank details.',
    vi: '"{value}" không dài từ {min} đến {max} ký tự như {provider} yêu cầu đối với số tài khoản hoặc số thẻ. Hãy đối chiếu với thông tin ngân hàng.',
    th: '"{value}" ไม่ได้ยาว {min} ถึง {max} ตัวอักษรตามที่ {provider} กำหนดสำหรับเลขบัญชีหรือเลขบัตร โปรดตรวจสอบกับข้อมูลธนาคาร',
  }),
  'issue.account_too_long': placed({
    en: '"{value}" is longer than the {max} characters {provider} accepts for an account.',
    vi: '"{value}" dài hơn {max} ký tự, mức tối đa {provider} chấp nhận cho số tài khoản.',
    th: '"{value}" ยาวเกิน {max} ตัวอักษรที่ {provider} รับสำหรับเลขบัญชี',
  }),
  // The words to write are ones the account type column is read in (account-type.ts).
  'issue.account_type_invalid': placed({
    en: '{accepts, select, account_or_card {{provider} sends to a bank account or a card: write "Tài khoản" or "Thẻ" in the account type column.} other {{provider} needs to know whether this is a bank account or an e-wallet: write "Bank account" or "E-wallet" in the account type column.}}',
    vi: '{accepts, select, account_or_card {{provider} chuyển vào tài khoản ngân hàng hoặc thẻ: hãy ghi "Tài khoản" hoặc "Thẻ" ở cột loại tài khoản.} other {{provider} cần biết đây là tài khoản ngân hàng hay ví điện tử: hãy ghi "Tài khoản" hoặc "Ví điện tử" ở cột loại tài khoản.}}',
    th: '{accepts, select, account_or_card {{provider} โอนเข้าบัญชีธนาคารหรือบัตร โปรดเขียน "บัญชี" หรือ "บัตร" ในคอลัมน์ประเภทบัญชี} other {{provider} ต้องทราบว่าเป็นบัญชีธนาคารหรืออีวอลเล็ต โปรดเขียน "บัญชี" หรือ "กระเป๋าเงิน" ในคอลัมน์ประเภทบัญชี}}',
  }),
  'issue.account_type_mismatch': placed({
    en: 'the account type says {written, select, wallet {e-wallet} other {bank account}}, but {bank} is {kind, select, wallet {an e-wallet} other {a bank}}. Correct the account type or the bank.',
    vi: 'loại tài khoản ghi là {written, select, wallet {ví điện tử} other {tài khoản ngân hàng}}, nhưng {bank} là {kind, select, wallet {ví điện tử} other {ngân hàng}}. Hãy sửa loại tài khoản hoặc ngân hàng.',
    th: 'ประเภทบัญชีระบุว่าเป็น{written, select, wallet {อีวอลเล็ต} other {บัญชีธนาคาร}} แต่ {bank} เป็น{kind, select, wallet {อีวอลเล็ต} other {ธนาคาร}} โปรดแก้ไขประเภทบัญชีหรือธนาคาร',
  }),
  'issue.description_too_long': placed({
    en: 'the description is {length} characters; {provider} accepts at most {max}.',
    vi: 'nội dung dài {length} ký tự; {provider} chỉ nhận tối đa {max} ký tự.',
    th: 'รายละเอียดยาว {length} ตัวอักษร {provider} รับได้ไม่เกิน {max} ตัวอักษร',
  }),
  'issue.message_chars': placed({
    en: '{provider} accepts a message in unaccented letters and digits only; "{value}" has accents or special characters.',
    vi: '{provider} chỉ nhận nội dung chuyển khoản bằng chữ không dấu và số; "{value}" có dấu hoặc ký tự đặc biệt.',
    th: '{provider} รับข้อความที่เป็นตัวอักษรไม่มีเครื่องหมายกำกับเสียงและตัวเลขเท่านั้น "{value}" มีเครื่องหมายกำกับเสียงหรืออักขระพิเศษ',
  }),
  'issue.partner_user_id_missing': placed({
    en: '{provider} needs a user ID for every payee (used for its risk checks). Map your employee ID column.',
    vi: '{provider} cần mã người dùng cho mọi người nhận (dùng để kiểm tra rủi ro). Hãy chọn cột mã nhân viên của bạn.',
    th: '{provider} ต้องมีรหัสผู้ใช้ของผู้รับเงินทุกราย (ใช้ตรวจสอบความเสี่ยง) โปรดเลือกคอลัมน์รหัสพนักงานของคุณ',
  }),
  'issue.partner_user_id_chars': placed({
    en: '"{value}" has characters {provider} does not accept in a user ID (letters, digits and - ~ ! @ # $ % & * ( ) _ only).',
    vi: '"{value}" có ký tự mà {provider} không nhận trong mã người dùng (chỉ nhận chữ, số và - ~ ! @ # $ % & * ( ) _).',
    th: '"{value}" มีอักขระที่ {provider} ไม่รับในรหัสผู้ใช้ (รับเฉพาะตัวอักษร ตัวเลข และ - ~ ! @ # $ % & * ( ) _)',
  }),
  'issue.bank_missing': placed({
    en: '{provider} needs the bank (or e-wallet) for every payee.',
    vi: '{provider} cần ngân hàng (hoặc ví điện tử) của mọi người nhận.',
    th: '{provider} ต้องมีธนาคาร (หรืออีวอลเล็ต) ของผู้รับเงินทุกราย',
  }),
  'issue.bank_not_supported': placed({
    en: '{provider} does not pay into {bank}. Pay this person another way, or choose another provider.',
    vi: '{provider} không chi vào {bank}. Hãy trả cho người này bằng cách khác, hoặc chọn nhà cung cấp khác.',
    th: '{provider} ไม่จ่ายเข้า {bank} โปรดจ่ายให้ผู้รับรายนี้ด้วยวิธีอื่น หรือเลือกผู้ให้บริการรายอื่น',
  }),
  'issue.bank_ambiguous': placed({
    en: '"{value}" can be more than one bank: {banks}. Write the one meant.',
    vi: '"{value}" có thể là nhiều ngân hàng: {banks}. Hãy ghi rõ ngân hàng cần chuyển.',
    th: '"{value}" อาจหมายถึงได้หลายธนาคาร: {banks} โปรดระบุธนาคารที่ต้องการ',
  }),
  'issue.bank_unknown': placed({
    en: '"{value}" is not a bank or e-wallet {provider} knows.{hint, select, closest { Did you mean "{closest}"?} near { Near it, none clearly: {banks}.} other {}}',
    vi: '"{value}" không phải ngân hàng hay ví điện tử mà {provider} biết.{hint, select, closest { Có phải ý bạn là "{closest}"?} near { Các tên gần giống, chưa rõ là tên nào: {banks}.} other {}}',
    th: '"{value}" ไม่ใช่ธนาคารหรืออีวอลเล็ตที่ {provider} รู้จัก{hint, select, closest { หมายถึง "{closest}" ใช่หรือไม่} near { ชื่อที่ใกล้เคียง (ยังไม่ชัดว่าเป็นรายใด): {banks}} other {}}',
  }),

  'problem.amount_below_min': { en: 'amount under the minimum', vi: 'số tiền dưới mức tối thiểu', th: 'จำนวนเงินต่ำกว่าขั้นต่ำ' },
  'problem.amount_above_max': { en: 'amount over the limit', vi: 'số tiền vượt hạn mức', th: 'จำนวนเงินเกินวงเงิน' },
  'problem.amount_below_reference_min': { en: 'amount under the usual minimum', vi: 'số tiền dưới mức tối thiểu thông thường', th: 'จำนวนเงินต่ำกว่าขั้นต่ำปกติ' },
  'problem.phone_missing': { en: 'phone missing', vi: 'thiếu số điện thoại', th: 'ไม่มีเบอร์โทร' },
  'problem.phone_format': { en: 'not a mobile number', vi: 'không phải số di động', th: 'ไม่ใช่เบอร์มือถือ' },
  'problem.email_missing': { en: 'email missing', vi: 'thiếu email', th: 'ไม่มีอีเมล' },
  'problem.email_invalid': { en: 'not an email address', vi: 'email không hợp lệ', th: 'อีเมลไม่ถูกต้อง' },
  'problem.name_missing': { en: 'name missing', vi: 'thiếu tên', th: 'ไม่มีชื่อ' },
  'problem.name_too_long': { en: 'name too long', vi: 'tên quá dài', th: 'ชื่อยาวเกินไป' },
  'problem.name_chars': { en: 'name not in English letters', vi: 'tên không viết bằng chữ cái tiếng Anh', th: 'ชื่อไม่ใช่ตัวอักษรภาษาอังกฤษ' },
  'problem.account_name_chars': { en: 'accents in name', vi: 'tên có dấu', th: 'ชื่อมีเครื่องหมายกำกับเสียง' },
  'problem.account_missing': { en: 'account number missing', vi: 'thiếu số tài khoản', th: 'ไม่มีเลขที่บัญชี' },
  'problem.account_chars': { en: 'spaces or symbols in account number', vi: 'số tài khoản có dấu cách hoặc ký hiệu', th: 'เลขบัญชีมีช่องว่างหรือสัญลักษณ์' },
  'problem.account_length': { en: 'account number too short or too long', vi: 'số tài khoản quá ngắn hoặc quá dài', th: 'เลขบัญชีสั้นหรือยาวเกินไป' },
  'problem.account_too_long': { en: 'account number too long', vi: 'số tài khoản quá dài', th: 'เลขบัญชียาวเกินไป' },
  'problem.account_type_invalid': { en: 'account type unclear', vi: 'chưa rõ loại tài khoản', th: 'ประเภทบัญชีไม่ชัดเจน' },
  'problem.account_type_mismatch': { en: 'account type does not match the bank', vi: 'loại tài khoản không khớp ngân hàng', th: 'ประเภทบัญชีไม่ตรงกับธนาคาร' },
  'problem.description_too_long': { en: 'description too long', vi: 'nội dung quá dài', th: 'รายละเอียดยาวเกินไป' },
  'problem.message_chars': { en: 'accents in message', vi: 'nội dung có dấu', th: 'ข้อความมีเครื่องหมายกำกับเสียง' },
  'problem.partner_user_id_missing': { en: 'user ID missing', vi: 'thiếu mã người dùng', th: 'ไม่มีรหัสผู้ใช้' },
  'problem.partner_user_id_chars': { en: 'symbols in user ID', vi: 'mã người dùng có ký tự không hợp lệ', th: 'รหัสผู้ใช้มีอักขระที่ไม่รับ' },
  'problem.bank_missing': { en: 'bank missing', vi: 'thiếu ngân hàng', th: 'ไม่มีธนาคาร' },
  'problem.bank_not_supported': { en: 'bank not supported', vi: 'ngân hàng không được hỗ trợ', th: 'ไม่รองรับธนาคารนี้' },
  'problem.bank_ambiguous': { en: 'bank unclear', vi: 'ngân hàng chưa rõ', th: 'ธนาคารไม่ชัดเจน' },
  'problem.bank_unknown': { en: 'unknown bank', vi: 'ngân hàng không xác định', th: 'ไม่รู้จักธนาคารนี้' },
});
