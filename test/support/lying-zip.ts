import { streamedWorkbook } from './bad-workbooks.js';

/**
 * A workbook whose one sheet inflates to `megabytes` of well-formed rows while its zip
 * directory says every entry is `claimedBytes` long: the declared sizes pass any check of the
 * directory, only counting what really comes out of the inflater stops it.
 */
export function workbookLyingAboutSize(megabytes: number, claimedBytes = 1000): Uint8Array {
  const bytes = streamedWorkbook((push) => {
    const filler = 'x'.repeat(1000);
    let rows = '';
    for (let row = 1, written = 0; written < megabytes * 1024 * 1024; row += 1) {
      const xml = `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>${filler}</t></is></c></row>`;
      rows += xml;
      written += xml.length;
      if (rows.length > 1024 * 1024) {
        push(rows);
        rows = '';
      }
    }
    push(rows);
  }, 6);
  // Walk the central directory from its end record; each header holds the uncompressed size at offset 24.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('expected a zip without a comment');
  for (let i = 0, at = view.getUint32(end + 16, true); i < view.getUint16(end + 10, true); i += 1) {
    view.setUint32(at + 24, claimedBytes, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
