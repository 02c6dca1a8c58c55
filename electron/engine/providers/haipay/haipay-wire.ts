/**
 * HaiPay wire facts (seed "thb/pay/apply", PROVIDERS.md "HaiPay"). HaiPay publishes no error
 * table: only what its pages show is here, and every other `error` is unknown (query first).
 */
export const haipayPaths = { apply: '/thb/pay/apply', query: '/thb/pay/query', ledger: '/thb/account/ledger' } as const;

export const haipayEnvelope = { normal: '1', exception: '0' } as const;

export const haipayErrors = {
  /** The query pages' examples: `"error": "00000000"` with status "1". */
  ok: '00000000',
  /** FAQ: `{"status":"0","error":"4002","msg":"system:channel code does not exist"}`, a channel configuration error. */
  channelCodeMissing: '4002',
} as const;

/**
 * Apply refusals HaiPay documents: nothing was created, so the row is definitely not paid.
 * An error not listed here may hide a created order: the client answers unknown and queries.
 */
export const definiteNoErrors: ReadonlySet<string> = new Set([haipayErrors.channelCodeMissing]);

/** Query `data.status`: 2 success and 3 failure are final; any other whole number is still pending. */
export const haipayStatus = { success: 2, failure: 3 } as const;

/** Satang → "1234.50": HaiPay wants two decimals and no separators. */
export function haipayAmount(minor: number): string {
  return `${Math.trunc(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

export function minorOfHaipayAmount(text: unknown): number | null {
  return typeof text === 'string' && /^\d+\.\d{2}$/.test(text) ? Number(text.replace('.', '')) : null;
}
