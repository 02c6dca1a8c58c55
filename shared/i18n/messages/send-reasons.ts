import type { ReasonParams } from '../../send/send-contract.js';
import { messages } from '../entry.js';
import type { Translator } from '../translator.js';

// A quoted answer the provider may not have given: 'none' says so.
const answerEn = '{answer, select, none {no reason given} other {{answer}}}';
const answerVi = '{answer, select, none {không nêu lý do} other {{answer}}}';
const answerTh = '{answer, select, none {ไม่ได้ระบุเหตุผล} other {{answer}}}';
// The payee's sign-up page for a wallet, when HiTechPAY gave one.
const url = '{url, select, none {} other { ({url})}}';

/**
 * Why a sent row stands as it does, when the words are Paybatch's own (`sendReason.<code>`,
 * the journal's reason_code): from moving a row on an answer (electron/engine/send/
 * row-transitions.ts), cancelling (batch-run.ts), excluding before sending (presend/), and
 * the provider clients' own reasons (not reached, a wallet not found, HiTechPAY's status 4).
 * Each `en` is word for word the English the journal keeps (send-reasons.test.ts holds them).
 * The provider's own words are never translated: they come quoted, as `{answer}`.
 */
export const sendReasonMessages = messages({
  'sendReason.not_sent': {
    en: '{provider} could not be reached ({detail}); nothing was sent.',
    vi: 'Không kết nối được tới {provider} ({detail}); chưa có gì được gửi đi.',
    th: 'ติดต่อ {provider} ไม่ได้ ({detail}) ยังไม่มีการส่งสิ่งใดออกไป',
  },
  'sendReason.wallet_lookup_no_answer': {
    en: 'The wallet could not be looked up ({detail}); no top-up was sent.',
    vi: 'Không tra cứu được ví ({detail}); chưa có lệnh nạp tiền nào được gửi.',
    th: 'ค้นหาวอลเล็ตไม่ได้ ({detail}) ยังไม่ได้ส่งรายการเติมเงิน',
  },
  'sendReason.wallet_lookup_failed': {
    en: 'The wallet lookup failed ({answer}); no top-up was sent.',
    vi: 'Tra cứu ví không thành công ({answer}); chưa có lệnh nạp tiền nào được gửi.',
    th: 'ค้นหาวอลเล็ตไม่สำเร็จ ({answer}) ยังไม่ได้ส่งรายการเติมเงิน',
  },
  'sendReason.wallet_not_found': {
    en: `No HiTechPAY wallet for {phone}. The payee must create one first${url}.`,
    vi: `Không có ví HiTechPAY nào cho số {phone}. Người nhận cần tạo ví trước${url}.`,
    th: `ไม่มีวอลเล็ต HiTechPAY สำหรับเบอร์ {phone} ผู้รับเงินต้องสร้างวอลเล็ตก่อน${url}`,
  },
  'sendReason.wallet_locked': {
    en: 'The HiTechPAY wallet of {phone} is locked; no top-up was sent.',
    vi: 'Ví HiTechPAY của số {phone} đang bị khoá; chưa có lệnh nạp tiền nào được gửi.',
    th: 'วอลเล็ต HiTechPAY ของเบอร์ {phone} ถูกล็อกอยู่ ยังไม่ได้ส่งรายการเติมเงิน',
  },
  'sendReason.wallet_holder_changed': {
    en: 'The HiTechPAY wallet of {phone} is now held by {found}, not {expected} as checked; no top-up was sent. Check the payee, then send them again.',
    vi: 'Ví HiTechPAY của số {phone} hiện do {found} đứng tên, không phải {expected} như lúc kiểm tra; chưa có lệnh nạp tiền nào được gửi. Hãy kiểm tra người nhận rồi gửi lại.',
    th: 'วอลเล็ต HiTechPAY ของเบอร์ {phone} ตอนนี้เป็นของ {found} ไม่ใช่ {expected} อย่างที่ตรวจไว้ ยังไม่ได้ส่งรายการเติมเงิน ตรวจสอบผู้รับแล้วส่งอีกครั้ง',
  },
  'sendReason.resolved_paid': {
    en: 'Marked paid after checking with the provider.',
    vi: 'Đã đánh dấu là đã trả sau khi đối chiếu với nhà cung cấp.',
    th: 'ทำเครื่องหมายว่าจ่ายแล้วหลังจากตรวจสอบกับผู้ให้บริการ',
  },
  'sendReason.resolved_not_paid': {
    en: 'Marked not paid after checking with the provider: sent again with the same order id.',
    vi: 'Đã đánh dấu là chưa trả sau khi đối chiếu với nhà cung cấp: gửi lại với cùng mã lệnh.',
    th: 'ทำเครื่องหมายว่ายังไม่ได้จ่ายหลังจากตรวจสอบกับผู้ให้บริการ: ส่งอีกครั้งด้วยหมายเลขคำสั่งเดิม',
  },
  'sendReason.resolved_not_paid_cancelled': {
    en: 'Marked not paid after checking with the provider; the batch is cancelled, so it is not sent again.',
    vi: 'Đã đánh dấu là chưa trả sau khi đối chiếu với nhà cung cấp; lô đã bị huỷ nên khoản này không được gửi lại.',
    th: 'ทำเครื่องหมายว่ายังไม่ได้จ่ายหลังจากตรวจสอบกับผู้ให้บริการ ชุดนี้ถูกยกเลิกแล้ว จึงไม่ส่งอีก',
  },
  'sendReason.refund_transaction_missing': {
    en: 'This refund names no transaction (zp_trans_id); nothing was sent.',
    vi: 'Khoản hoàn tiền này không có mã giao dịch (zp_trans_id); chưa gửi gì cả.',
    th: 'รายการคืนเงินนี้ไม่มีรหัสธุรกรรม (zp_trans_id) จึงยังไม่ได้ส่งสิ่งใด',
  },
  'sendReason.phone_missing': {
    en: 'HiTechPAY finds the wallet by phone, and this row has none.',
    vi: 'HiTechPAY tìm ví theo số điện thoại, nhưng dòng này không có số điện thoại.',
    th: 'HiTechPAY ค้นหาวอลเล็ตจากเบอร์โทรศัพท์ แต่แถวนี้ไม่มีเบอร์โทรศัพท์',
  },
  'sendReason.hitechpay_held': {
    en: 'HiTechPAY holds this top-up for manual handling (status 4): do not resend; ask HiTechPAY.',
    vi: 'HiTechPAY đang giữ lệnh nạp tiền này để xử lý thủ công (trạng thái 4): đừng gửi lại; hãy hỏi HiTechPAY.',
    th: 'HiTechPAY พักรายการเติมเงินนี้ไว้เพื่อดำเนินการด้วยตนเอง (สถานะ 4): อย่าส่งซ้ำ ให้สอบถาม HiTechPAY',
  },
  'sendReason.hitechpay_status_unknown': {
    en: 'HiTechPAY answered status {status}',
    vi: 'HiTechPAY trả lời trạng thái {status}',
    th: 'HiTechPAY ตอบกลับสถานะ {status}',
  },
  // The last answer, as it came (the status beside it already says no definite answer yet).
  'sendReason.no_definite_answer': { en: '{answer}', vi: '{answer}', th: '{answer}' },
  'sendReason.answered_as_query': {
    en: 'the provider answered the payout as if it were a status query',
    vi: 'nhà cung cấp trả lời lệnh chi như thể đó là một lần hỏi trạng thái',
    th: 'ผู้ให้บริการตอบคำสั่งจ่ายเงินราวกับเป็นการสอบถามสถานะ',
  },
  'sendReason.not_received': {
    en: 'The provider has no such order: it is sent again with the same order id.',
    vi: 'Nhà cung cấp không có lệnh này: lệnh được gửi lại với đúng mã lệnh cũ.',
    th: 'ผู้ให้บริการไม่มีคำสั่งนี้: จะส่งอีกครั้งด้วยหมายเลขคำสั่งเดิม',
  },
  'sendReason.never_received': {
    en: 'The provider never recorded this payout after {attempts} attempts; nothing was paid.',
    vi: 'Sau {attempts} lần gửi, nhà cung cấp vẫn không ghi nhận khoản chi này; chưa có tiền nào được trả.',
    th: 'ส่งไป {attempts} ครั้งแล้ว ผู้ให้บริการก็ไม่เคยบันทึกรายการจ่ายนี้ ยังไม่มีการจ่ายเงิน',
  },
  'sendReason.accepted_then_not_found': {
    en: 'The provider accepted this payout earlier and now says it has no such order.',
    vi: 'Nhà cung cấp đã nhận khoản chi này trước đó, nay lại nói không có lệnh này.',
    th: 'ผู้ให้บริการรับรายการจ่ายนี้ไปก่อนหน้านี้ แต่ตอนนี้แจ้งว่าไม่มีคำสั่งนี้',
  },
  'sendReason.still_processing': {
    en: "The provider accepted this payout more than {hours} hours ago and still says it is processing. Check it in the provider's portal.",
    vi: 'Nhà cung cấp đã nhận khoản chi này hơn {hours} giờ trước mà vẫn báo đang xử lý. Hãy kiểm tra trên cổng của nhà cung cấp.',
    th: 'ผู้ให้บริการรับรายการจ่ายนี้ไปนานกว่า {hours} ชั่วโมงแล้วและยังแจ้งว่ากำลังดำเนินการ ตรวจสอบในพอร์ทัลของผู้ให้บริการ',
  },
  'sendReason.unclear_after_queries': {
    en: "No definite answer after {queries} status queries; the last was: {answer}. Check this order in the provider's portal before paying it again.",
    vi: 'Đã hỏi trạng thái {queries} lần mà vẫn chưa có câu trả lời dứt khoát; lần cuối: {answer}. Hãy kiểm tra lệnh này trên cổng của nhà cung cấp trước khi trả lại.',
    th: 'สอบถามสถานะ {queries} ครั้งแล้วยังไม่ได้คำตอบที่ชัดเจน ครั้งล่าสุด: {answer} ตรวจสอบคำสั่งนี้ในพอร์ทัลของผู้ให้บริการก่อนจ่ายอีกครั้ง',
  },
  'sendReason.cancelled_before_resend': {
    en: 'The batch was cancelled before this payment could be sent again: nothing was paid.',
    vi: 'Lô đã bị huỷ trước khi khoản này kịp được gửi lại: chưa có tiền nào được trả.',
    th: 'ชุดรายการถูกยกเลิกก่อนที่รายการนี้จะได้ส่งอีกครั้ง: ยังไม่มีการจ่ายเงิน',
  },
  'sendReason.excluded_name_mismatch': {
    en: 'Excluded before sending: the provider names this payee "{found}", the sheet "{name}".',
    vi: 'Đã loại ra trước khi gửi: nhà cung cấp ghi tên người nhận này là "{found}", bảng lương ghi "{name}".',
    th: 'ไม่รวมไว้ก่อนส่ง: ผู้ให้บริการระบุชื่อผู้รับเงินนี้ว่า "{found}" แต่ในชีตเป็น "{name}"',
  },
  'sendReason.excluded_not_found': {
    en: `Excluded before sending: the provider knows no such account or wallet (${answerEn}).`,
    vi: `Đã loại ra trước khi gửi: nhà cung cấp không có tài khoản hay ví này (${answerVi}).`,
    th: `ไม่รวมไว้ก่อนส่ง: ผู้ให้บริการไม่รู้จักบัญชีหรือวอลเล็ตนี้ (${answerTh})`,
  },
  'sendReason.excluded_no_answer': {
    en: `Excluded before sending: the provider's name inquiry gave no answer (${answerEn}).`,
    vi: `Đã loại ra trước khi gửi: nhà cung cấp không trả lời khi được hỏi tên (${answerVi}).`,
    th: `ไม่รวมไว้ก่อนส่ง: ผู้ให้บริการไม่ได้ตอบการสอบถามชื่อ (${answerTh})`,
  },
});

/** What a sent row says of why it stands as it does (shared/send/send-contract.ts sentRowSchema). */
export type RowReason = {
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  readonly reviewReason: string | null;
  readonly reasonCode: string | null;
  readonly reasonParams: ReasonParams | null;
};

/**
 * A row's reason in the reader's language: ours as `sendReason.<code>` (the English the row
 * carries when the code is unknown or a value is missing), the provider's words as they came
 * with the provider's own code beside them. Null when the row gives no reason.
 */
export function sendReasonText(tr: Translator, row: RowReason): { readonly text: string; readonly providerCode: string | null } | null {
  const english = row.reviewReason ?? row.errorMessage;
  if (row.reasonCode !== null) return { text: reasonText(tr, row.reasonCode, row.reasonParams ?? {}, english ?? ''), providerCode: null };
  if (english === null && row.errorCode === null) return null;
  return { text: english ?? '', providerCode: row.errorCode };
}

/** One reason of ours; a quoted answer that is ours too (`answerCode`, values under `answer_`) said first. */
function reasonText(tr: Translator, code: string, params: ReasonParams, english: string): string {
  const values: Record<string, string | number> = {};
  const quoted: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.startsWith('answer_')) quoted[name.slice('answer_'.length)] = value;
    else values[name] = value;
  }
  const answerCode = params['answerCode'];
  const answer = params['answer'];
  if (typeof answerCode === 'string' && typeof answer === 'string') values['answer'] = reasonText(tr, answerCode, quoted, answer);
  return tr.maybe(`sendReason.${code}`, values) ?? english;
}
