/**
 * Values every simulator treats specially, so tests and Practice mode can walk the not-found
 * and mismatch paths. Every other well-formed phone is a wallet, every account exists and every
 * well-formed zp_trans_id is a captured payment.
 */
export const reserved = {
  /** HiTechPAY: no wallet for this phone (sub_return_code -101). */
  phoneWithoutWallet: '0900000404',
  /** HiTechPAY: top-ups to this phone are held for manual handling (status 4). */
  phoneHeldForReview: '0900000444',
  /** HiTechPAY: this phone's wallet holder is `mismatchedName`, for the name-mismatch path. */
  phoneOfOtherName: '0900000409',
  /** HiTechPAY: a well-formed zp_trans_id with no payment behind it: a refund of it is refused. */
  zpTransWithoutPayment: '231121000404',
  /** HiTechPAY: a payment that captured only `smallCapturedMinor`, for the refund-above-captured path. */
  zpTransOfSmallCapture: '231121000100',
  smallCapturedMinor: 100_000,
  /** A bank account that does not exist (AppotaPay 36 / name inquiry not found). */
  missingAccount: '404404404',
  /** An account whose holder's name differs from any name in a sheet. */
  mismatchedAccount: '409409409',
  mismatchedName: 'TEN KHAC HAN',
  /** The name the simulators report for every other account or wallet. */
  holderName: 'NGUYEN VAN AN',
} as const;
