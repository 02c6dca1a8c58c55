import { jsonBytes, type JsonBytes } from '../../electron/cli/json-bytes.js';

/** What `write` puts through the CLI's JSON byte writer, as text; in small pieces, so a row crosses several. */
export function jsonWritten(write: (out: JsonBytes) => void): string {
  const pieces: Buffer[] = [];
  const out = jsonBytes(64, (filled) => (pieces.push(Buffer.from(filled)), true));
  write(out);
  out.flush();
  return Buffer.concat(pieces).toString('utf8');
}
