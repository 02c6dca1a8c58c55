/**
 * HaiPay wire facts (seed "thb/pay/apply", PROVIDERS.md "HaiPay"). The error codes are not
 * published; the ones here are our reading, shared by client and simulator.
 */
export const haipayPaths = { apply: '/thb/pay/apply', query: '/thb/pay/query', ledger: '/thb/account/ledger' } as const;

export const haipayErrors = {
  ok: '00000000',
  params: '10000001',
  signature: '10000002',
  notFound: '10000004',
  insufficientBalance: '10000005',
  duplicate: '10000006',
} as const;

/** Apply errors that are a definite no; any other exception is resolved by a query. */
export const definiteNoErrors: ReadonlySet<string> = new Set([haipayErrors.params, haipayErrors.signature, haipayErrors.insufficientBalance]);

/** Query `data.status`: 2 success and 3 failure are final; anything else is still pending. */
export const haipayStatus = { success: 2, failure: 3 } as const;

/** Satang → "1234.50": HaiPay wants two decimals and no separators. */
export function haipayAmount(minor: number): string {
  return `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

export function minorOfHaipayAmount(text: unknown): number | null {
  return typeof text === 'string' && /^\d+\.\d{2}$/.test(text) ? Number(text.replace('.', '')) : null;
}
