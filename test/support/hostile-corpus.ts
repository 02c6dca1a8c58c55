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

/** How each file of the corpus is written (about 330 MB on disk in all). */
const writers: Readonly<Record<string, (file: string) => Promise<void>>> = {
  'lying-sizes.xlsx': (file) => writeFile(file, workbookLyingAboutSize(64)),
  'zip-bomb.xlsx': (file) => writeFile(file, zipBomb(60)),
  'deep.xlsx': (file) => writeFile(file, deepWorkbook(800_000)),
  'wide.xlsx': async (file) => writeFile(file, await wideWorkbook(16_384)),
  'broken-xml.xlsx': (file) => writeFile(file, workbookFromParts({ sheets: [{ name: 'Lương', xml: sheetData({ ...smallHeader, ...smallRows() }).replace('</sheetData>', '<row r="60"><c r="A60" t="inlineStr"><is><t>Bình') }] })),
  'huge-cell.xlsx': (file) => {
    const huge = `<c r="A2" t="inlineStr"><is><t>${'A'.repeat(2_000_000)}</t></is></c><c r="B2"><v>1500000</v></c>`;
    return writeFile(file, workbookFromParts({ sheets: [{ name: 'Lương', xml: sheetData({ ...smallHeader, 2: huge, 3: smallRows()[3] ?? '' }) }] }));
  },
  'huge-line.csv': (file) => writeRepeated(file, 'Nguyễn Văn An ', 90 * 1024 * 1024, ''),
  'too-big.csv': (file) => writeRepeated(file, payee(1), 200 * 1024 * 1024, csvHeader),
  'deep.csv': (file) => writeRepeated(file, 'An,1,VCB,1\n', 3_000_000 * 11, csvHeader),
  'many-columns.csv': (file) => writeRepeated(file, `${'1,'.repeat(19_999)}1\n`, 1000 * 40_000, ''),
  'stray-quote.csv': (file) => writeFile(file, `${csvHeader}${payee(0)}"${payee(1)}${Array.from({ length: 49_999 }, (_, i) => payee(i + 2)).join('')}`),
  'nul-names.csv': (file) => {
    const named = Array.from({ length: 1000 }, (_, i) => payee(i));
    named[10] = named[10]!.replace('Văn', 'V\u0000ăn');
    named[500] = named[500]!.replace('Văn', 'Văn\u0007');
    return writeFile(file, `${csvHeader}${named.join('')}`);
  },
};

const smallHeader = { 1: '<c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Số tiền</t></is></c>' };
const smallRows = () => Object.fromEntries(Array.from({ length: 50 }, (_, i) => [i + 2, `<c r="A${i + 2}" t="inlineStr"><is><t>An ${i}</t></is></c><c r="B${i + 2}"><v>1500000</v></c>`]));

/**
 * Writes the corpus's files into `dir`: those named in `only`, or all of them. Building the
 * large ones is seconds of CPU; a test that opens three should not pay for twelve.
 */
export async function writeHostileCorpus(dir: string, only: readonly string[] = hostileFiles.map((file) => file.name)): Promise<void> {
  for (const name of only) {
    const write = writers[name];
    if (!write) throw new Error(`${name} is not in the hostile corpus`);
    await write(join(dir, name));
  }
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
