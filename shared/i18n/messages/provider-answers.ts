import { messages } from '../entry.js';

/**
 * A provider's answer code on a sent row, in plain words: what happened, then what to do next
 * (`answer.<provider>.<code>`, looked up through one table per provider in
 * shared/providers/answers/). Only codes the provider's client writes on a row as its own
 * (`errorCode` with no `reasonCode`); Paybatch's own reasons are `sendReason.<code>`. No values:
 * the provider's own words are shown beside these, quoted as they came.
 */
export const providerAnswersMessages = messages({
  'answer.hitechpay.status_2': {
    en: 'HiTechPAY says the top-up failed: no money reached the wallet. Check the phone number with the payee, then send a new batch for them.',
    vi: 'HiTechPAY báo lệnh nạp tiền thất bại: ví chưa nhận được tiền. Hãy kiểm tra lại số điện thoại với người nhận, rồi gửi một lô mới cho họ.',
    th: 'HiTechPAY แจ้งว่าการเติมเงินล้มเหลว วอลเล็ตยังไม่ได้รับเงิน ตรวจสอบเบอร์โทรศัพท์กับผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.hitechpay.-101': {
    en: 'HiTechPAY has no wallet for this phone number: nothing was paid. Ask the payee to open a HiTechPAY wallet with this number, then send a new batch for them.',
    vi: 'HiTechPAY không có ví nào cho số điện thoại này: chưa có tiền nào được trả. Hãy đề nghị người nhận mở ví HiTechPAY bằng số này, rồi gửi một lô mới cho họ.',
    th: 'HiTechPAY ไม่มีวอลเล็ตสำหรับเบอร์โทรศัพท์นี้ ยังไม่มีการจ่ายเงิน ขอให้ผู้รับเงินเปิดวอลเล็ต HiTechPAY ด้วยเบอร์นี้ แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.hitechpay.-401': {
    en: 'HiTechPAY refused the details sent for this row: nothing was paid or refunded. Check the row (phone or transaction ID, amount, refund fee), then send it in a new batch; if the details are right, ask HiTechPAY.',
    vi: 'HiTechPAY từ chối thông tin gửi cho dòng này: chưa có tiền nào được trả hay hoàn. Hãy kiểm tra dòng này (số điện thoại hoặc mã giao dịch, số tiền, phí hoàn tiền), rồi gửi nó trong một lô mới; nếu thông tin đã đúng, hãy hỏi HiTechPAY.',
    th: 'HiTechPAY ปฏิเสธข้อมูลที่ส่งไปสำหรับรายการนี้ ยังไม่มีการจ่ายหรือคืนเงิน ตรวจสอบรายการนี้ (เบอร์โทรศัพท์หรือรหัสธุรกรรม จำนวนเงิน ค่าธรรมเนียมคืนเงิน) แล้วส่งในชุดรายการใหม่ หากข้อมูลถูกต้องแล้ว ให้สอบถาม HiTechPAY',
  },
  'answer.hitechpay.-402': {
    en: 'HiTechPAY did not accept Paybatch’s credentials for this request: nothing was paid or refunded. Check the app ID, payment ID and keys in Settings, or ask HiTechPAY to enable the service, then send a new batch.',
    vi: 'HiTechPAY không chấp nhận thông tin xác thực của Paybatch cho yêu cầu này: chưa có tiền nào được trả hay hoàn. Hãy kiểm tra app ID, payment ID và các khoá trong Cài đặt, hoặc đề nghị HiTechPAY bật dịch vụ, rồi gửi một lô mới.',
    th: 'HiTechPAY ไม่ยอมรับข้อมูลยืนยันตัวตนของ Paybatch สำหรับคำขอนี้ ยังไม่มีการจ่ายหรือคืนเงิน ตรวจสอบ app ID, payment ID และคีย์ในหน้าตั้งค่า หรือขอให้ HiTechPAY เปิดใช้บริการ แล้วส่งชุดรายการใหม่',
  },
  'answer.hitechpay.-406': {
    en: 'The payee’s wallet has reached its top-up limit: nothing was paid. Ask the payee to upgrade their wallet (verify their identity in the app), then send a new batch for them.',
    vi: 'Ví của người nhận đã chạm hạn mức nạp tiền: chưa có tiền nào được trả. Hãy đề nghị người nhận nâng cấp ví (xác thực danh tính trong ứng dụng), rồi gửi một lô mới cho họ.',
    th: 'วอลเล็ตของผู้รับเงินถึงวงเงินการเติมเงินแล้ว ยังไม่มีการจ่ายเงิน ขอให้ผู้รับเงินอัปเกรดวอลเล็ต (ยืนยันตัวตนในแอป) แล้วส่งชุดรายการใหม่ให้เขา',
  },

  'answer.smilepayz.FAILED': {
    en: 'SmilePayz says the pay-out failed: no money was paid. Check the bank or wallet, the account number and the name with the payee, then send a new batch for them.',
    vi: 'SmilePayz báo lệnh chi thất bại: chưa có tiền nào được trả. Hãy kiểm tra lại ngân hàng hoặc ví, số tài khoản và tên với người nhận, rồi gửi một lô mới cho họ.',
    th: 'SmilePayz แจ้งว่าการจ่ายเงินล้มเหลว ยังไม่มีการจ่ายเงิน ตรวจสอบธนาคารหรือวอลเล็ต เลขบัญชี และชื่อกับผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.smilepayz.EXPIRED': {
    en: 'SmilePayz let the pay-out expire before paying it: no money was paid. Send a new batch for this payee; if it expires again, ask SmilePayz.',
    vi: 'SmilePayz để lệnh chi hết hạn trước khi trả: chưa có tiền nào được trả. Hãy gửi một lô mới cho người nhận này; nếu lại hết hạn, hãy hỏi SmilePayz.',
    th: 'SmilePayz ปล่อยให้รายการจ่ายเงินหมดอายุก่อนจ่าย ยังไม่มีการจ่ายเงิน ส่งชุดรายการใหม่ให้ผู้รับเงินรายนี้ หากหมดอายุอีก ให้สอบถาม SmilePayz',
  },
  'answer.smilepayz.CANCELLED': {
    en: 'SmilePayz cancelled the pay-out: no money was paid. Ask SmilePayz why, then send a new batch for this payee.',
    vi: 'SmilePayz đã huỷ lệnh chi: chưa có tiền nào được trả. Hãy hỏi SmilePayz lý do, rồi gửi một lô mới cho người nhận này.',
    th: 'SmilePayz ยกเลิกรายการจ่ายเงิน ยังไม่มีการจ่ายเงิน สอบถามเหตุผลจาก SmilePayz แล้วส่งชุดรายการใหม่ให้ผู้รับเงินรายนี้',
  },

  'answer.haipay.3': {
    en: 'HaiPay says the pay-out failed: no money was paid. Check the bank, the account number and the name with the payee, then send a new batch for them.',
    vi: 'HaiPay báo lệnh chi thất bại: chưa có tiền nào được trả. Hãy kiểm tra lại ngân hàng, số tài khoản và tên với người nhận, rồi gửi một lô mới cho họ.',
    th: 'HaiPay แจ้งว่าการจ่ายเงินล้มเหลว ยังไม่มีการจ่ายเงิน ตรวจสอบธนาคาร เลขบัญชี และชื่อกับผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.haipay.4002': {
    en: 'HaiPay has no payment channel open on your account for this bank or wallet: nothing was paid. Check the bank, or ask HaiPay to open the channel, then send a new batch for this payee.',
    vi: 'HaiPay chưa mở kênh thanh toán cho ngân hàng hoặc ví này trên tài khoản của bạn: chưa có tiền nào được trả. Hãy kiểm tra ngân hàng, hoặc đề nghị HaiPay mở kênh, rồi gửi một lô mới cho người nhận này.',
    th: 'HaiPay ยังไม่ได้เปิดช่องทางจ่ายเงินสำหรับธนาคารหรือวอลเล็ตนี้ในบัญชีของคุณ ยังไม่มีการจ่ายเงิน ตรวจสอบธนาคาร หรือขอให้ HaiPay เปิดช่องทาง แล้วส่งชุดรายการใหม่ให้ผู้รับเงินรายนี้',
  },

  // AppotaPay: its error-code page (docs.appotapay.com firm-banking/error-code), the codes that end a transfer.
  'answer.appotapay.1': {
    en: 'AppotaPay found the request incomplete or invalid: nothing was paid. Check the row’s bank, account and amount, then send it in a new batch; if it happens again, ask AppotaPay.',
    vi: 'AppotaPay thấy yêu cầu thiếu hoặc không hợp lệ: chưa có tiền nào được trả. Hãy kiểm tra ngân hàng, tài khoản và số tiền của dòng này, rồi gửi nó trong một lô mới; nếu lại xảy ra, hãy hỏi AppotaPay.',
    th: 'AppotaPay พบว่าคำขอไม่ครบหรือไม่ถูกต้อง ยังไม่มีการจ่ายเงิน ตรวจสอบธนาคาร บัญชี และจำนวนเงินของรายการนี้ แล้วส่งในชุดรายการใหม่ หากเกิดขึ้นอีก ให้สอบถาม AppotaPay',
  },
  'answer.appotapay.2': {
    en: 'AppotaPay did not accept the request’s signature: nothing was paid. Check the secret key in Settings, then send a new batch.',
    vi: 'AppotaPay không chấp nhận chữ ký của yêu cầu: chưa có tiền nào được trả. Hãy kiểm tra khoá bí mật trong Cài đặt, rồi gửi một lô mới.',
    th: 'AppotaPay ไม่ยอมรับลายเซ็นของคำขอ ยังไม่มีการจ่ายเงิน ตรวจสอบคีย์ลับในหน้าตั้งค่า แล้วส่งชุดรายการใหม่',
  },
  'answer.appotapay.11': {
    en: 'AppotaPay does not know this partner code: nothing was paid. Check the partner code in Settings, then send a new batch.',
    vi: 'AppotaPay không nhận ra mã đối tác này: chưa có tiền nào được trả. Hãy kiểm tra mã đối tác trong Cài đặt, rồi gửi một lô mới.',
    th: 'AppotaPay ไม่รู้จักรหัสพาร์ทเนอร์นี้ ยังไม่มีการจ่ายเงิน ตรวจสอบรหัสพาร์ทเนอร์ในหน้าตั้งค่า แล้วส่งชุดรายการใหม่',
  },
  'answer.appotapay.12': {
    en: 'Your AppotaPay balance was too low for this transfer: nothing was paid. Top up your AppotaPay account, then send a new batch for the rows not paid.',
    vi: 'Số dư AppotaPay của bạn không đủ cho lệnh chuyển này: chưa có tiền nào được trả. Hãy nạp thêm tiền vào tài khoản AppotaPay, rồi gửi một lô mới cho các dòng chưa được trả.',
    th: 'ยอดเงินใน AppotaPay ของคุณไม่พอสำหรับการโอนนี้ ยังไม่มีการจ่ายเงิน เติมเงินเข้าบัญชี AppotaPay แล้วส่งชุดรายการใหม่สำหรับรายการที่ยังไม่ได้จ่าย',
  },
  'answer.appotapay.13': {
    en: 'Your AppotaPay partner account is locked: nothing was paid. Ask AppotaPay to unlock it, then send a new batch.',
    vi: 'Tài khoản đối tác AppotaPay của bạn đang bị khoá: chưa có tiền nào được trả. Hãy đề nghị AppotaPay mở khoá, rồi gửi một lô mới.',
    th: 'บัญชีพาร์ทเนอร์ AppotaPay ของคุณถูกล็อก ยังไม่มีการจ่ายเงิน ขอให้ AppotaPay ปลดล็อก แล้วส่งชุดรายการใหม่',
  },
  'answer.appotapay.14': {
    en: 'AppotaPay does not know this API key: nothing was paid. Check the API key in Settings, then send a new batch.',
    vi: 'AppotaPay không nhận ra khoá API này: chưa có tiền nào được trả. Hãy kiểm tra khoá API trong Cài đặt, rồi gửi một lô mới.',
    th: 'AppotaPay ไม่รู้จักคีย์ API นี้ ยังไม่มีการจ่ายเงิน ตรวจสอบคีย์ API ในหน้าตั้งค่า แล้วส่งชุดรายการใหม่',
  },
  'answer.appotapay.23': {
    en: 'This AppotaPay API key is not activated yet, or is locked: nothing was paid. Ask AppotaPay to activate it, then send a new batch.',
    vi: 'Khoá API AppotaPay này chưa được kích hoạt hoặc đã bị khoá: chưa có tiền nào được trả. Hãy đề nghị AppotaPay kích hoạt, rồi gửi một lô mới.',
    th: 'คีย์ API ของ AppotaPay นี้ยังไม่ได้เปิดใช้งานหรือถูกล็อก ยังไม่มีการจ่ายเงิน ขอให้ AppotaPay เปิดใช้งาน แล้วส่งชุดรายการใหม่',
  },
  'answer.appotapay.32': {
    en: 'AppotaPay refused the amount: nothing was paid. Check the amount (whole đồng, above 0), then send this row in a new batch.',
    vi: 'AppotaPay từ chối số tiền: chưa có tiền nào được trả. Hãy kiểm tra số tiền (số đồng nguyên, lớn hơn 0), rồi gửi dòng này trong một lô mới.',
    th: 'AppotaPay ปฏิเสธจำนวนเงิน ยังไม่มีการจ่ายเงิน ตรวจสอบจำนวนเงิน (เป็นจำนวนเต็มหน่วยด่ง มากกว่า 0) แล้วส่งรายการนี้ในชุดรายการใหม่',
  },
  'answer.appotapay.33': {
    en: 'AppotaPay says the transfer failed: no money was paid. Check the bank and the account number with the payee, then send a new batch for them.',
    vi: 'AppotaPay báo lệnh chuyển thất bại: chưa có tiền nào được trả. Hãy kiểm tra lại ngân hàng và số tài khoản với người nhận, rồi gửi một lô mới cho họ.',
    th: 'AppotaPay แจ้งว่าการโอนล้มเหลว ยังไม่มีการจ่ายเงิน ตรวจสอบธนาคารและเลขบัญชีกับผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.appotapay.42': {
    en: 'The amount is above AppotaPay’s limit for one transfer: nothing was paid. Pay it in smaller amounts, or ask AppotaPay to raise the limit, then send a new batch.',
    vi: 'Số tiền vượt hạn mức một lần chuyển của AppotaPay: chưa có tiền nào được trả. Hãy chia thành các khoản nhỏ hơn, hoặc đề nghị AppotaPay nâng hạn mức, rồi gửi một lô mới.',
    th: 'จำนวนเงินเกินวงเงินต่อการโอนหนึ่งครั้งของ AppotaPay ยังไม่มีการจ่ายเงิน แบ่งจ่ายเป็นจำนวนที่น้อยลง หรือขอให้ AppotaPay เพิ่มวงเงิน แล้วส่งชุดรายการใหม่',
  },
  'answer.appotapay.43': {
    en: 'Your AppotaPay transfers today have reached the daily limit: nothing was paid. Send this row in a new batch tomorrow, or ask AppotaPay to raise the limit.',
    vi: 'Các lệnh chuyển AppotaPay hôm nay của bạn đã chạm hạn mức ngày: chưa có tiền nào được trả. Hãy gửi dòng này trong một lô mới vào ngày mai, hoặc đề nghị AppotaPay nâng hạn mức.',
    th: 'การโอนผ่าน AppotaPay ของคุณวันนี้ถึงวงเงินต่อวันแล้ว ยังไม่มีการจ่ายเงิน ส่งรายการนี้ในชุดรายการใหม่พรุ่งนี้ หรือขอให้ AppotaPay เพิ่มวงเงิน',
  },
  'answer.appotapay.44': {
    en: 'Your AppotaPay account has made as many requests as it may today: nothing was paid. Send this row in a new batch tomorrow, or ask AppotaPay to raise the limit.',
    vi: 'Tài khoản AppotaPay của bạn đã dùng hết số lần yêu cầu trong ngày: chưa có tiền nào được trả. Hãy gửi dòng này trong một lô mới vào ngày mai, hoặc đề nghị AppotaPay nâng hạn mức.',
    th: 'บัญชี AppotaPay ของคุณส่งคำขอครบจำนวนที่อนุญาตต่อวันแล้ว ยังไม่มีการจ่ายเงิน ส่งรายการนี้ในชุดรายการใหม่พรุ่งนี้ หรือขอให้ AppotaPay เพิ่มวงเงิน',
  },
  'answer.appotapay.92': {
    en: 'AppotaPay does not accept requests from this computer’s internet address (IP): nothing was paid. Ask AppotaPay to add it to your allowed addresses, then send a new batch.',
    vi: 'AppotaPay không chấp nhận yêu cầu từ địa chỉ mạng (IP) của máy này: chưa có tiền nào được trả. Hãy đề nghị AppotaPay thêm địa chỉ này vào danh sách được phép, rồi gửi một lô mới.',
    th: 'AppotaPay ไม่รับคำขอจากที่อยู่อินเทอร์เน็ต (IP) ของเครื่องนี้ ยังไม่มีการจ่ายเงิน ขอให้ AppotaPay เพิ่มที่อยู่นี้ในรายการที่อนุญาต แล้วส่งชุดรายการใหม่',
  },
  'answer.appotapay.160': {
    en: 'The account or card number must be 3 to 22 characters: nothing was paid. Correct it with the payee, then send a new batch for them.',
    vi: 'Số tài khoản hoặc số thẻ phải dài từ 3 đến 22 ký tự: chưa có tiền nào được trả. Hãy sửa lại với người nhận, rồi gửi một lô mới cho họ.',
    th: 'เลขบัญชีหรือเลขบัตรต้องยาว 3 ถึง 22 ตัวอักษร ยังไม่มีการจ่ายเงิน แก้ไขให้ถูกต้องกับผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.appotapay.161': {
    en: 'The account or card number is not valid: nothing was paid. Check it with the payee, then send a new batch for them.',
    vi: 'Số tài khoản hoặc số thẻ không hợp lệ: chưa có tiền nào được trả. Hãy kiểm tra lại với người nhận, rồi gửi một lô mới cho họ.',
    th: 'เลขบัญชีหรือเลขบัตรไม่ถูกต้อง ยังไม่มีการจ่ายเงิน ตรวจสอบกับผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.appotapay.163': {
    en: 'The account type (bank account or card) is wrong for this number: nothing was paid. Correct it, then send this row in a new batch.',
    vi: 'Loại tài khoản (tài khoản ngân hàng hay thẻ) không đúng với số này: chưa có tiền nào được trả. Hãy sửa lại, rồi gửi dòng này trong một lô mới.',
    th: 'ประเภทบัญชี (บัญชีธนาคารหรือบัตร) ไม่ตรงกับเลขนี้ ยังไม่มีการจ่ายเงิน แก้ไขให้ถูกต้อง แล้วส่งรายการนี้ในชุดรายการใหม่',
  },
  'answer.appotapay.165': {
    en: 'AppotaPay refused the amount to transfer: nothing was paid. Check the amount, then send this row in a new batch.',
    vi: 'AppotaPay từ chối số tiền chuyển: chưa có tiền nào được trả. Hãy kiểm tra số tiền, rồi gửi dòng này trong một lô mới.',
    th: 'AppotaPay ปฏิเสธจำนวนเงินที่จะโอน ยังไม่มีการจ่ายเงิน ตรวจสอบจำนวนเงิน แล้วส่งรายการนี้ในชุดรายการใหม่',
  },
  'answer.appotapay.166': {
    en: 'This card cannot receive transfers: nothing was paid. Ask the payee for a bank account number instead, then send a new batch for them.',
    vi: 'Thẻ này không nhận được tiền chuyển: chưa có tiền nào được trả. Hãy xin người nhận số tài khoản ngân hàng thay thế, rồi gửi một lô mới cho họ.',
    th: 'บัตรนี้รับเงินโอนไม่ได้ ยังไม่มีการจ่ายเงิน ขอเลขบัญชีธนาคารจากผู้รับเงินแทน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.appotapay.168': {
    en: 'AppotaPay refused the way the account name is written: nothing was paid. Write it in capitals without accents (letters, digits and . - , _ &), then send this row in a new batch.',
    vi: 'AppotaPay từ chối cách ghi tên tài khoản: chưa có tiền nào được trả. Hãy ghi tên bằng chữ in hoa không dấu (chữ, số và . - , _ &), rồi gửi dòng này trong một lô mới.',
    th: 'AppotaPay ปฏิเสธรูปแบบการเขียนชื่อบัญชี ยังไม่มีการจ่ายเงิน เขียนชื่อเป็นตัวพิมพ์ใหญ่ไม่มีวรรณยุกต์ (ตัวอักษร ตัวเลข และ . - , _ &) แล้วส่งรายการนี้ในชุดรายการใหม่',
  },
  'answer.appotapay.170': {
    en: 'AppotaPay says the transfer failed: no money was paid. Check the bank and the account with the payee, then send a new batch for them; if it fails again, ask AppotaPay.',
    vi: 'AppotaPay báo giao dịch thất bại: chưa có tiền nào được trả. Hãy kiểm tra lại ngân hàng và tài khoản với người nhận, rồi gửi một lô mới cho họ; nếu lại thất bại, hãy hỏi AppotaPay.',
    th: 'AppotaPay แจ้งว่าธุรกรรมล้มเหลว ยังไม่มีการจ่ายเงิน ตรวจสอบธนาคารและบัญชีกับผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา หากล้มเหลวอีก ให้สอบถาม AppotaPay',
  },
  'answer.appotapay.190': {
    en: 'AppotaPay does not transfer to this bank: nothing was paid. Ask the payee for an account at another bank, then send a new batch for them.',
    vi: 'AppotaPay không hỗ trợ chuyển tới ngân hàng này: chưa có tiền nào được trả. Hãy xin người nhận một tài khoản ở ngân hàng khác, rồi gửi một lô mới cho họ.',
    th: 'AppotaPay ไม่รองรับการโอนไปยังธนาคารนี้ ยังไม่มีการจ่ายเงิน ขอบัญชีของธนาคารอื่นจากผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.appotapay.192': {
    en: 'The amount is below AppotaPay’s minimum for a transfer: nothing was paid. Check the amount, then send this row in a new batch.',
    vi: 'Số tiền thấp hơn mức tối thiểu cho một lệnh chuyển của AppotaPay: chưa có tiền nào được trả. Hãy kiểm tra số tiền, rồi gửi dòng này trong một lô mới.',
    th: 'จำนวนเงินต่ำกว่าขั้นต่ำต่อการโอนของ AppotaPay ยังไม่มีการจ่ายเงิน ตรวจสอบจำนวนเงิน แล้วส่งรายการนี้ในชุดรายการใหม่',
  },
  'answer.appotapay.193': {
    en: 'The amount is above AppotaPay’s maximum for a transfer: nothing was paid. Pay it in smaller amounts in a new batch.',
    vi: 'Số tiền vượt mức tối đa cho một lệnh chuyển của AppotaPay: chưa có tiền nào được trả. Hãy chia thành các khoản nhỏ hơn trong một lô mới.',
    th: 'จำนวนเงินเกินสูงสุดต่อการโอนของ AppotaPay ยังไม่มีการจ่ายเงิน แบ่งจ่ายเป็นจำนวนที่น้อยลงในชุดรายการใหม่',
  },
  'answer.appotapay.194': {
    en: 'AppotaPay refused who pays the transfer fee: nothing was paid. Check the fee setting (payer or receiver) in Settings, then send a new batch.',
    vi: 'AppotaPay từ chối bên chịu phí chuyển tiền: chưa có tiền nào được trả. Hãy kiểm tra thiết lập phí (người chuyển hay người nhận) trong Cài đặt, rồi gửi một lô mới.',
    th: 'AppotaPay ปฏิเสธผู้รับผิดชอบค่าธรรมเนียมการโอน ยังไม่มีการจ่ายเงิน ตรวจสอบการตั้งค่าค่าธรรมเนียม (ผู้โอนหรือผู้รับ) ในหน้าตั้งค่า แล้วส่งชุดรายการใหม่',
  },
  'answer.appotapay.195': {
    en: 'This transfer would pass AppotaPay’s daily amount limit: nothing was paid. Send this row in a new batch tomorrow, or ask AppotaPay to raise the limit.',
    vi: 'Lệnh chuyển này sẽ vượt hạn mức số tiền trong ngày của AppotaPay: chưa có tiền nào được trả. Hãy gửi dòng này trong một lô mới vào ngày mai, hoặc đề nghị AppotaPay nâng hạn mức.',
    th: 'การโอนนี้จะเกินวงเงินต่อวันของ AppotaPay ยังไม่มีการจ่ายเงิน ส่งรายการนี้ในชุดรายการใหม่พรุ่งนี้ หรือขอให้ AppotaPay เพิ่มวงเงิน',
  },
  'answer.appotapay.196': {
    en: 'AppotaPay refused the transfer’s description: nothing was paid. Change the description (letters and digits without accents), then send this row in a new batch.',
    vi: 'AppotaPay từ chối nội dung chuyển tiền: chưa có tiền nào được trả. Hãy đổi nội dung (chữ và số không dấu), rồi gửi dòng này trong một lô mới.',
    th: 'AppotaPay ปฏิเสธรายละเอียดการโอน ยังไม่มีการจ่ายเงิน เปลี่ยนรายละเอียด (ตัวอักษรและตัวเลขไม่มีวรรณยุกต์) แล้วส่งรายการนี้ในชุดรายการใหม่',
  },
  'answer.appotapay.197': {
    en: 'Transfers are not set up on your AppotaPay account: nothing was paid. Ask AppotaPay to set up the service, then send a new batch.',
    vi: 'Tài khoản AppotaPay của bạn chưa được cấu hình dịch vụ chuyển tiền: chưa có tiền nào được trả. Hãy đề nghị AppotaPay cấu hình dịch vụ, rồi gửi một lô mới.',
    th: 'บัญชี AppotaPay ของคุณยังไม่ได้ตั้งค่าบริการโอนเงิน ยังไม่มีการจ่ายเงิน ขอให้ AppotaPay ตั้งค่าบริการ แล้วส่งชุดรายการใหม่',
  },
  'answer.appotapay.200': {
    en: 'The account holder’s name or the account number does not match the bank’s records: nothing was paid. Check both with the payee, then send a new batch for them.',
    vi: 'Tên chủ tài khoản hoặc số tài khoản không khớp với ngân hàng: chưa có tiền nào được trả. Hãy kiểm tra lại cả hai với người nhận, rồi gửi một lô mới cho họ.',
    th: 'ชื่อเจ้าของบัญชีหรือเลขบัญชีไม่ตรงกับข้อมูลของธนาคาร ยังไม่มีการจ่ายเงิน ตรวจสอบทั้งสองอย่างกับผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.appotapay.2004': {
    en: 'The payee’s bank refused this transfer: no money was paid. Ask the payee to contact their bank or give another account, then send a new batch for them.',
    vi: 'Ngân hàng của người nhận từ chối lệnh chuyển này: chưa có tiền nào được trả. Hãy đề nghị người nhận liên hệ ngân hàng hoặc cho tài khoản khác, rồi gửi một lô mới cho họ.',
    th: 'ธนาคารของผู้รับเงินปฏิเสธการโอนนี้ ยังไม่มีการจ่ายเงิน ขอให้ผู้รับเงินติดต่อธนาคารหรือให้บัญชีอื่น แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.appotapay.2005': {
    en: 'The transfer would pass the monthly limit: no money was paid. Send a new batch for this payee next month, or ask them for another account.',
    vi: 'Lệnh chuyển này sẽ vượt hạn mức tháng: chưa có tiền nào được trả. Hãy gửi một lô mới cho người nhận này vào tháng sau, hoặc xin họ tài khoản khác.',
    th: 'การโอนนี้จะเกินวงเงินต่อเดือน ยังไม่มีการจ่ายเงิน ส่งชุดรายการใหม่ให้ผู้รับเงินรายนี้เดือนหน้า หรือขอบัญชีอื่นจากเขา',
  },
  'answer.appotapay.2006': {
    en: 'The transfer is above the limit allowed: no money was paid. Send a smaller amount, or pay another account of the payee, in a new batch.',
    vi: 'Lệnh chuyển vượt hạn mức cho phép: chưa có tiền nào được trả. Hãy gửi số tiền nhỏ hơn, hoặc trả vào tài khoản khác của người nhận, trong một lô mới.',
    th: 'การโอนเกินวงเงินที่อนุญาต ยังไม่มีการจ่ายเงิน ส่งจำนวนที่น้อยลง หรือจ่ายเข้าบัญชีอื่นของผู้รับเงิน ในชุดรายการใหม่',
  },
  'answer.appotapay.2007': {
    en: 'The payee’s card is restricted from transactions: no money was paid. Ask the payee to contact their bank or give another account, then send a new batch for them.',
    vi: 'Thẻ của người nhận đang bị hạn chế giao dịch: chưa có tiền nào được trả. Hãy đề nghị người nhận liên hệ ngân hàng hoặc cho tài khoản khác, rồi gửi một lô mới cho họ.',
    th: 'บัตรของผู้รับเงินถูกจำกัดการทำธุรกรรม ยังไม่มีการจ่ายเงิน ขอให้ผู้รับเงินติดต่อธนาคารหรือให้บัญชีอื่น แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.appotapay.2008': {
    en: 'The payee’s card has expired: no money was paid. Ask the payee for a current card or an account number, then send a new batch for them.',
    vi: 'Thẻ của người nhận đã hết hạn: chưa có tiền nào được trả. Hãy xin người nhận thẻ còn hạn hoặc số tài khoản, rồi gửi một lô mới cho họ.',
    th: 'บัตรของผู้รับเงินหมดอายุแล้ว ยังไม่มีการจ่ายเงิน ขอบัตรที่ยังใช้ได้หรือเลขบัญชีจากผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
  'answer.appotapay.2009': {
    en: 'The transfer stopped on a fault at another bank (through Napas): no money was paid. Send a new batch for this payee later.',
    vi: 'Lệnh chuyển bị dừng do lỗi ở hệ thống ngân hàng khác (qua Napas): chưa có tiền nào được trả. Hãy gửi một lô mới cho người nhận này sau.',
    th: 'การโอนหยุดลงเพราะข้อผิดพลาดที่ธนาคารอื่น (ผ่าน Napas) ยังไม่มีการจ่ายเงิน ส่งชุดรายการใหม่ให้ผู้รับเงินรายนี้ภายหลัง',
  },
  'answer.appotapay.2025': {
    en: 'The receiving account does not match the payee’s details: no money was paid. Check the account number and the name with the payee, then send a new batch for them.',
    vi: 'Tài khoản nhận không khớp với thông tin người nhận: chưa có tiền nào được trả. Hãy kiểm tra lại số tài khoản và tên với người nhận, rồi gửi một lô mới cho họ.',
    th: 'บัญชีผู้รับไม่ตรงกับข้อมูลของผู้รับเงิน ยังไม่มีการจ่ายเงิน ตรวจสอบเลขบัญชีและชื่อกับผู้รับเงิน แล้วส่งชุดรายการใหม่ให้เขา',
  },
});
