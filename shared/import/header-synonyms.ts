import type { PayeeField } from './model.js';
import type { Operation } from '../providers/operations.js';
import { headerKey } from './text-normalize.js';

/**
 * Headers accountants actually write, per canonical field: Vietnamese (matched with or without
 * diacritics), Thai and English. Compared after `headerKey`, so case, accents and punctuation
 * do not matter. Order within a field does not matter; a header belongs to one field only.
 */
const synonyms: Readonly<Partial<Record<PayeeField, readonly string[]>>> = {
  name: [
    'Họ và tên', 'Họ tên', 'Tên', 'Tên nhân viên', 'Họ tên nhân viên', 'Nhân viên', 'Người nhận', 'Tên người nhận',
    'Người thụ hưởng', 'Tên người thụ hưởng', 'Chủ tài khoản', 'Tên chủ tài khoản', 'Tên tài khoản', 'Đơn vị thụ hưởng',
    'Full name', 'Name', 'Employee name', 'Employee', 'Beneficiary', 'Beneficiary name', 'Receiver', 'Receiver name',
    'Recipient', 'Recipient name', 'Payee', 'Payee name', 'Account name', 'Account holder', 'Account holder name',
    'ชื่อ', 'ชื่อ-นามสกุล', 'ชื่อ นามสกุล', 'ชื่อนามสกุล', 'ชื่อผู้รับ', 'ชื่อผู้รับเงิน', 'ชื่อบัญชี', 'ชื่อพนักงาน',
  ],
  accountNo: [
    'Số tài khoản', 'STK', 'Số TK', 'Tài khoản', 'TK', 'Số tài khoản nhận', 'Tài khoản nhận', 'Số tài khoản thụ hưởng',
    'Số thẻ', 'Account number', 'Account no', 'Account No.', 'Acc no', 'Account', 'Bank account', 'Bank account number',
    'Card number', 'Beneficiary account', 'เลขที่บัญชี', 'เลขบัญชี', 'หมายเลขบัญชี', 'บัญชี', 'เลขที่บัญชีธนาคาร',
  ],
  accountType: ['Loại tài khoản', 'Loại TK', 'Account type', 'Type', 'ประเภทบัญชี'],
  bank: [
    'Ngân hàng', 'Tên ngân hàng', 'NH', 'Ngân hàng nhận', 'Ngân hàng thụ hưởng', 'Mã ngân hàng', 'Bank', 'Bank name',
    'Bank code', 'Beneficiary bank', 'Wallet', 'Ví', 'ธนาคาร', 'ชื่อธนาคาร', 'รหัสธนาคาร',
  ],
  amount: [
    'Số tiền', 'Thực lĩnh', 'Thực nhận', 'Lương thực lĩnh', 'Lương thực nhận', 'Tổng thực lĩnh', 'Số tiền chuyển',
    'Số tiền thanh toán', 'Giá trị', 'Thành tiền', 'Amount', 'Net pay', 'Net salary', 'Net amount', 'Salary', 'Payout',
    'Payment amount', 'Transfer amount', 'จำนวนเงิน', 'ยอดเงิน', 'เงินเดือน', 'ยอดโอน', 'จำนวนเงินโอน', 'เงินเดือนสุทธิ',
  ],
  phone: [
    'SĐT', 'Số điện thoại', 'Điện thoại', 'ĐT', 'Số ĐT', 'Di động', 'Số di động', 'Phone', 'Phone number', 'Mobile',
    'Mobile number', 'Tel', 'เบอร์โทร', 'เบอร์โทรศัพท์', 'โทรศัพท์', 'เบอร์มือถือ', 'หมายเลขโทรศัพท์',
  ],
  email: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ email', 'Email address', 'อีเมล', 'อีเมล์'],
  description: [
    'Nội dung', 'Nội dung chuyển khoản', 'Nội dung CK', 'Diễn giải', 'Ghi chú', 'Lý do', 'Description', 'Note', 'Notes',
    'Memo', 'Purpose', 'Remark', 'Remarks', 'Message', 'รายละเอียด', 'หมายเหตุ', 'บันทึก',
  ],
  reference: ['Mã tham chiếu', 'Tham chiếu', 'Số chứng từ', 'Mã giao dịch', 'Reference', 'Ref', 'Reference no', 'เลขอ้างอิง', 'อ้างอิง'],
  partnerUserId: [
    'Mã nhân viên', 'MSNV', 'Mã NV', 'Mã số nhân viên', 'Employee ID', 'Employee code', 'Employee no', 'Staff ID', 'User ID',
    'Partner user ID', 'รหัสพนักงาน',
  ],
};

/**
 * A refund sheet, exported from an order system, names the payment refunded and what is given
 * back: these are read over the payout names above, so there "Mã giao dịch" is the transaction
 * refunded, not a payroll reference.
 */
const refundSynonyms: Readonly<Partial<Record<PayeeField, readonly string[]>>> = {
  transactionId: [
    'Mã giao dịch', 'Mã GD', 'Mã giao dịch gốc', 'Mã GD gốc', 'Mã giao dịch ZaloPay', 'Mã GD ZaloPay', 'Mã giao dịch HiTechPAY',
    'Mã GD HiTechPAY', 'Mã thanh toán', 'zp_trans_id', 'zptransid', 'ZaloPay transaction ID', 'HiTechPAY transaction ID',
    'Transaction ID', 'Transaction', 'Trans ID', 'Original transaction', 'Original transaction ID', 'รหัสธุรกรรม',
  ],
  // Not a bare "Phí" or "Fee": an order export's fee column is the payment's, not the refund's.
  refundFee: ['Phí hoàn tiền', 'Phí hoàn', 'Refund fee', 'refund_fee_amount', 'ค่าธรรมเนียมคืนเงิน'],
  amount: ['Số tiền hoàn', 'Số tiền hoàn tiền', 'Số tiền hoàn trả', 'Refund amount', 'Amount to refund', 'Refunded amount', 'จำนวนเงินคืน'],
  description: ['Lý do hoàn tiền', 'Lý do hoàn', 'Nội dung hoàn tiền', 'Refund reason', 'Reason', 'เหตุผลการคืนเงิน'],
  name: ['Khách hàng', 'Tên khách hàng', 'Họ tên khách hàng', 'Customer', 'Customer name', 'ชื่อลูกค้า'],
  reference: ['Mã đơn hàng', 'Mã đơn', 'Số đơn hàng', 'Mã booking', 'Order ID', 'Order', 'Order reference', 'Order no', 'Booking', 'Booking ID', 'Your reference', 'เลขที่คำสั่งซื้อ'],
};

/** Headers that are never a payee field (row numbers): known, so they count towards a header row. */
const ignored = ['STT', 'TT', 'No', 'No.', '#', 'Số thứ tự', 'ลำดับ', 'ลำดับที่'];

type HeaderIndex = {
  readonly byKey: ReadonlyMap<string, PayeeField | 'ignored'>;
  /** Known names of four or more letters by their first and last word, for "known name plus a qualifier" headers. */
  readonly byFirstWord: ReadonlyMap<string, readonly string[]>;
  readonly byLastWord: ReadonlyMap<string, readonly string[]>;
};

function indexOf(tables: ReadonlyArray<Readonly<Partial<Record<PayeeField, readonly string[]>>>>): HeaderIndex {
  const byKey = new Map<string, PayeeField | 'ignored'>();
  // Later tables win: a refund sheet's "Mã giao dịch" is its transaction.
  for (const table of tables) {
    for (const [field, names] of Object.entries(table) as Array<[PayeeField, readonly string[]]>) {
      for (const name of names) byKey.set(headerKey(name), field);
    }
  }
  for (const name of ignored) byKey.set(headerKey(name), 'ignored');
  // Indexed so a cell is compared with a handful of names, not all of them.
  const byFirstWord = new Map<string, string[]>();
  const byLastWord = new Map<string, string[]>();
  for (const known of byKey.keys()) {
    if (known.length < 4) continue;
    const words = known.split(' ');
    for (const [index, word] of [[byFirstWord, words[0]], [byLastWord, words[words.length - 1]]] as const) {
      if (word === undefined) continue;
      index.set(word, [...(index.get(word) ?? []), known]);
    }
  }
  return { byKey, byFirstWord, byLastWord };
}

const indexes: Readonly<Record<Operation | 'refundOnly', HeaderIndex>> = { payout: indexOf([synonyms]), refund: indexOf([synonyms, refundSynonyms]), refundOnly: indexOf([refundSynonyms]) };

/**
 * The field a header names for a sheet of `operation`, 'ignored' for a known non-field (STT),
 * or null when unknown. A payroll sheet never maps a refund's columns. `refundOnly`: by the
 * refund names alone, which say more than the payout names a refund sheet also knows (an
 * order export's "Số tiền" is the payment; its "Số tiền hoàn" is the refund).
 */
export function fieldForHeader(header: string, operation: Operation | 'refundOnly' = 'payout'): PayeeField | 'ignored' | null {
  const { byKey, byFirstWord, byLastWord } = indexes[operation];
  const key = headerKey(header);
  if (key === '') return null;
  const exact = byKey.get(key) ?? byKey.get(key.replace(/\s+/g, ''));
  if (exact) return exact;
  // "Số tiền (VND)", "Amount THB", "Số tài khoản nhận lương": the known name plus a qualifier.
  const stripped = key.replace(/\b(vnd|vnđ|thb|dong|baht|bath)\b/g, '').replace(/\s+/g, ' ').trim();
  if (stripped !== key && byKey.get(stripped)) return byKey.get(stripped) ?? null;
  // The longest known name wins: "so tai khoan nhan luong" is an account, not a "tai khoan".
  const words = key.split(' ');
  const candidates = [...(byFirstWord.get(words[0] ?? '') ?? []), ...(byLastWord.get(words[words.length - 1] ?? '') ?? [])];
  let best: { length: number; field: PayeeField | 'ignored' } | null = null;
  for (const known of candidates) {
    const field = byKey.get(known);
    if (field && (key.startsWith(`${known} `) || key.endsWith(` ${known}`)) && known.length > (best?.length ?? 0)) {
      best = { length: known.length, field };
    }
  }
  return best?.field ?? null;
}
