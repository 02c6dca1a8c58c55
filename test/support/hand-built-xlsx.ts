import { strToU8, zipSync } from 'fflate';

/**
 * A minimal .xlsx written by hand, the way small accounting and HR tools export: inline
 * strings, no styles part, no shared strings. Cells: string → inline string; number → <v>;
 * { f, v } → formula with its cached value.
 */
export type HandCell = string | number | { f: string; v: number } | null;

export function handBuiltXlsx(rows: ReadonlyArray<{ row: number; cells: readonly HandCell[] }>, sheetName = 'Sheet1'): Uint8Array {
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const column = (index: number): string => {
    let name = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  const sheetRows = rows
    .map(({ row, cells }) => {
      const body = cells
        .map((cell, index) => {
          const ref = `${column(index)}${row}`;
          if (cell === null) return '';
          if (typeof cell === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(cell)}</t></is></c>`;
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          return `<c r="${ref}"><f>${xml(cell.f)}</f><v>${cell.v}</v></c>`;
        })
        .join('');
      return `<row r="${row}">${body}</row>`;
    })
    .join('');
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

/** A Thai payroll as a hand-built workbook: inline strings, formulas, a รวม totals row. */
export const thaiPayrollRows: ReadonlyArray<{ row: number; cells: readonly HandCell[] }> = [
  { row: 1, cells: ['บริษัท ตัวอย่าง จำกัด'] },
  { row: 2, cells: ['เงินเดือน ตุลาคม 2569'] },
  { row: 4, cells: ['ลำดับ', 'ชื่อ-นามสกุล', 'ธนาคาร', 'เลขที่บัญชี', 'จำนวนเงิน', 'เบอร์โทร'] },
  { row: 5, cells: [1, 'สมชาย ใจดี', 'KBANK', '0123456789', '15,000.50', '0812345678'] },
  { row: 6, cells: [2, 'สมหญิง รักไทย', 'SCB', 4567890123, 20000, '66898765432'] },
  { row: 7, cells: [3, 'Somsak Dee', 'BBL', '1112223334', { f: 'E6/2', v: 10000.25 }, 812345679] },
  { row: 8, cells: ['รวม', null, null, null, { f: 'SUM(E5:E7)', v: 45000.75 }, null] },
];
