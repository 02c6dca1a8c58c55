import type { Agent, request as undiciRequest } from 'undici';
import type { ReasonParams } from '../../../shared/send/send-contract.js';
import type { OwnReason, PayoutOutcome } from './payout-outcome.js';

export type TransportOptions = {
  readonly connectTimeoutMs?: number;
  /** How long to wait for the provider's answer (headers and body each). No provider documents one. */
  readonly responseTimeoutMs?: number;
};

/** `retryAfterMs`: a 429 or 503's Retry-After, when it gave one: how long the provider asks us to wait. */
export type HttpAnswer = { readonly status: number; readonly text: string; readonly retryAfterMs?: number };

/**
 * Whether a failed call may have reached the provider. `not_sent`: the connection was never
 * made (refused, unknown host, connect timeout), so nothing can have been paid.
 * `maybe_sent`: anything after that (timeout waiting, reset): the payout may exist.
 */
export class TransportError extends Error {
  constructor(
    readonly reach: 'not_sent' | 'maybe_sent',
    message: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

// Only errors that can come before a connection exists. EHOSTUNREACH and ENETUNREACH are not
// here: Linux also reports them on a connection already made (a keep-alive socket whose
// retransmissions met an ICMP unreachable), when the request may have arrived.
const notSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** A keep-alive HTTP client for one provider, with connect and response timeouts. */
export function createHttpTransport(options: TransportOptions = {}) {
  const responseTimeout = options.responseTimeoutMs ?? 30_000;
  // undici is loaded on the first call, not when the engine starts: most engines (every
  // `paybatch serve`, every CLI command but send) never call a provider, and loading it costs
  // a tenth of a second of CPU each time.
  let client: Promise<{ agent: Agent; request: typeof undiciRequest }> | null = null;
  const open = () =>
    (client ??= import('undici').then(({ Agent, request }) => ({
      request,
      agent: new Agent({
        keepAliveTimeout: 10_000,
        connect: { timeout: options.connectTimeoutMs ?? 10_000 },
        headersTimeout: responseTimeout,
        bodyTimeout: responseTimeout,
      }),
    })));
  return {
    async send(method: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: string): Promise<HttpAnswer> {
      // Outside the try: failing to load the client means nothing left this machine.
      const { agent, request } = await open();
      try {
        const response = await request(url, { method, headers, body, dispatcher: agent });
        const text = await response.body.text();
        const retryAfterMs = response.statusCode === 429 || response.statusCode === 503 ? retryAfter(response.headers['retry-after']) : undefined;
        return retryAfterMs === undefined ? { status: response.statusCode, text } : { status: response.statusCode, text, retryAfterMs };
      } catch (error) {
        const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
        const cause = error && typeof error === 'object' && 'cause' in error && error.cause && typeof error.cause === 'object' && 'code' in error.cause ? String(error.cause.code) : '';
        const reach = notSentCodes.has(code) || notSentCodes.has(cause) ? 'not_sent' : 'maybe_sent';
        throw new TransportError(reach, `${code || cause || 'network error'}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    close: async () => {
      if (client) await (await client).agent.close();
    },
  };
}

export type HttpTransport = ReturnType<typeof createHttpTransport>;

/** Retry-After as seconds or an HTTP date, in milliseconds from now; capped at ten minutes. */
function retryAfter(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return undefined;
  const seconds = Number(text);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(text) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), 600_000) : undefined;
}

/** A body that is not JSON is an answer we cannot read: the caller treats it as unknown. */
export function parseJson(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The outcome, carrying the code and values of the English it gives. */
export function withOwnReason<T extends Extract<PayoutOutcome, { own?: OwnReason }>>(outcome: T, code: string, params: ReasonParams = {}): T {
  return { ...outcome, own: { code, params } };
}

/** Our code for an outcome's words; null when they are the provider's (or there are none). */
export function ownReasonOf(outcome: PayoutOutcome): OwnReason | null {
  return 'own' in outcome ? (outcome.own ?? null) : null;
}

export type NoAnswer = { kind: 'rejected'; code: string; message: string; own?: OwnReason } | { kind: 'unknown'; reason: string; own?: OwnReason };

/** The outcome for a transport failure: "not sent" is a definite no; anything else is unknown. */
export function outcomeOfTransportError(error: unknown, provider: string): NoAnswer {
  if (error instanceof TransportError && error.reach === 'not_sent') {
    return withOwnReason({ kind: 'rejected', code: 'not_sent', message: `${provider} could not be reached (${error.message}); nothing was sent.` }, 'not_sent', { provider, detail: error.message });
  }
  return { kind: 'unknown', reason: error instanceof Error ? error.message : String(error) };
}

/** A provider's JSON answer, or the outcome of not getting one (and why, for messages). */
export type JsonAnswer = { readonly ok: true; readonly body: Record<string, unknown> } | { readonly ok: false; readonly outcome: NoAnswer; readonly reason: string };

/**
 * One call to a provider: base URL and path joined, the answer parsed. A call that never left
 * is `rejected: not_sent`; one that may have arrived but gave nothing readable is `unknown`.
 */
export async function sendJson(http: HttpTransport, provider: string, method: 'GET' | 'POST', baseUrl: string, path: string, headers: Record<string, string>, body?: string): Promise<JsonAnswer> {
  let answer: HttpAnswer;
  try {
    answer = await http.send(method, `${baseUrl.replace(/\/$/, '')}${path}`, headers, body);
  } catch (error) {
    const outcome = outcomeOfTransportError(error, provider);
    return { ok: false, outcome, reason: outcome.kind === 'rejected' ? outcome.message : outcome.reason };
  }
  const parsed = parseJson(answer.text);
  if (parsed) return { ok: true, body: parsed };
  const reason = `HTTP ${answer.status}: ${answer.text.slice(0, 120)}`;
  return { ok: false, outcome: { kind: 'unknown', reason }, reason };
}
