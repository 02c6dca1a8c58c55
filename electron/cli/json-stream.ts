import type { Writable } from 'node:stream';

/** Text is gathered into pieces of about this many characters: one write per piece, not per row. */
const pieceSize = 64 * 1024;

export type JsonObjectWriter = {
  /** A key and its value, pretty-printed; an undefined value is left out, as JSON.stringify does. */
  field(key: string, value: unknown): Promise<void>;
  /** A key whose value is an array written item by item, one item per line. */
  list<T>(key: string, items: Iterable<T>, toJson: (item: T) => string): Promise<void>;
  end(): Promise<void>;
};

/**
 * One JSON object written to `out` as it is produced, so a 100,000-row report never exists as
 * one string: rows go out in pieces, and when `out` is full the writer waits for it to drain.
 */
export function writeJsonObject(out: Writable): JsonObjectWriter {
  let pending: string[] = [];
  let size = 0;
  let keys = 0;

  /** Returns whether enough is pending to be worth a write. */
  function add(text: string): boolean {
    pending.push(text);
    size += text.length;
    return size >= pieceSize;
  }

  async function flush(): Promise<void> {
    if (size === 0) return;
    const piece = pending.join('');
    pending = [];
    size = 0;
    if (!out.write(piece)) await drained(out);
  }

  function key(name: string): string {
    keys += 1;
    return `${keys === 1 ? '{\n' : ',\n'}  ${JSON.stringify(name)}: `;
  }

  return {
    async field(name, value) {
      const json = JSON.stringify(value, null, 2);
      if (json === undefined) return;
      if (add(key(name) + json.replaceAll('\n', '\n  '))) await flush();
    },
    async list(name, items, toJson) {
      add(`${key(name)}[`);
      let count = 0;
      for (const item of items) {
        count += 1;
        if (add(`${count === 1 ? '\n    ' : ',\n    '}${toJson(item)}`)) await flush();
      }
      add(count === 0 ? ']' : '\n  ]');
    },
    async end() {
      add(keys === 0 ? '{}\n' : '\n}\n');
      await flush();
    },
  };
}

/** Resolves when `out` can take more; rejects if it fails or closes first (a reader gone away). */
function drained(out: Writable): Promise<void> {
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
    const onClose = (): void => settle(new Error('the output was closed before everything was written'));
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}
