/**
 * SmilePayz as its public pages describe it, written for the simulator alone (never from the
 * client's tables, so a misreading cannot pass both sides). Sources: the VN pay-out page
 * (shared/seeds/smilepayz-payout.txt), SmilePayz's inquiry-status and inquiry-balance pages for
 * other regions (no Vietnam page found), its transaction-status table, and its demo code.
 */
export const simPaths = {
  payout: '/v2.0/disbursement/pay-out',
  status: '/v2.0/inquiry-status',
  balance: '/v2.0/inquiry-balance',
} as const;

/** "Must be current server time within ±5 minutes". */
export const timestampToleranceMs = 5 * 60_000;

/**
 * `yyyy-MM-ddTHH:mm:ss±HH:mm` as documented, and `Z`, which SmilePayz's own Java demo sends
 * (`ZonedDateTime` in UTC formatted with `XXX`).
 */
export const timestampPattern = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/;

/** The seed's answer example: "00" is success, "Other codes" are errors. */
export const successCode = '00';

/**
 * OUR READING: SmilePayz publishes no error table, so every error code this simulator answers is
 * its own invention. The client must read any of them as "query before deciding" (unknown), never
 * as a definite no or as "no such order"; listed in README.md beside this file.
 */
export const simErrorCodes = {
  badRequest: '40',
  badSignature: '41',
  badTimestamp: '42',
  unknownPartner: '43',
  /** Duplicate orderNo: SmilePayz only says orderNo "must be unique"; what it answers is unpublished. */
  duplicateOrder: '23',
  /** Status of an order it does not have: unpublished. */
  orderNotFound: '14',
  balanceAccountNotFound: '15',
  insufficientBalance: '51',
} as const;

/** Transaction states (SmilePayz "Transaction Status" table and the pay-out page's examples). */
export const simStatus = { processing: 'PROCESSING', success: 'SUCCESS', failed: 'FAILED' } as const;

/** inquiry-status `tradeType`: 1 pay-in, 2 pay-out. */
export const payoutTradeType = 2;

/**
 * The merchant's account number for inquiry-balance, from the back office; the pay-out page's
 * answer example shows `merchant.accountNo` "2000124234782342". A simulator run may set another.
 */
export const exampleMerchantAccountNo = '2000124234782342';

/** "Range: 50000-5000000 For reference only; actual limits may vary by downstream channel." */
export const referenceAmountRange = { min: 50_000, max: 5_000_000 } as const;

/**
 * Checks SmilePayz's pages do not make, each off unless a test or a Practice run asks for it:
 * a real channel may refuse these, and our client must survive it.
 */
export type SmilepayzSimStrictness = {
  /** Refuse amounts outside the reference range, as a channel that enforces it would. */
  readonly amountRange: boolean;
  /** Refuse receiver phones not written 84 + 9 digits (the page says only "UTF-8 encoded string"; its own example is 84 + 10). */
  readonly phone84: boolean;
};

export const docsStrictness: SmilepayzSimStrictness = { amountRange: false, phone84: false };
