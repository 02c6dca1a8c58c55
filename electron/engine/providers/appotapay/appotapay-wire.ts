/**
 * AppotaPay's wire facts in one place (PROVIDERS.md "AppotaPay"; seed transfer/make). The
 * status and balance answers are not in the public pages: their shape here is our reading,
 * shared by the client and the simulator, so a correction is a change in this file only.
 */
export const appotapayPaths = {
  transfer: '/api/v1/service/transfer/make',
  status: (partnerRefId: string) => `/api/v1/service/transfer/transaction/${encodeURIComponent(partnerRefId)}`,
  accountInfo: '/api/v1/service/transfer/bank/account/info',
  balance: '/api/v1/service/accounts/balance',
} as const;

export const appotapayCodes = {
  success: 0,
  pending: 35,
  duplicate: 31,
  notFound: 36,
  insufficientBalance: 12,
  params: 1,
  signature: 2,
  badAmount: 32,
  failed: 33,
  busy: 91,
  undefinedError: 99,
  systemError: 500,
} as const;

/** Codes that mean the provider may have the transfer: query, never resend with a new id. */
export const ambiguousCodes: ReadonlySet<number> = new Set([31, 35, 91, 99, 500]);

/** Codes that are a definite no: nothing was paid. */
export const definiteNoCodes: ReadonlySet<number> = new Set([1, 2, 12, 32, 33, 36, 42, 43, 44, 160, 161, 162, 163, 164, 165, 166, 167, 168, 170, 190, 192, 193, 200]);

/** Status answer: `transaction.status` is one of these. */
export type AppotapayTransferStatus = 'success' | 'processing' | 'failed';
