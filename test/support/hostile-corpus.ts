import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { streamedWorkbook, wideWorkbook, zipBomb } from './bad-workbooks.js';
import { workbookLyingAboutSize } from './lying-zip.js';
import { sheetData, workbookFromParts } from './xlsx-parts.js';

/**
 * Files built to hurt an importer, as issue #9 found them: lying zip sizes, deep and wide
 * sheets, huge cells and lines, many columns, unbalanced quotes, broken XML, NULs. Each says
 * how `paybatch inspect` must end: refused with a failure code (exit 2), or imported with the
 * damage named as issues on its rows. Sizes are what shows each guard working while keeping
 * the corpus quick to build (the zip bomb and the lying zip are stopped at their directory or
 * at the first byte past it, whatever they hold).
 */
export type HostileFile = {
  readonly name: string;
  readonly what: string;
  /** The failure code, or null when the file imports and its damage is named on its rows. */
  readonly failure: string | null;
  /** Words of the message: the failure's on stderr, or one row issue's in the report. */
  readonly says: string;
};

export const hostileFiles: readonly HostileFile[] = [
  { name: 'lying-sizes.xlsx', what: 'a workbook whose directory says 1,000 bytes while it holds 64 MB of XML', failure: 'xlsx_damaged', says: 'could not be read as an Excel workbook: it is damaged' },
  { name: 'zip-bomb.xlsx', what: 'a small workbook that honestly declares 60 MB of XML', failure: 'xlsx_too_large', says: 'far more than any payroll sheet' },
  { name: 'deep.xlsx', what: 'a sheet of 800,000 rows', failure: 'too_many_rows', says: 'has more than 500,000 rows' },
  { name: 'wide.xlsx', what: 'a sheet 16,384 columns wide', failure: 'too_many_columns', says: 'Paybatch reads at most 500 columns' },
  { name: 'broken-xml.xlsx', what: 'a sheet whose XML breaks off mid-cell', failure: 'xlsx_damaged', says: 'could not be read as an Excel workbook: it is damaged' },
  { name: 'huge-cell.xlsx', what: 'a name cell of 2 million characters', failure: null, says: 'Row 2, column Họ và tên: the cell holds 2,000,000 characters' },
  { name: 'huge-line.csv', what: 'a 90 MB CSV on one line', failure: 'no_header', says: 'could not find the header row' },
  { name: 'too-big.csv', what: 'a 200 MB CSV', failure: 'file_too_large', says: 'Paybatch reads payroll files of up to 100 MB' },
  { name: 'deep.csv', what: 'a CSV of 3,000,000 rows', failure: 'too_many_rows', says: 'has more than 500,000 rows' },
  { name: 'many-columns.csv', what: 'a CSV of 20,000 columns × 1,000 rows', failure: 'too_many_columns', says: 'line 1: more than 500 columns' },
  { name: 'stray-quote.csv', what: 'a CSV of 50,001 payees with a quote that never closes', failure: 'csv_quotes', says: 'line 3: a quote mark (") opens a cell that is never closed' },
  { name: 'nul-names.csv', what: 'a payroll of 1,000 rows, two of whose names hold a NUL or another control character', failure: null, says: 'Row 12, column Họ và tên: the cell holds an invisible control character (U+0000' },
];

const csvHeader = 'Họ và tên,Số tài khoản,Ngân hàng,Số tiền\n';
const payee = (i: number) => `Nguyễn Văn ${i},00110012${String(i).padStart(7, '0')},Vietcombank,1500000\n`;

/** Writes every file of the corpus into `dir` (about 330 MB on disk). */
export async function writeHostileCorpus(dir: string): Promise<void> {
  const out = (name: string) => join(dir, name);
  await writeFile(out('lying-sizes.xlsx'), workbookLyingAboutSize(64));
  await writeFile(out('zip-bomb.xlsx'), zipBomb(60));
  await writeFile(out('deep.xlsx'), deepWorkbook(800_000));
  await writeFile(out('wide.xlsx'), await wideWorkbook(16_384));
  const rows = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [i + 2, `<c r="A${i + 2}" t="inlineStr"><is><t>An ${i}</t></is></c><c r="B${i + 2}"><v>1500000</v></c>`]));
  const header = { 1: '<c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Số tiền</t></is></c>' };
  await writeFile(out('broken-xml.xlsx'), workbookFromParts({ sheets: [{ name: 'Lương', xml: sheetData({ ...header, ...rows }).replace('</sheetData>', '<row r="60"><c r="A60" t="inlineStr"><is><t>Bình') }] }));
  const huge = `<c r="A2" t="inlineStr"><is><t>${'A'.repeat(2_000_000)}</t></is></c><c r="B2"><v>1500000</v></c>`;
  await writeFile(out('huge-cell.xlsx'), workbookFromParts({ sheets: [{ name: 'Lương', xml: sheetData({ ...header, 2: huge, 3: rows[3] ?? '' }) }] }));
  await writeRepeated(out('huge-line.csv'), 'Nguyễn Văn An ', 90 * 1024 * 1024, '');
  await writeRepeated(out('too-big.csv'), payee(1), 200 * 1024 * 1024, csvHeader);
  await writeRepeated(out('deep.csv'), 'An,1,VCB,1\n', 3_000_000 * 11, csvHeader);
  await writeRepeated(out('many-columns.csv'), `${'1,'.repeat(19_999)}1\n`, 1000 * 40_000, '');
  await writeFile(out('stray-quote.csv'), `${csvHeader}${payee(0)}"${payee(1)}${Array.from({ length: 49_999 }, (_, i) => payee(i + 2)).join('')}`);
  const named = Array.from({ length: 1000 }, (_, i) => payee(i));
  named[10] = named[10]!.replace('Văn', 'V\u0000ăn');
  named[500] = named[500]!.replace('Văn', 'Văn\u0007');
  await writeFile(out('nul-names.csv'), `${csvHeader}${named.join('')}`);
}

/** `unit` written again and again after `head` until the file holds `bytes`, without building it in memory. */
async function writeRepeated(file: string, unit: string, bytes: number, head: string): Promise<void> {
  const stream = createWriteStream(file);
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(unit)))));
  stream.write(head);
  for (let written = 0; written < bytes; written += block.length) {
    if (!stream.write(block)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** A sheet of `rows` numbered rows, honest sizes, written as a stream. */
function deepWorkbook(rows: number): Uint8Array {
  return streamedWorkbook((push) => {
    let chunk = '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Số tiền</t></is></c></row>';
    for (let row = 2; row <= rows; row += 1) {
      chunk += `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>An</t></is></c><c r="B${row}"><v>1</v></c></row>`;
      if (chunk.length > 1 << 20) {
        push(chunk);
        chunk = '';
      }
    }
    push(chunk);
  });
}
