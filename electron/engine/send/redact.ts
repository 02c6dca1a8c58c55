/** Keys whose values sign, authenticate or unlock: never written to the journal. */
const secretKey = /sig|mac|signature|secret|key|token|password|auth|jwt/i;
/** Room enough for any provider's request or answer; a larger body is cut, and says so. */
const maxChars = 8_000;

/**
 * A request or answer body as the journal keeps it: JSON with every signature, key and token
 * replaced by "[redacted]"; anything that is not JSON is kept only as its length.
 */
export function redactedBody(text: string | undefined): string | null {
  if (text === undefined || text === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `[${text.length} characters that are not JSON]`;
  }
  const kept = JSON.stringify(redact(value));
  return kept.length <= maxChars ? kept : `${kept.slice(0, maxChars)}…[cut at ${maxChars} of ${kept.length}]`;
}

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, secretKey.test(key) ? '[redacted]' : redact(item)]));
}

/** A URL without its query string, which may carry a token. */
export function redactedUrl(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? url : `${url.slice(0, at)}?[redacted]`;
}
