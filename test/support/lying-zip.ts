import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { joinParts } from './bad-workbooks.js';

/**
 * A workbook whose one sheet inflates to `megabytes` of well-formed rows while its zip
 * directory says every entry is `claimedBytes` long: the declared sizes pass any check of the
 * directory, only counting what really comes out of the inflater stops it.
 */
export function workbookLyingAboutSize(megabytes: number, claimedBytes = 1000): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const add = (name: string, write: (push: (text: string) => void) => void): void => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    write((text) => entry.push(strToU8(text)));
    entry.push(new Uint8Array(0), true);
  };
  add('xl/workbook.xml', (push) =>
    push('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  );
  add('xl/_rels/workbook.xml.rels', (push) =>
    push('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
  );
  add('xl/worksheets/sheet1.xml', (push) => {
    push('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
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
    push(`${rows}</sheetData></worksheet>`);
  });
  zip.end();
  const bytes = joinParts(parts);
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
