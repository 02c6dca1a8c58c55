import ExcelJS from 'exceljs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { handBuiltXlsx } from './hand-built-xlsx.js';

/** A real zip whose one sheet expands from well under 1 MB to `megabytes` of XML. */
export function zipBomb(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const [name, text] of Object.entries(minimalParts())) {
    const entry = new ZipDeflate(name, { level: 1 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  const rows = strToU8('<row><c t="inlineStr"><is><t>0</t></is></c></row>'.repeat(20_000));
  sheet.push(strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  for (let total = 0; total < megabytes * 1024 * 1024; total += rows.length) sheet.push(rows);
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  return joinParts(parts);
}

/**
 * A one-sheet workbook whose sheet is deflated as `writeRows` pushes the XML inside its
 * <sheetData>, never held whole: for sheets of tens of megabytes.
 */
export function streamedWorkbook(writeRows: (push: (xml: string) => void) => void, level: 1 | 6 = 1): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  const add = (name: string, write: (push: (xml: string) => void) => void): void => {
    const entry = new ZipDeflate(name, { level });
    zip.add(entry);
    write((xml) => entry.push(strToU8(xml)));
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
    writeRows(push);
    push('</sheetData></worksheet>');
  });
  zip.end();
  return joinParts(parts);
}

/** The pieces a streamed fflate Zip handed out, as one file. */
function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A small, valid workbook whose directory claims the sheet expands to `bytes`. */
export function workbookClaimingSize(bytes: number): Uint8Array {
  const zip = handBuiltXlsx([{ row: 1, cells: ['Name', 'Amount'] }, { row: 2, cells: ['An', 1] }]);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // Central directory headers (PK\x01\x02) hold the uncompressed size at offset 24.
  for (let i = 0; i + 46 < zip.length; i += 1) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const name = new TextDecoder().decode(zip.subarray(i + 46, i + 46 + nameLength));
    if (name === 'xl/worksheets/sheet1.xml') view.setUint32(i + 24, bytes, true);
  }
  return zip;
}

export async function wideWorkbook(columns: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Wide');
  sheet.getRow(1).values = ['Name', 'Account number', 'Amount', ...Array.from({ length: columns - 3 }, (_, i) => `Extra ${i + 1}`)];
  sheet.getRow(2).values = ['An', '001', 100000, ...Array.from({ length: columns - 3 }, () => 'x')];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function minimalParts(): Record<string, string> {
  return {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    'xl/workbook.xml': '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>',
  };
}
