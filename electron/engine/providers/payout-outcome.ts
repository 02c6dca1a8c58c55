import type { ReasonParams } from '../../../shared/send/send-contract.js';

/**
 * Paybatch's own words about an outcome, as opposed to the provider's: a stable code and its
 * values, said to the reader as `sendReason.<code>` (shared/i18n/messages/send-reasons.ts). The
 * outcome's English `message` or `reason` stays what the journal, the log and the JSON say.
 */
export type OwnReason = { readonly code: string; readonly params: ReasonParams };

/**
 * What one provider response means for a row. `unknown` is anything that may have reached the
 * provider without a definite answer: such a row is never sent again until a status query
 * says the provider has no such order (`not_found`).
 */
export type PayoutOutcome =
  | { readonly kind: 'accepted'; readonly providerRef: string | null }
  | { readonly kind: 'succeeded'; readonly providerRef: string | null }
  /** Accepted earlier, then failed at the provider: not paid. */
  | { readonly kind: 'failed'; readonly code: string; readonly message: string; readonly own?: OwnReason }
  /** A definite no before anything was paid. */
  | { readonly kind: 'rejected'; readonly code: string; readonly message: string; readonly own?: OwnReason }
  | { readonly kind: 'unknown'; readonly reason: string; readonly needsReview?: boolean; readonly own?: OwnReason }
  /** Status queries only: the provider has no order with this id. */
  | { readonly kind: 'not_found' };

export type BalanceResult = { readonly ok: true; readonly balanceMinor: number } | { readonly ok: false; readonly reason: string };

export type NameInquiry = { readonly kind: 'found'; readonly name: string } | { readonly kind: 'not_found'; readonly message: string } | { readonly kind: 'unknown'; readonly reason: string };

/** One payout, as approved: the order id is fixed and reused on every retry. */
export type PayoutOrder = {
  readonly orderId: string;
  readonly amountMinor: number;
  readonly name: string | null;
  readonly accountNo: string | null;
  readonly accountType: string | null;
  readonly bankCode: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly description: string;
  readonly partnerUserId: string | null;
  /**
   * Who the checks before sending found holds the account or wallet, and the accountant kept
   * (null: nothing to hold it to). A provider whose payout looks the holder up first refuses
   * to pay anyone else: a phone that changed hands since the check is not paid.
   */
  readonly holder?: string | null;
  /** Refunds: the payment refunded (HiTechPAY's zp_trans_id) and the fee kept back, if any. */
  readonly transactionId?: string | null;
  readonly refundFeeMinor?: number | null;
};

export type ProviderClient = {
  payout(order: PayoutOrder): Promise<PayoutOutcome>;
  status(orderId: string): Promise<PayoutOutcome>;
  balance(): Promise<BalanceResult>;
  inquireName?(order: Pick<PayoutOrder, 'orderId' | 'accountNo' | 'accountType' | 'bankCode' | 'phone'>): Promise<NameInquiry>;
};

/** What sends a refund batch: the refund and its status query in the runner's terms, and each row's refund id. */
export type RefundSender = {
  readonly client: ProviderClient;
  /** The id to send a row with (`neverSent`: no request ever left with its stored id). */
  readonly idToSend: (stored: string, neverSent: boolean, now: Date) => string;
};
