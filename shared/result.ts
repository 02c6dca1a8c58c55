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
