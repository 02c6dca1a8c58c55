/**
 * SmilePayz wire facts (seed "pay-out", PROVIDERS.md "SmilePayz"). The error table, duplicate
 * behaviour and the status/balance answers are not published; their shape here is our reading,
 * shared by client and simulator. Any code but "00" on a pay-out means: query before deciding.
 */
export const smilepayzPaths = {
  payout: '/v2.0/disbursement/pay-out',
  status: '/v2.0/inquiry-status',
  balance: '/v2.0/inquiry-balance',
} as const;

export const smilepayzCodes = { ok: '00', notFound: '14', duplicate: '23', badRequest: '40', badSignature: '41', timestampSkew: '42', insufficientBalance: '51' } as const;

export type SmilepayzStatus = 'PROCESSING' | 'SUCCESS' | 'FAILED' | 'EXPIRED' | 'CANCELLED';

/** Receivers' phones go in international form, as in the seed ("84…"). */
export function smilepayzPhone(national: string | null): string {
  return national && /^0\d{9}$/.test(national) ? `84${national.slice(1)}` : (national ?? '');
}

export const timestampToleranceMs = 5 * 60_000;
