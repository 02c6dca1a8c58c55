/**
 * HiTechPAY wire facts (seeds "disbursement/topup" and "refund"; PROVIDERS.md "HiTechPAY";
 * ZaloPay's spec zalopay-oss/zalopay-nodejs specs/zlp.yaml, whose platform HiTechPAY runs on).
 * The txn-status path is ZaloPay's and may differ on HiTechPAY: it is a setting-shaped constant.
 * A sub code means what the spec says it means for that call: -101 is "no wallet" on the user
 * lookup and top-up, "order not found" on txn, and a *successful refund* on query_refund.
 */
export const hitechpayPaths = {
  user: '/disbursement/user',
  topup: '/disbursement/topup',
  txn: '/disbursement/txn',
  balance: '/disbursement/balance',
  refund: '/refund',
  queryRefund: '/query_refund',
} as const;

export const returnCode = { success: 1, fail: 2, processing: 3 } as const;
export const topupStatus = { success: 1, fail: 2, processing: 3, pendingManual: 4 } as const;

export const subCodes = {
  duplicate: -68,
  /** -101 on the user lookup and the top-up. */
  noWallet: -101,
  /** -101 on txn. */
  orderNotFound: -101,
  /** -101 on query_refund: "Hoàn tiền thành công" (a card gets the money in 3–5 working days). */
  refunded: -101,
  badParams: -401,
  unauthorized: -402,
  fundInLimit: -406,
  rateLimit: -429,
  systemError: -500,
  maintenance: -503,
  walletLocked: -1011,
} as const;

/** Top-up: return_code 2 with these is a definite no; other sub codes may hide a payout: query. */
export const topupDefiniteNo: ReadonlySet<number> = new Set([subCodes.noWallet, subCodes.badParams, subCodes.unauthorized, subCodes.fundInLimit]);

/**
 * Refund: return_code 2 with these refused the request itself (ZaloPay's "request param
 * illegal" and "unauthorized" on its other calls; the refund answer lists no sub codes of its
 * own: our reading). -101 is not among them: the spec reads it as refunded.
 */
export const refundDefiniteNo: ReadonlySet<number> = new Set([subCodes.badParams, subCodes.unauthorized]);

/**
 * query_refund: sub codes (and the negative return codes the spec lists there) that say the
 * query could not be answered now, not that the refund failed: unknown, ask again.
 */
export const refundQueryNotAnswered: ReadonlySet<number> = new Set([-32, -33, -34, -35, -43, -88, -135, -301, -401, -402, -403, -405, -429, -500, -503]);

/** `yymmdd_appid_xxx`, today's date in Vietnam (GMT+7), as the refund id must be. */
export function refundId(appId: string, suffix: string, now: Date = new Date()): string {
  return `${new Date(now.getTime() + 7 * 3600_000).toISOString().slice(2, 10).replaceAll('-', '')}_${appId}_${suffix}`;
}
