import type { Writable } from 'node:stream';
import type { Utf8Bytes } from './utf8-bytes.js';

/** Output goes out in pieces of about this many bytes: one write per piece, not per row. */
const pieceBytes = 256 * 1024;

export type JsonObjectWriter = {
  /** A key and its value, pretty-printed; an undefined value is left out, as JSON.stringify does. */
  field(key: string, value: unknown): Promise<void>;
  /** A key whose value is an array written item by item, one item per line. */
  list<T>(key: string, items: Iterable<T>, toJson: (item: T) => Utf8Bytes): Promise<void>;
  end(): Promise<void>;
};

/**
 * One JSON object written to `out` as it is produced, so a 100,000-row report never exists as
 * one string: rows go out in pieces, and when `out` is full the writer waits for it to drain.
 */
export function writeJsonObject(out: Writable): JsonObjectWriter {
  const bytes = byteWriter(out);
  let keys = 0;

  function key(name: string): string {
    keys += 1;
    return `${keys === 1 ? '{\n' : ',\n'}  ${JSON.stringify(name)}: `;
  }

  return {
    async field(name, value) {
      const json = JSON.stringify(value, null, 2);
      if (json === undefined) return;
      if (bytes.add(key(name) + json.replaceAll('\n', '\n  '))) await bytes.drained();
    },
    async list(name, items, toJson) {
      bytes.add(`${key(name)}[`);
      let count = 0;
      for (const item of items) {
        count += 1;
        // The separator is ASCII, so with the item's bytes it is bytes still.
        const line = `${count === 1 ? '\n    ' : ',\n    '}${toJson(item)}` as Utf8Bytes;
        if (bytes.addUtf8Bytes(line)) await bytes.drained();
      }
      if (bytes.add(count === 0 ? ']' : '\n  ]')) await bytes.drained();
    },
    async end() {
      bytes.add(keys === 0 ? '{}\n' : '\n}\n');
      bytes.ship();
      await bytes.drained();
    },
  };
}

/**
 * Texts encoded as UTF-8 straight into a piece of bytes, written when the next text would not
 * fit: joining 100,000 row strings and then encoding the result took as long again as making
 * them. `add` answers true when `out` is full and the caller should wait for `drained`.
 */
function byteWriter(out: Writable) {
  let piece = Buffer.allocUnsafe(pieceBytes);
  let used = 0;
  let full = false;

  function ship(): void {
    if (used === 0) return;
    if (!out.write(piece.subarray(0, used))) full = true;
    used = 0;
    // The piece is filled again once the OS has the bytes: 44 MB of report then pass through
    // one piece instead of leaving 170 for the garbage collector (100 MB more at the peak).
    // process.stdout hands a write to the OS before returning (a file or a Linux pipe always,
    // anything else when it can), and has nothing queued then; another stream, such as a
    // test's, may keep the chunk it was given.
    if (out !== process.stdout || out.writableLength > 0) piece = Buffer.allocUnsafe(pieceBytes);
  }

  function room(bytes: number): void {
    if (bytes <= piece.length - used) return;
    ship();
    if (bytes > piece.length) piece = Buffer.allocUnsafe(bytes);
  }

  return {
    add(text: string): boolean {
      // A UTF-16 code unit never takes more than 3 bytes in UTF-8.
      room(text.length * 3);
      used += piece.write(text, used, 'utf8');
      return full;
    },
    /** Text that is UTF-8 bytes already, one per character: copied, not encoded. */
    addUtf8Bytes(text: Utf8Bytes): boolean {
      room(text.length);
      used += piece.write(text, used, 'latin1');
      return full;
    },
    ship,
    async drained(): Promise<void> {
      if (!full) return;
      full = false;
      await drain(out);
    },
  };
}

/** Resolves when `out` can take more; rejects if it fails or closes first (a reader gone away). */
function drain(out: Writable): Promise<void> {
  const gone = (): Error => out.errored ?? new Error('the output was closed before everything was written');
  // Destroyed already: its 'error' and 'close' have been and will not come again.
  if (out.destroyed) return Promise.reject(gone());
  return new Promise((resolve, reject) => {
    const settle = (error?: Error): void => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = (): void => settle();
    const onError = (error: Error): void => settle(error);
    const onClose = (): void => settle(gone());
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}
