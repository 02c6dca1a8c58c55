/** How patient the runner is. Tests shorten the waits; the defaults are for real providers. */
export type SendPolicy = {
  /** Payout requests per row before a retryable refusal becomes final. */
  readonly maxSendAttempts: number;
  readonly retryBaseMs: number;
  readonly retryMaxMs: number;
  /** First status query after an accepted or unclear answer, doubling up to `pollMaxMs`. */
  readonly pollBaseMs: number;
  readonly pollMaxMs: number;
  /**
   * How long a row may stay `unknown` (no definite answer, no documented "no such order")
   * before a person is asked to look in the provider's portal.
   */
  readonly unknownWindowMs: number;
  readonly maxUnknownQueries: number;
  /** How long a row the provider accepted may stay processing before a person is asked to look. */
  readonly acceptedWindowMs: number;
};

export const defaultSendPolicy: SendPolicy = {
  maxSendAttempts: 5,
  retryBaseMs: 1_000,
  retryMaxMs: 60_000,
  pollBaseMs: 1_000,
  pollMaxMs: 300_000,
  unknownWindowMs: 30 * 60_000,
  maxUnknownQueries: 30,
  acceptedWindowMs: 24 * 60 * 60_000,
};

/**
 * The policy with PAYBATCH_SEND_POLICY's overrides (JSON, e.g. {"pollBaseMs":50}): the crash
 * test and the benchmark run whole processes, which cannot be handed a policy any other way.
 */
export function sendPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): SendPolicy {
  const text = env['PAYBATCH_SEND_POLICY'];
  if (!text) return defaultSendPolicy;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return defaultSendPolicy;
  }
  const overrides: Partial<Record<keyof SendPolicy, number>> = {};
  if (parsed && typeof parsed === 'object') {
    for (const key of Object.keys(defaultSendPolicy) as Array<keyof SendPolicy>) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) overrides[key] = value;
    }
  }
  return { ...defaultSendPolicy, ...overrides };
}
