/**
 * JSON encoded straight into pieces of bytes, as UTF-8: exactly the bytes of JSON.stringify
 * encoded, without its string. JSON.stringify is five times slower on text beyond Latin-1 (a
 * Vietnamese name, every message naming a column), and its result, or any string made of a
 * row's parts, had to be copied again to be encoded; written character by character into the
 * piece, each value is read once and nothing is left for the garbage collector.
 */
export type JsonBytes = {
  /** Text known to be ASCII (keys, punctuation, numbers), written as it is. */
  ascii(text: string): void;
  /** JSON.stringify(text), or null. */
  string(text: string | null): void;
  /**
   * JSON.stringify(text) up to character `end`, without the closing quote: the rest is bytes
   * made before (see issue-json.ts). `end` must not split a surrogate pair.
   */
  stringHead(text: string, end: number): void;
  /** JSON.stringify(text) without its quotes: a piece of a string whose other pieces are bytes made before (see finding-json.ts). */
  inner(text: string): void;
  /** JSON.stringify(value): a finite number as written, anything else null. */
  number(value: number | null): void;
  /** JSON.stringify(value) for data: strings, numbers, booleans, null, arrays, plain objects. */
  value(value: unknown): void;
  /** Bytes encoded once, to be written many times: JSON that repeats from row to row. */
  encoded(bytes: Uint8Array): void;
  /** Any text, as UTF-8. */
  utf8(text: string): void;
};

/** A text longer than this is encoded by Node in one call, measured rather than given 6 bytes a character. */
const longText = 16 * 1024;

/**
 * A writer of JSON into pieces of `pieceBytes`: when a value would not fit, what is written so
 * far goes to `send`, which answers whether the piece may be filled again (its bytes are out).
 */
export function jsonBytes(pieceBytes: number, send: (filled: Buffer) => boolean): JsonBytes & { flush(): void } {
  let piece = Buffer.allocUnsafe(pieceBytes);
  let used = 0;

  function flush(): void {
    if (used === 0) return;
    const reuse = send(piece.subarray(0, used));
    used = 0;
    if (!reuse) piece = Buffer.allocUnsafe(pieceBytes);
  }

  function room(bytes: number): void {
    if (bytes <= piece.length - used) return;
    flush();
    if (bytes > piece.length) piece = Buffer.allocUnsafe(bytes);
  }

  function ascii(text: string): void {
    room(text.length);
    const bytes = piece;
    let at = used;
    for (let i = 0; i < text.length; i += 1) bytes[at++] = text.charCodeAt(i);
    used = at;
  }

  function utf8(text: string): void {
    room(Buffer.byteLength(text, 'utf8'));
    used += piece.write(text, used, 'utf8');
  }

  function string(text: string | null): void {
    if (text === null) return ascii('null');
    if (text.length > longText) return utf8(JSON.stringify(text));
    quoted(text, text.length, true, true);
  }

  function stringHead(text: string, end: number): void {
    if (end > longText) return utf8(JSON.stringify(text.slice(0, end)).slice(0, -1));
    quoted(text, end, true, false);
  }

  function inner(text: string): void {
    if (text.length > longText) return utf8(JSON.stringify(text).slice(1, -1));
    quoted(text, text.length, false, false);
  }

  /** The quote if `open`, then text's first `length` characters escaped and encoded, then the closing quote if `close`. */
  function quoted(text: string, length: number, open: boolean, close: boolean): void {
    // A character takes at most 6 bytes (\u001f, a lone surrogate); a pair takes 4 for two.
    room(length * 6 + 2);
    const bytes = piece;
    let at = used;
    if (open) bytes[at++] = 0x22;
    for (let i = 0; i < length; i += 1) {
      let code = text.charCodeAt(i);
      // Runs of printable ASCII, most of any text, in a loop of their own: a tenth faster.
      while (code >= 0x20 && code < 0x7f && code !== 0x22 && code !== 0x5c) {
        bytes[at++] = code;
        if (++i === length) break;
        code = text.charCodeAt(i);
      }
      if (i === length) break;
      if (code < 0x80) {
        if (code >= 0x20 && code !== 0x22 && code !== 0x5c) bytes[at++] = code;
        else at = escapeAscii(bytes, at, code);
      } else if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else if (code < 0xd800 || code > 0xdfff) {
        bytes[at++] = 0xe0 | (code >> 12);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else {
        const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          bytes[at++] = 0xf0 | (point >> 18);
          bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
          bytes[at++] = 0x80 | (point & 0x3f);
          i += 1;
        } else {
          // A lone surrogate: JSON.stringify writes it as an escape, so the output stays valid UTF-8.
          at = escapeUnit(bytes, at, code);
        }
      }
    }
    if (close) bytes[at++] = 0x22;
    used = at;
  }

  function number(value: number | null): void {
    ascii(value === null || !Number.isFinite(value) ? 'null' : String(value));
  }

  function value(data: unknown): void {
    if (typeof data === 'string') return string(data);
    if (typeof data === 'number') return number(data);
    if (typeof data === 'boolean') return ascii(data ? 'true' : 'false');
    if (data === null) return ascii('null');
    if (typeof data === 'object' && !('toJSON' in data)) {
      if (Array.isArray(data)) return list(data);
      const prototype: unknown = Object.getPrototypeOf(data);
      if (prototype === Object.prototype || prototype === null) return object(data as Record<string, unknown>);
    }
    // Anything else (undefined, a Date, a class) as JSON.stringify has it say itself.
    utf8(JSON.stringify(data) ?? 'null');
  }

  function list(items: readonly unknown[]): void {
    ascii('[');
    for (let i = 0; i < items.length; i += 1) {
      if (i > 0) ascii(',');
      const item = items[i];
      if (skipped(item)) ascii('null');
      else value(item);
    }
    ascii(']');
  }

  function object(data: Record<string, unknown>): void {
    ascii('{');
    let first = true;
    // A plain object's for-in order is its own keys' order, as JSON.stringify takes them.
    for (const key in data) {
      const item = data[key];
      if (skipped(item)) continue;
      if (!first) ascii(',');
      first = false;
      string(key);
      ascii(':');
      value(item);
    }
    ascii('}');
  }

  function encoded(bytes: Uint8Array): void {
    room(bytes.length);
    piece.set(bytes, used);
    used += bytes.length;
  }

  return { ascii, string, stringHead, inner, number, value, encoded, utf8, flush };
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

const shortEscapes: Readonly<Record<number, number>> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72, 0x22: 0x22, 0x5c: 0x5c };

function escapeAscii(bytes: Buffer, at: number, code: number): number {
  const short = shortEscapes[code];
  if (short === undefined) return escapeUnit(bytes, at, code);
  bytes[at] = 0x5c;
  bytes[at + 1] = short;
  return at + 2;
}

/** \uXXXX with lower-case hex digits, as JSON.stringify writes it. */
function escapeUnit(bytes: Buffer, at: number, code: number): number {
  bytes[at] = 0x5c;
  bytes[at + 1] = 0x75;
  for (let shift = 12, i = 2; shift >= 0; shift -= 4, i += 1) bytes[at + i] = hexDigit((code >> shift) & 0xf);
  return at + 6;
}

function hexDigit(value: number): number {
  return value < 10 ? 0x30 + value : 0x57 + value;
}
