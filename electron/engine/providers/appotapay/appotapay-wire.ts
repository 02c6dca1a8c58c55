/**
 * AppotaPay's wire facts for the client (PROVIDERS.md "AppotaPay"; seed transfer/make;
 * docs.appotapay.com firm-banking/transaction-status, /security, /error-code). What the pages do
 * not say is our reading, named here and listed in electron/simulator/appotapay/README.md.
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
  notFound: 36,
} as const;

/** What an errorCode means for a row: the errorCode table, read once for each call. */
export type CodeMeaning = 'definite_no' | 'ambiguous';

/**
 * Transfer answers: codes that refuse the transfer before anything is paid: request and signature (1, 2), the
 * partner, key or IP refused (11, 13, 14, 23, 92; our reading: refused at the door), balance (12),
 * amount and limits (32, 42–44, 165, 192, 193, 195), account, card and name (160–168, 200), failed
 * (33, 170), bank not supported (190), fee payer, content, service (194, 196, 197).
 * Every other code is ambiguous (AppotaPay may hold the transfer: query, never a new id):
 * duplicate 31, pending 35, maintenance 40/41, busy 91, undefined 99, system 500, any code not in
 * the table, and the bank-side refusals 2004–2025 (the error page marks in red the codes that
 * need a status query, and which ones are red does not survive in its text).
 */
const transferDefiniteNo = [1, 2, 11, 12, 13, 14, 23, 32, 33, 42, 43, 44, 92, 160, 161, 163, 165, 166, 168, 170, 190, 192, 193, 194, 195, 196, 197, 200];

export function transferCodeMeaning(code: number): CodeMeaning {
  return transferDefiniteNo.includes(code) ? 'definite_no' : 'ambiguous';
}

/**
 * The status answer has no status field: its errorCode is the transfer's state (0 success,
 * 35 pending, 36 no such transfer). Our reading of the rest: a code that describes the transfer
 * itself (failed, refused by the bank, limits, account) means it failed; a code about the query
 * (request, key, partner, IP, busy, maintenance, undefined) says nothing about the transfer.
 */
const statusFailed = [12, 32, 33, 42, 43, 44, 160, 161, 163, 165, 166, 168, 170, 190, 192, 193, 194, 195, 196, 200, 2004, 2005, 2006, 2007, 2008, 2009, 2025];

export function statusCodeMeaning(code: number): 'failed' | 'ambiguous' {
  return statusFailed.includes(code) ? 'failed' : 'ambiguous';
}

/**
 * Account inquiry: codes that say the account does not exist or does not match (161 invalid
 * account or card number, 200 wrong name/account/card). Our reading: the inquiry page lists no
 * error answers. Every other non-zero code leaves the name unknown.
 */
export const noSuchAccountCodes: readonly number[] = [161, 200];
