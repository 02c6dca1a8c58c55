/**
 * HiTechPAY as its pages and ZaloPay's spec (zalopay-oss/zalopay-nodejs specs/zlp.yaml) describe
 * it, written apart from our client so that a misreading on one side fails a test instead of
 * passing both. Values are literal on purpose.
 */
export const simPaths = {
  user: '/disbursement/user',
  topup: '/disbursement/topup',
  txn: '/disbursement/txn',
  balance: '/disbursement/balance',
  refund: '/refund',
  queryRefund: '/query_refund',
} as const;

export type FieldType = 'integer' | 'string';

/** Each call's required fields and their types (the spec's `required` lists), and the fields its mac covers, in order. */
export const simCalls = {
  user: { required: { app_id: 'integer', phone: 'string', time: 'integer', mac: 'string' }, mac: ['app_id', 'phone', 'time'], clock: 'time' },
  topup: {
    required: { app_id: 'integer', payment_id: 'string', partner_order_id: 'string', m_u_id: 'string', amount: 'integer', description: 'string', partner_embed_data: 'string', extra_info: 'string', time: 'integer', sig: 'string' },
    mac: ['app_id', 'payment_id', 'partner_order_id', 'm_u_id', 'amount', 'description', 'partner_embed_data', 'extra_info', 'time'],
    clock: 'time',
  },
  txn: { required: { app_id: 'integer', partner_order_id: 'string', time: 'integer', mac: 'string' }, mac: ['app_id', 'partner_order_id', 'time'], clock: 'time' },
  balance: { required: { app_id: 'integer', payment_id: 'string', time: 'integer', mac: 'string' }, mac: ['app_id', 'payment_id', 'time'], clock: 'time' },
  refund: {
    required: { app_id: 'integer', m_refund_id: 'string', zp_trans_id: 'string', amount: 'integer', timestamp: 'integer', description: 'string', mac: 'string' },
    mac: ['app_id', 'zp_trans_id', 'amount', 'description', 'timestamp'],
    clock: 'timestamp',
  },
  queryRefund: { required: { app_id: 'integer', m_refund_id: 'string', timestamp: 'integer', mac: 'string' }, mac: ['app_id', 'm_refund_id', 'timestamp'], clock: 'timestamp' },
} as const satisfies Record<string, { required: Record<string, FieldType>; mac: readonly string[]; clock: string }>;

/** A refund with a fee signs the fee too, after the amount (PROVIDERS.md). */
export const refundWithFeeMac = ['app_id', 'zp_trans_id', 'amount', 'refund_fee_amount', 'description', 'timestamp'] as const;

export const simReturn = { success: 1, fail: 2, processing: 3 } as const;
export const simTopupStatus = { success: 1, fail: 2, processing: 3, pending: 4 } as const;

/** Sub codes as the spec lists them for each call. */
export const simSub = {
  ok: 1,
  duplicate: -68,
  userNotExists: -101,
  orderNotFound: -101,
  /** query_refund: "Hoàn tiền thành công. Chủ thẻ ATM, Thẻ VISA/Master/JCB sẽ được hoàn tiền trong 3-5 ngày làm việc." */
  refundedToCard: -101,
  paramIllegal: -401,
  unauthorized: -402,
} as const;

export const refundedToCardMessage = 'Hoàn tiền thành công. Chủ thẻ ATM, Thẻ VISA/Master/JCB sẽ được hoàn tiền trong 3-5 ngày làm việc.';

/**
 * How far a request's `time`/`timestamp` may be from the simulator's clock. The disbursement and
 * refund calls give none; 15 minutes is the limit ZaloPay's spec gives its other calls
 * (`app_time`, `req_date`): our reading.
 */
export const requestFreshnessMs = 15 * 60_000;

/** `m_refund_id` = `yymmdd_appid_xxx`, with today's date in Vietnam (GMT+7). */
export const vietnamOffsetMs = 7 * 3_600_000;

/** A payment made by card: its refund is answered with the spec's -101 ("refunded, 3–5 days to the card"). */
export const refundToCardTransId = '231121000101';

/**
 * Answers the pages do not give, so the simulator's own: a failed refund, an m_refund_id it
 * never saw (-401, so a client can only ask again), a merchant balance too small (-401), a
 * refund of a zp_trans_id with no payment behind it, and a refund above what remains of the
 * captured amount. The last two are -401 because a client reads 2/-401 on a refund as a definite
 * no; -101 (ZaloPay's "not found" elsewhere) would read as "refunded" on this call.
 */
export const standIns = {
  refundFailedSub: -2,
  unknownRefundSub: -401,
  balanceTooLowSub: -401,
  noSuchPaymentSub: -401,
  refundAboveCapturedSub: -401,
} as const;

/**
 * zp_trans_id: a string in the refund request, int64 in the order answers (ZaloPay's spec), so a
 * transaction code is 1 to 19 digits no greater than int64's maximum.
 */
export const zpTransIdPattern = /^\d{1,19}$/;
export const zpTransIdMax = 9_223_372_036_854_775_807n;

/**
 * Checks stricter than the spec, each off unless a test turns it on.
 * `strictPhone`: the user lookup takes only `0` + 9 digits (the spec says "the user's phone";
 * by default the 84 form finds the same wallet).
 */
export type HitechpayStrictness = { readonly strictPhone: boolean };
export const defaultStrictness: HitechpayStrictness = { strictPhone: false };
