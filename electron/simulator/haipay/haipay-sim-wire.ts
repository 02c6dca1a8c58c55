/**
 * HaiPay as its own pages describe it (seed "thb/pay/apply", PROVIDERS.md "HaiPay", the query
 * pages' examples, the FAQ), written apart from our client so that a misreading on one side
 * shows as a failing test instead of passing both. Values are literal on purpose.
 */
export const simPaths = { apply: '/thb/pay/apply', query: '/thb/pay/query', ledger: '/thb/account/ledger' } as const;

export const simEnvelope = { normal: '1', exception: '0', okError: '00000000' } as const;

/**
 * The one error HaiPay shows (FAQ). Our reading: a bankCode HaiPay has no channel for gets it,
 * and nothing is created.
 */
export const channelCodeMissing = { error: '4002', msg: 'system:channel code does not exist' } as const;

/**
 * HaiPay publishes no other error codes. These are the simulator's stand-ins, not HaiPay's:
 * a client that knows them is reading the simulator, not HaiPay, and must treat them as unknown.
 */
export const standInErrors = {
  badParams: '9400',
  badAppId: '9401',
  badSign: '9403',
  orderNotFound: '9404',
  duplicateOrder: '9409',
  insufficientBalance: '9412',
} as const;

/** Query `data.status`: 2 success, 3 failure (PROVIDERS.md). 1 for pending is our reading (the TRY query example shows a fresh order as 1). */
export const simOrderStatus = { pending: 1, success: 2, failure: 3 } as const;

/** The seed's field rules for pay/apply, as written there. */
export const applyRules = {
  orderIdMax: 48,
  amount: /^\d+\.\d{2}$/,
  accountTypes: ['EWALLET', 'BANK_ACCOUNT'],
  nameMax: 30,
  name: /^[A-Za-z\s'.-]+$/,
  phone: /^0\d{9}$/,
  partnerUserId: /^[A-Za-z0-9\-~!@#$%&*()_]+$/,
} as const;
