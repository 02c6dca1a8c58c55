/**
 * Errors cross every boundary as data, with two audiences: `message` is written for the
 * accountant, `detail` is for the log and never shown as the main text.
 */
export type ApiError = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly detail?: string;
  /** What a translated message needs (names, hosts, numbers): never secret, never request text. */
  readonly params?: Readonly<Record<string, unknown>>;
};

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export const errorCodes = [
  'invalid_input',
  /** The request was understood and the answer is no (a batch that cannot be approved). */
  'refused',
  'unknown_method',
  'forbidden',
  'unauthorized',
  'not_found',
  'internal',
  'unavailable',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, detail?: string, params?: ApiError['params']): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message, ...(detail === undefined ? {} : { detail }), ...(params === undefined ? {} : { params }) } };
}

/**
 * Failures of the way a request travels rather than of what it asks, said alike by every
 * transport (engine door, IPC, HTTP host, the page's bridge). Each is `error.<reason>` in the
 * catalogue, its `message` the English there; the keys are quoted so the catalogue test finds them.
 */
export const transportFailures = {
  'request_unknown': { code: 'unknown_method', message: 'Paybatch received a request it does not know. Please update the app.' },
  'request_malformed': { code: 'invalid_input', message: 'Paybatch could not accept this request because some of its data is malformed.' },
  'internal_error': { code: 'internal', message: 'Something went wrong inside Paybatch. Nothing was sent; please try again, and if it keeps happening, send the log to support.' },
  'not_from_window': { code: 'forbidden', message: 'This request did not come from the Paybatch window and was refused.' },
  'host_failed': { code: 'internal', message: 'The Paybatch host failed to answer.' },
  'open_from_printed_address': { code: 'unauthorized', message: 'Open Paybatch from the address it printed when it started.' },
  'request_too_large': { code: 'invalid_input', message: 'This request is too large for Paybatch to accept.' },
  'request_unreadable': { code: 'invalid_input', message: 'Paybatch could not read this request.' },
  'not_answering': { code: 'unavailable', message: 'Paybatch is not answering. Check that it is still running, then reload this page.' },
  'answer_not_understood': { code: 'internal', message: 'Paybatch sent an answer this page does not understand. Reload the page.' },
  'no_access_key': { code: 'unauthorized', message: 'This page was opened without its access key. Open Paybatch from the address printed when it started (it ends with #token=…).' },
} as const satisfies Readonly<Record<string, { readonly code: ErrorCode; readonly message: string }>>;

export type TransportFailure = keyof typeof transportFailures;

/** A transport failure as data: its code, its English message and `{ reason }` for a translated one. */
export function transportError(reason: TransportFailure, detail?: string): ApiError {
  const { code, message } = transportFailures[reason];
  return { code, message, ...(detail === undefined ? {} : { detail }), params: { reason } };
}

export function transportFail(reason: TransportFailure, detail?: string): { ok: false; error: ApiError } {
  return { ok: false, error: transportError(reason, detail) };
}
