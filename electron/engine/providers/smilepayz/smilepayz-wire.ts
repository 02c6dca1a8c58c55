/**
 * SmilePayz wire facts for the client (seed "pay-out", PROVIDERS.md "SmilePayz", SmilePayz's
 * inquiry and transaction-status pages). Its error table is not published: "00" is the only code
 * with a meaning, and any other is answered by a query, never read as a no.
 */
export const smilepayzPaths = {
  payout: '/v2.0/disbursement/pay-out',
  status: '/v2.0/inquiry-status',
  balance: '/v2.0/inquiry-balance',
} as const;

export const smilepayzOkCode = '00';

/**
 * Codes that, on inquiry-status, mean "no such order": NONE is published, so none is known. A
 * code read as "not found" lets an order be sent again; add one here only from SmilePayz's own
 * documentation or a real answer seen from it.
 */
export const smilepayzOrderNotFoundCodes: ReadonlySet<string> = new Set<string>();

/** inquiry-status `tradeType` for a pay-out. */
export const payoutTradeType = 2;

/**
 * What each transaction status means for a row. SUCCESS, FAILED and CANCELLED are on the pay-out
 * page; INIT, PROCESSING and EXPIRED ("one of failed state") on the status table; REVIEW is what
 * SmilePayz's own demo code expects a pay-out to answer. Any other status is `unknown`.
 */
export const smilepayzStatusMeaning: Readonly<Record<string, 'succeeded' | 'failed' | 'pending'>> = {
  SUCCESS: 'succeeded',
  FAILED: 'failed',
  EXPIRED: 'failed',
  CANCELLED: 'failed',
  INIT: 'pending',
  PROCESSING: 'pending',
  REVIEW: 'pending',
};

/** Receivers' phones go in international form, as in the seed ("84…"): our reading. */
export function smilepayzPhone(national: string | null): string {
  return national && /^0\d{9}$/.test(national) ? `84${national.slice(1)}` : (national ?? '');
}
