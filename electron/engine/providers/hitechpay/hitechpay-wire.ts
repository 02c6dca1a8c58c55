/**
 * HiTechPAY wire facts (seeds "disbursement/topup" and "refund"; PROVIDERS.md "HiTechPAY").
 * The txn-status path is ZaloPay's and may differ on HiTechPAY: it is a setting-shaped
 * constant here. The refund answers follow ZaloPay's (our reading).
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
  notFound: -101,
  badParams: -401,
  unauthorized: -402,
  fundInLimit: -406,
  rateLimit: -429,
  systemError: -500,
  maintenance: -503,
} as const;

/** return_code 2 with these is a definite no; other sub codes may hide a payout: query. */
export const definiteNoSubCodes: ReadonlySet<number> = new Set([subCodes.notFound, subCodes.badParams, subCodes.unauthorized, subCodes.fundInLimit]);

/** `yymmdd_appid_xxx`, today's date in Vietnam (GMT+7), as the refund id must be. */
export function refundId(appId: string, suffix: string, now: Date = new Date()): string {
  return `${new Date(now.getTime() + 7 * 3600_000).toISOString().slice(2, 10).replaceAll('-', '')}_${appId}_${suffix}`;
}
