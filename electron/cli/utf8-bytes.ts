/**
 * Text already encoded as UTF-8, held one byte per character: a string V8 stores one byte per
 * character, which is copied out as it is. Encoding a row's JSON from its usual form costs five
 * times as much as soon as one character (a Vietnamese name) is beyond Latin-1, and a report
 * is mostly such rows; made of these, only the parts that are not ASCII are encoded, once.
 */
export type Utf8Bytes = string & { readonly utf8Bytes: true };

const notAscii = /[\u0080-\uffff]/;

/** Room for the values of one row (a name, a description); longer texts get their own. */
const scratch = Buffer.allocUnsafe(4096);

export function toUtf8Bytes(text: string): Utf8Bytes {
  // ASCII is its own UTF-8: most values (numbers, account numbers, keys) need no copy.
  if (!notAscii.test(text)) return text as Utf8Bytes;
  if (text.length * 3 > scratch.length) return Buffer.from(text, 'utf8').toString('latin1') as Utf8Bytes;
  return scratch.toString('latin1', 0, scratch.write(text, 0, 'utf8')) as Utf8Bytes;
}

/**
 * What JSON.stringify escapes in a string: the quote, the backslash, control characters and
 * lone surrogates (pairs are sent along, to be safe). A string with none of these is its own
 * JSON body, and JSON.stringify, slow on text beyond Latin-1, is not needed.
 */
const escaped = /[^\x20\x21\x23-\x5b\x5d-\ud7ff\ue000-\uffff]/;

/** Printable ASCII but for the quote and backslash: most account numbers and phones. */
const notPlainAscii = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;

/** JSON.stringify(text) for a string, as UTF-8 bytes. */
export function jsonStringUtf8(text: string): Utf8Bytes {
  if (!notPlainAscii.test(text)) return `"${text}"` as Utf8Bytes;
  return toUtf8Bytes(escaped.test(text) ? JSON.stringify(text) : `"${text}"`);
}

/** JSON.stringify(value), as UTF-8 bytes. */
export function jsonUtf8(value: unknown): Utf8Bytes {
  return toUtf8Bytes(JSON.stringify(value));
}
