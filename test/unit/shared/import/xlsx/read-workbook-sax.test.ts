import { describe, expect, it } from 'vitest';
import { readWorkbookInMemory } from '../../../../../shared/import/read-workbook.js';
import { readWorkbookSax, workbookReaderWithin } from '../../../../../shared/import/xlsx/read-workbook-sax.js';
import { inspectWorkbookZip, zipLimits } from '../../../../../shared/import/zip-guard.js';
import { zipBomb } from '../../../../support/bad-workbooks.js';
import { workbookLyingAboutSize } from '../../../../support/lying-zip.js';
import { outcomeOf } from '../../../../support/import-readers.js';
import { sheetData, stylesWith, workbookFromParts, type WorkbookParts } from '../../../../support/xlsx-parts.js';

/** The SAX reader's rows, after checking that the exceljs in-memory reader reads the file the same way. */
async function rowsOf(parts: WorkbookParts, sheet?: string) {
  const bytes = workbookFromParts(parts);
  const sax = await outcomeOf(readWorkbookSax, bytes, 'luong.xlsx', sheet);
  expect(sax).toStrictEqual(await outcomeOf(readWorkbookInMemory, bytes, 'luong.xlsx', sheet));
  return (await readWorkbookSax(bytes, 'luong.xlsx', sheet)).sheet.rows;
}

async function failureOf(bytes: Uint8Array, read = readWorkbookSax) {
  return read(bytes, 'luong.xlsx').then(
    () => null,
    (error: { code?: string; message?: string; detail?: string }) => ({ code: error.code, message: error.message, detail: error.detail }),
  );
}

const oneSheet = (xml: string, extra: Partial<WorkbookParts> = {}): WorkbookParts => ({ sheets: [{ name: 'Lương', xml }], ...extra });

describe('the SAX workbook reader', () => {
  it('lists sheets in the workbook’s order and picks the first with data, whatever order the zip holds the parts in', async () => {
    const parts: WorkbookParts = {
      // exceljs itself writes sheets first, shared strings after them and workbook.xml last.
      order: ['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml'],
      sharedStrings: '<si><t>Họ và tên</t></si><si><t>Ghi chú</t></si>',
      styles: stylesWith([3]),
      sheets: [
        { name: 'Bìa', xml: '<sheetData/>' },
        { name: 'Lương T10', xml: sheetData({ 1: '<c r="A1" t="s"><v>0</v></c>', 2: '<c r="A2" s="1"><v>15000000</v></c>' }) },
        { name: 'Ghi chú', xml: sheetData({ 1: '<c r="A1" t="s"><v>1</v></c>' }) },
      ],
    };
    const bytes = workbookFromParts(parts);
    const read = await readWorkbookSax(bytes, 'luong.xlsx');
    expect(read.sheets).toEqual([
      { name: 'Bìa', rows: 0 },
      { name: 'Lương T10', rows: 2 },
      { name: 'Ghi chú', rows: 1 },
    ]);
    expect(read.sheet).toEqual({ name: 'Lương T10', rows: [['Họ và tên'], [{ kind: 'number', value: 15_000_000, numFmt: '#,##0' }]] });
    expect(await rowsOf(parts, ' ghi CHÚ ')).toEqual([['Ghi chú']]);
    expect(await outcomeOf(readWorkbookSax, bytes, 'luong.xlsx')).toStrictEqual(await outcomeOf(readWorkbookInMemory, bytes, 'luong.xlsx'));
  });

  it('reads dates in the 1900 and the 1904 date systems, by built-in and custom date formats', async () => {
    const styles = stylesWith([14, 22, 47, 164, 165, 166], { 164: 'dd/mm/yyyy', 165: '[$-409]#,##0', 166: '"Ngày" 0' });
    const cells = '<c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>45000</v></c><c r="C1" s="2"><v>45000.75</v></c><c r="D1" s="3"><v>0.5</v></c><c r="E1" s="4"><v>45000</v></c><c r="F1" s="4"><f>TODAY()</f><v>45001</v></c><c r="G1" s="5"><v>45000</v></c><c r="H1" s="6"><v>5</v></c>';
    const numbers = [
      { kind: 'number', value: 45000, numFmt: '[$-409]#,##0' },
      { kind: 'number', value: 5, numFmt: '"Ngày" 0' },
    ];
    expect(await rowsOf(oneSheet(sheetData({ 1: cells }), { styles }))).toEqual([
      [{ kind: 'date', iso: '1899-12-30' }, { kind: 'date', iso: '2023-03-15' }, { kind: 'date', iso: '2023-03-15' }, { kind: 'date', iso: '1899-12-30' }, { kind: 'date', iso: '2023-03-15' }, { kind: 'date', iso: '2023-03-16' }, ...numbers],
    ]);
    expect(await rowsOf(oneSheet(sheetData({ 1: cells }), { styles, date1904: true }))).toEqual([
      [{ kind: 'date', iso: '1904-01-01' }, { kind: 'date', iso: '2027-03-16' }, { kind: 'date', iso: '2027-03-16' }, { kind: 'date', iso: '1904-01-01' }, { kind: 'date', iso: '2027-03-16' }, { kind: 'date', iso: '2027-03-17' }, ...numbers],
    ]);
  });

  it('reads inline strings: plain, with spaces kept, in rich-text runs, NFC', async () => {
    const cells =
      '<c r="A1" t="inlineStr"><is><t>Nguyễn Văn An</t></is></c>' +
      '<c r="B1" t="inlineStr"><is><t xml:space="preserve">  Phạm   Thu Dung </t></is></c>' +
      '<c r="C1" t="inlineStr"><is><r><rPr><b/></rPr><t>Lương </t></r><r><t>tháng 10</t></r></is></c>' +
      // "e" followed by a combining acute accent: NFC makes it "é".
      '<c r="D1" t="inlineStr"><is><t>Le\u0301</t></is></c>' +
      '<c r="E1" t="inlineStr"><is><t>A &amp;amp; B</t></is></c><c r="F1" t="str"><v>A &amp;amp; B</v></c>';
    expect(await rowsOf(oneSheet(sheetData({ 1: cells })))).toEqual([['Nguyễn Văn An', '  Phạm   Thu Dung ', 'Lương tháng 10', 'Lé', 'A &amp; B', 'A & B']]);
  });

  it('leaves out the phonetic guide of an inline string', async () => {
    const read = await readWorkbookSax(workbookFromParts(oneSheet(sheetData({ 1: '<c r="A1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>' }))), 'luong.xlsx');
    expect(read.sheet.rows).toEqual([['東京']]);
  });

  it('reads rich-text shared strings as their runs joined, without phonetic guides, escapes undone', async () => {
    const sharedStrings =
      '<si><r><rPr><b/><sz val="11"/></rPr><t>Trần </t></r><r><t xml:space="preserve">Thị Bình</t></r></si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t>dòng 1_x000D_dòng 2</t></si><si></si><si><t/></si>';
    const cells = [0, 1, 2, 3, 4].map((i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join('');
    expect(await rowsOf(oneSheet(sheetData({ 1: cells }), { sharedStrings }))).toEqual([['Trần Thị Bình', '東京', 'dòng 1\rdòng 2', null, '']]);
  });

  it('reads shared formulas: the first cell’s formula, moved for each cell that shares it', async () => {
    const rows = {
      2: '<c r="E2"><f t="shared" ref="E2:E4" si="0">C2*D2+$B$1-SUM(A$1:A2)+Thuế!B2</f><v>10</v></c><c r="F2"><f t="shared" ref="F2:G2" si="1">E2/2</f><v>5</v></c><c r="G2"><f t="shared" si="1"/><v>2.5</v></c>',
      3: '<c r="E3"><f t="shared" si="0"/><v>12</v></c>',
      4: '<c r="E4"><f t="shared" si="0"/><v>14</v></c><c r="F4"><f t="shared" si="7"/><v>1</v></c>',
    };
    const rows3 = await rowsOf(oneSheet(sheetData(rows)));
    expect(rows3[1]?.slice(4)).toEqual([
      { kind: 'number', value: 10, formula: 'C2*D2+$B$1-SUM(A$1:A2)+Thuế!B2' },
      { kind: 'number', value: 5, formula: 'E2/2' },
      { kind: 'number', value: 2.5, formula: 'F2/2' },
    ]);
    expect(rows3[2]?.[4]).toEqual({ kind: 'number', value: 12, formula: 'C3*D3+$B$1-SUM(A$1:A3)+Thuế!B3' });
    // A cell sharing a formula that no earlier cell defines reads as empty, in exceljs too.
    expect(rows3[3]?.slice(4)).toEqual([{ kind: 'number', value: 14, formula: 'C4*D4+$B$1-SUM(A$1:A4)+Thuế!B4' }, null]);
  });

  it('gives formula cells their cached result, with exceljs’s quirks kept', async () => {
    const cells =
      '<c r="A1"><f>B1*2</f><v>30000</v></c><c r="B1" t="str"><f>"Lương"</f><v>Lương</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
      '<c r="D1"><f>NOW()</f></c><c r="E1"><f>0*1</f><v>0</v></c><c r="F1" t="b"><f>TRUE()</f><v>1</v></c><c r="G1" t="b"><f>FALSE()</f><v>0</v></c>' +
      '<c r="H1" t="d"><v>2026-10-05T00:00:00</v></c><c r="I1" t="b"><v>1</v></c><c r="J1" t="e"><v>#N/A</v></c>';
    expect(await rowsOf(oneSheet(sheetData({ 1: cells })))).toEqual([
      [
        { kind: 'number', value: 30000, formula: 'B1*2' },
        { kind: 'formula-text', text: 'Lương', formula: '"Lương"' },
        { kind: 'error', text: '#DIV/0!' },
        { kind: 'error', text: '#NO_CACHED_RESULT' },
        // exceljs drops a cached 0 or FALSE, and reads an ISO date cell with parseFloat.
        { kind: 'error', text: '#NO_CACHED_RESULT' },
        { kind: 'formula-text', text: 'TRUE', formula: 'TRUE()' },
        { kind: 'error', text: '#NO_CACHED_RESULT' },
        { kind: 'number', value: 2026 },
        'TRUE',
        { kind: 'error', text: '#N/A' },
      ],
    ]);
  });

  it('copies a merged range’s first value into the cells it covers, and counts their rows', async () => {
    const xml = sheetData(
      { 1: '<c r="A1" t="inlineStr"><is><t>BẢNG LƯƠNG</t></is></c><c r="B1" s="1"/><c r="C1" s="1"/>', 3: '<c r="A3"><v>7</v></c>', 6: '<c r="A6"><v>1</v></c>' },
      '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A3:A5"/></mergeCells>',
    );
    const bytes = workbookFromParts(oneSheet(xml, { styles: stylesWith([3]) }));
    expect((await readWorkbookSax(bytes, 'luong.xlsx')).sheets).toEqual([{ name: 'Lương', rows: 5 }]);
    expect(await rowsOf(oneSheet(xml, { styles: stylesWith([3]) }))).toEqual([
      ['BẢNG LƯƠNG', 'BẢNG LƯƠNG', 'BẢNG LƯƠNG'],
      undefined,
      [{ kind: 'number', value: 7 }],
      [{ kind: 'number', value: 7 }],
      [{ kind: 'number', value: 7 }],
      [{ kind: 'number', value: 1 }],
    ]);
  });

  it('reads a hyperlinked cell as its text, as exceljs does', async () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:an@example.vn" TargetMode="External"/></Relationships>';
    const xml = sheetData({ 1: '<c r="A1" t="inlineStr"><is><t>an@example.vn</t></is></c><c r="B1"><v>912345678</v></c>' }, '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId1"/></hyperlinks>');
    expect(await rowsOf(oneSheet(xml, { extra: { 'xl/worksheets/_rels/sheet1.xml.rels': rels } }))).toEqual([['an@example.vn', '']]);
  });

  it('throws what rawCellOf throws on a date no Date can hold, only for the sheet it reads and only if nothing replaced the value', async () => {
    const styles = stylesWith([14]);
    // An account number in a date-formatted column: 912,345,678 days is past what a Date holds.
    const badDate = '<c r="B2" s="1"><v>912345678</v></c>';
    const sheets = [
      { name: 'Ghi chú', xml: sheetData({ 1: '<c r="A1" t="inlineStr"><is><t>x</t></is></c>', 2: badDate }) },
      { name: 'Lương', xml: sheetData({ 1: '<c r="A1"><v>1</v></c>' }) },
    ];
    const bytes = workbookFromParts({ sheets, styles });
    await expect(readWorkbookSax(bytes, 'luong.xlsx')).rejects.toThrow(RangeError);
    expect(await outcomeOf(readWorkbookSax, bytes, 'luong.xlsx')).toStrictEqual(await outcomeOf(readWorkbookInMemory, bytes, 'luong.xlsx'));
    expect((await readWorkbookSax(bytes, 'luong.xlsx', 'Lương')).sheet.rows).toEqual([[{ kind: 'number', value: 1 }]]);
    // Merged over by A2:B2, the cell takes A2's value and is never read for its own.
    expect(await rowsOf(oneSheet(sheetData({ 2: `<c r="A2"><v>5</v></c>${badDate}` }, '<mergeCells><mergeCell ref="A2:B2"/></mergeCells>'), { styles }))).toEqual([
      undefined,
      [{ kind: 'number', value: 5 }, { kind: 'number', value: 5, numFmt: 'mm-dd-yy' }],
    ]);
  });

  it('marks a shared-string index past the end of the table on that cell, and reads the rest', async () => {
    const bytes = workbookFromParts(oneSheet(sheetData({ 1: '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>5</v></c><c r="C1" t="s"><v>x</v></c><c r="D1"><v>1</v></c>' }), { sharedStrings: '<si><t>An</t></si>' }));
    const read = await readWorkbookSax(bytes, 'luong.xlsx');
    expect(read.sheet.rows).toEqual([['An', { kind: 'error', text: '#BAD_SHARED_STRING' }, { kind: 'error', text: '#BAD_SHARED_STRING' }, { kind: 'number', value: 1 }]]);
  });

  it.each([
    ['a sheet', oneSheet(sheetData({ 1: '<c r="A1"><v>1</v></c>' }) + '<mergeCells><mergeCell ref="A1:B1"></mergeCells>')],
    ['a sheet cut short', oneSheet('', { extra: { 'xl/worksheets/sheet1.xml': '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>' } })],
    ['the shared strings', oneSheet(sheetData({ 1: '<c r="A1" t="s"><v>0</v></c>' }), { sharedStrings: '<si><t>An</t></si><si><t>Bình</si>' })],
    ['the styles', oneSheet(sheetData({ 1: '<c r="A1"><v>1</v></c>' }), { styles: '<cellXfs><xf numFmtId="14">' })],
    ['the workbook', oneSheet(sheetData({ 1: '<c r="A1"><v>1</v></c>' }), { extra: { 'xl/workbook.xml': '<?xml version="1.0"?><workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></workbook>' } })],
    ['an undefined entity', oneSheet(sheetData({ 1: '<c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c>' }))],
  ])('reports damaged XML in %s as a damaged workbook', async (_where, parts) => {
    expect(await failureOf(workbookFromParts(parts))).toMatchObject({ code: 'xlsx_damaged', message: expect.stringContaining('could not be read as an Excel workbook: it is damaged or incomplete') });
  });

  it('reports corrupt compressed data as a damaged workbook', async () => {
    let seed = 7;
    const amounts = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(seed = (seed * 48271) % 2147483647)}</v></c></row>`).join('');
    const bytes = workbookFromParts(oneSheet(`<sheetData>${amounts}</sheetData>`, { order: ['xl/worksheets/sheet1.xml'] }));
    // The sheet is the zip's first entry: its compressed rows start right after the 30-byte header and its name.
    const corrupt = bytes.slice();
    corrupt.fill(0xff, 30 + 'xl/worksheets/sheet1.xml'.length + 4000, 30 + 'xl/worksheets/sheet1.xml'.length + 4100);
    expect(await failureOf(bytes)).toBeNull();
    // The inflater hands on what it inflated before it meets the damage, so either it or the
    // XML parser, reading the garbage, is the first to refuse the part.
    expect(await failureOf(corrupt)).toMatchObject({ code: 'xlsx_damaged', detail: expect.stringMatching(/invalid|unexpected|bad|disallowed|character/i) });
  });

  it('refuses a sheet wider than 500 columns with exceljs’s message, ignoring formatted empty cells out there', async () => {
    const styles = stylesWith([3]);
    expect(await rowsOf(oneSheet(sheetData({ 1: '<c r="A1"><v>1</v></c><c r="ZZ1" s="1"/>' }), { styles }))).toEqual([[{ kind: 'number', value: 1 }]]);
    const wide = workbookFromParts(oneSheet(sheetData({ 1: '<c r="A1"><v>1</v></c>', 2: '<c r="SH2"><v>1</v></c><c r="SG2"><v>2</v></c>' })));
    expect(await failureOf(wide)).toMatchObject({ code: 'too_many_columns', message: expect.stringContaining('Sheet "Lương" has data in column 501 and beyond') });
    expect(await outcomeOf(readWorkbookSax, wide, 'luong.xlsx')).toStrictEqual(await outcomeOf(readWorkbookInMemory, wide, 'luong.xlsx'));
    const pastExcel = workbookFromParts(oneSheet(sheetData({ 1: '<c r="XFE1"><v>1</v></c>' })));
    expect(await failureOf(pastExcel)).toMatchObject({ code: 'too_many_columns', message: expect.stringContaining("beyond Excel's last column (XFD)") });
  });

  it('stops an entry as soon as it inflates past the size its directory declares', async () => {
    const lying = workbookLyingAboutSize(32);
    expect(() => inspectWorkbookZip(lying, 'luong.xlsx')).not.toThrow();
    const failure = await failureOf(lying);
    expect(failure).toMatchObject({ code: 'xlsx_damaged', message: expect.stringContaining('luong.xlsx could not be read as an Excel workbook: it is damaged'), detail: expect.stringContaining('inflates past the 1000 bytes its directory declares') });
  });

  it('stops a zip that understates its sizes as soon as what it really inflates passes the limit', async () => {
    const lying = workbookLyingAboutSize(32, 9 * 1024 * 1024);
    // Its directory passes the cheap check: it claims 9 MB per entry.
    expect(() => inspectWorkbookZip(lying, 'luong.xlsx')).not.toThrow();
    const limit = 4 * 1024 * 1024;
    const failure = await failureOf(lying, workbookReaderWithin({ ...zipLimits, maxEntryBytes: limit, maxTotalBytes: 2 * limit }));
    expect(failure).toMatchObject({ code: 'xlsx_too_large', message: expect.stringContaining('luong.xlsx expands to more than 4 MB when opened, far more than any payroll sheet') });
    const inflated = Number(/entry (\d+)/.exec(failure?.detail ?? '')?.[1]);
    // Stopped within one inflated piece of the limit, far short of the 32 MB the sheet holds.
    expect(inflated).toBeGreaterThan(limit);
    expect(inflated).toBeLessThan(limit + 8 * 1024 * 1024);
  });

  it('stops a workbook still being read when its time is up', async () => {
    const failure = await failureOf(zipBomb(8), workbookReaderWithin({ ...zipLimits, maxReadMs: -1 }));
    expect(failure).toMatchObject({ code: 'xlsx_too_slow', message: expect.stringContaining('luong.xlsx was still being read after 0 seconds, far longer than any payroll takes') });
  });

  it('counts the real bytes of the whole workbook against the total limit', async () => {
    const parts = oneSheet(sheetData({ 1: `<c r="A1" t="inlineStr"><is><t>${'x'.repeat(600_000)}</t></is></c>` }), { sharedStrings: `<si><t>${'y'.repeat(600_000)}</t></si>` });
    const failure = await failureOf(workbookFromParts(parts), workbookReaderWithin({ ...zipLimits, maxEntryBytes: 1_000_000, maxTotalBytes: 1_000_000 }));
    expect(failure).toMatchObject({ code: 'xlsx_too_large', detail: expect.stringMatching(/^xl\/worksheets\/sheet1\.xml: inflated past 1000000 bytes/) });
  });
});
