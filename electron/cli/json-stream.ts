import type { Writable } from 'node:stream';
import { jsonBytes, type JsonBytes } from './json-bytes.js';

/** Output goes out in pieces of about this many bytes: one write per piece, not per row. */
const pieceBytes = 256 * 1024;

export type JsonObjectWriter = {
  /** A key and its value, pretty-printed; an undefined value is left out, as JSON.stringify does. */
  field(key: string, value: unknown): Promise<void>;
  /** A key whose value is an array written item by item, one item per line, by `write`. */
  list<T>(key: string, items: Iterable<T>, write: (item: T, json: JsonBytes) => void): Promise<void>;
  end(): Promise<void>;
};

/**
 * One JSON object written to `out` as it is produced, so a 100,000-row report never exists as
 * one string: rows are encoded into pieces of bytes, and when `out` is full the writer waits
 * for it to drain.
 */
export function writeJsonObject(out: Writable): JsonObjectWriter {
  const bytes = byteWriter(out);
  const json = bytes.json;
  let keys = 0;

  function key(name: string): void {
    keys += 1;
    json.ascii(keys === 1 ? '{\n  ' : ',\n  ');
    json.string(name);
    json.ascii(': ');
  }

  return {
    async field(name, value) {
      const text = JSON.stringify(value, null, 2);
      if (text === undefined) return;
      key(name);
      json.utf8(text.replaceAll('\n', '\n  '));
      await bytes.drained();
    },
    async list(name, items, write) {
      key(name);
      json.ascii('[');
      let count = 0;
      for (const item of items) {
        count += 1;
        json.ascii(count === 1 ? '\n    ' : ',\n    ');
        write(item, json);
        if (bytes.full()) await bytes.drained();
      }
      json.ascii(count === 0 ? ']' : '\n  ]');
      await bytes.drained();
    },
    async end() {
      json.ascii(keys === 0 ? '{}\n' : '\n}\n');
      json.flush();
      await bytes.drained();
    },
  };
}

/**
 * JSON bytes that go to `out` a piece at a time; `full` says when `out` has asked the writer
 * to wait for `drained`.
 */
function byteWriter(out: Writable) {
  let full = false;
  const json = jsonBytes(pieceBytes, (filled) => {
    if (!out.write(filled)) full = true;
    // The piece is filled again once the OS has the bytes: 44 MB of report then pass through
    // one piece instead of leaving 170 for the garbage collector (100 MB more at the peak).
    // process.stdout hands a write to the OS before returning (a file or a Linux pipe always,
    // anything else when it can), and has nothing queued then; another stream, such as a
    // test's, may keep the chunk it was given.
    return out === process.stdout && out.writableLength === 0;
  });
  return {
    json,
    full: (): boolean => full,
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
