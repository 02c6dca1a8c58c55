/**
 * AppotaPay as its own pages describe it (seed "transfer/make", PROVIDERS.md "AppotaPay",
 * docs.appotapay.com firm-banking/transaction-status, /security, /error-code), written apart from
 * our client so that a misreading on one side shows as a failing test instead of passing both.
 * Values are literal on purpose. What the pages leave open is marked "our reading" and listed in
 * README.md beside this file.
 */
export const simPaths = {
  transfer: '/api/v1/service/transfer/make',
  statusPrefix: '/api/v1/service/transfer/transaction/',
  accountInfo: '/api/v1/service/transfer/bank/account/info',
  balance: '/api/v1/service/accounts/balance',
} as const;

/** The error-code page, with its own Vietnamese messages. */
export const simErrors = {
  success: { errorCode: 0, message: 'Thành công' },
  badRequest: { errorCode: 1, message: 'Thông tin yêu cầu thiếu hoặc không hợp lệ' },
  badSignature: { errorCode: 2, message: 'Signature không hợp lệ' },
  insufficientBalance: { errorCode: 12, message: 'Số dư không đủ' },
  duplicate: { errorCode: 31, message: 'Mã giao dịch bị trùng' },
  badAmount: { errorCode: 32, message: 'Số tiền không hợp lệ' },
  failed: { errorCode: 33, message: 'Giao dịch không thành công' },
  pending: { errorCode: 35, message: 'Giao dịch đang chờ xử lý vui lòng kiểm tra lại sau' },
  notFound: { errorCode: 36, message: 'Giao dịch không tồn tại' },
  accountLength: { errorCode: 160, message: 'Số tài khoản/số thẻ bắt buộc có độ dài từ 3 đến 22 ký tự' },
  accountType: { errorCode: 163, message: 'Loại tài khoản không chính xác' },
  accountNameFormat: { errorCode: 168, message: 'Account name sai định dạng' },
  bankNotSupported: { errorCode: 190, message: 'Mã ngân hàng không hỗ trợ' },
  feePayer: { errorCode: 194, message: 'Người chịu phí chuyển tiền không hợp lệ' },
  wrongAccount: { errorCode: 200, message: 'Thông tin tên/số tài khoản/số thẻ không đúng' },
} as const;

export type SimError = (typeof simErrors)[keyof typeof simErrors];

/** Fields each signed answer's signature covers, sorted as the security page sorts them. */
export const simSignedFields = {
  transfer: ['amount', 'appotapayTransId', 'errorCode', 'time', 'transferAmount'],
  status: ['amount', 'appotapayTransId', 'errorCode', 'time', 'transferAmount'],
  accountInfo: ['accountName', 'accountNo', 'errorCode'],
} as const;

/** The seed's field rules for transfer/make, as written there. */
export const transferRules = {
  accountNoLength: { min: 3, max: 22 },
  accountTypes: ['account', 'card'],
  accountName: /^[A-Za-z0-9 .\-,_&]+$/,
  feeTypes: ['payer', 'receiver'],
  messageMax: 100,
  message: /^[A-Za-z0-9 ]*$/,
  /** "When paying on behalf of Citad, bankId is required." */
  citadChannel: 'citad',
} as const;

/**
 * Our reading, simulator only: what AppotaPay takes from the receiver when `feeType` is
 * "receiver" (the fee is per contract and not published). It makes `transferAmount` smaller than
 * `amount`, as the transfer page says it will be.
 */
export const simulatedReceiverFeeMinor = 3_300;

/** Transfer answers write `time` as d-m-Y H:i:s (GMT+7); status answers as integer seconds. */
export function transferTime(ms: number): string {
  const d = new Date(ms + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}-${two(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

export function statusTime(ms: number): number {
  return Math.floor(ms / 1000);
}
