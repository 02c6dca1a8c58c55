import Papa from 'papaparse';
import { maxColumns } from './excel-cell.js';
import { ImportFailure } from './import-failure.js';
import { maxRows, tooManyRows } from './import-limits.js';
import type { RawRow, RawSheet } from './raw-sheet.js';

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * Cells a file may hold before it is parsed row by row under watch: a 100,000-row payroll of
 * twenty columns is 2 million; 50,000 columns × 1,000 rows is 50 million, a gigabyte of arrays.
 */
const cellBudget = 5_000_000;

/**
 * CSV text → rows, each at the position of the line it starts on. Blank lines stay (as blank
 * rows); everything, title rows included, is left for header detection. A quote the parser
 * could not close is the whole file's failure, naming its line: it swallows the rows after it.
 */
export function readCsv(text: string, name: string, delimiter?: CsvDelimiter): { sheet: RawSheet; delimiter: CsvDelimiter } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const chosen = delimiter ?? guessDelimiter(body);
  const linebreak = linebreakOf(body);
  const breaks = countBreaks(body, 0, body.length, linebreak);
  // Counted before parsing, with indexOf, so a file that is too long or too wide is never
  // turned into arrays all at once: it is read row by row and stopped at the limit.
  const guarded = breaks >= maxRows || breaks + countOf(body, chosen) > cellBudget;
  if (!guarded) {
    // Parsing in one go is several times faster than row by row; it is used when every record
    // is one line, which is what the parse itself shows when records and lines come out equal.
    const { data, errors } = Papa.parse<string[]>(body, { delimiter: chosen });
    if (errors.length > 0) throw quoteFailure(name, body, errors[0]);
    // Papa yields exactly one record per line break, plus one (empty after a final break); a
    // quoted line break joins two lines into one record and makes the count fall short.
    if (data.length === breaks + 1) {
      checkWidth(data, name);
      return { sheet: { name, rows: data }, delimiter: chosen };
    }
  }
  if (breaks >= maxRows) refuseIfTooLong(body, chosen, name, breaks);
  return { sheet: { name, rows: readByLine(body, chosen, name) }, delimiter: chosen };
}

/**
 * A file with more lines than rows allowed, refused before any row is kept: without quotes
 * every line is a row, so the count says it; with quotes the records are counted first (a
 * quoted cell may span lines), holding none of them.
 */
function refuseIfTooLong(body: string, delimiter: CsvDelimiter, name: string, breaks: number): void {
  const lines = body.endsWith('\n') || body.endsWith('\r') ? breaks : breaks + 1;
  if (lines > maxRows && !body.includes('"')) throw tooManyRows(name);
  let records = 0;
  eachRecord(body, delimiter, name, (data) => {
    records += 1;
    return records > maxRows && data.some((cell) => cell !== '') ? tooManyRows(name) : null;
  });
}

/** Row by row: each row's line from the text consumed, stopped at the row and column limits. */
function readByLine(body: string, delimiter: CsvDelimiter, name: string): Array<RawRow | undefined> {
  const rows: Array<RawRow | undefined> = [];
  let nextLine = 1;
  let consumed = 0;
  eachRecord(body, delimiter, name, (data, meta) => {
    const line = nextLine;
    if (line > maxRows) return tooManyRows(name);
    if (data.length > maxColumns) return tooManyColumns(name, line);
    nextLine += countBreaks(body, consumed, meta.cursor, meta.linebreak);
    consumed = meta.cursor;
    rows[line - 1] = data;
    return null;
  });
  return rows;
}

/**
 * Papa's parse one record at a time, for the passes that must stop early: a quote error, or the
 * failure `visit` answers, stops the parser and is thrown.
 */
function eachRecord(body: string, delimiter: CsvDelimiter, name: string, visit: (data: string[], meta: Papa.ParseMeta) => ImportFailure | null): void {
  let failure: ImportFailure | null = null;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (step, parser) => {
      failure = step.errors.length > 0 ? quoteFailure(name, body, step.errors[0]) : visit(step.data, step.meta);
      if (failure) parser.abort();
    },
  });
  if (failure) throw failure;
}

function checkWidth(rows: readonly RawRow[], name: string): void {
  for (const [index, row] of rows.entries()) if (row.length > maxColumns) throw tooManyColumns(name, index + 1);
}

/** Papa's quote errors carry the character where the quoted cell began; the line is counted from it. */
function quoteFailure(name: string, body: string, error: Papa.ParseError | undefined): ImportFailure {
  const at = error?.index ?? 0;
  const line = countBreaks(body, 0, at, linebreakOf(body)) + 1;
  return new ImportFailure(
    'csv_quotes',
    `${name}, line ${line.toLocaleString('en-US')}: a quote mark (") opens a cell that is never closed properly, so every row after it would be read as part of that cell. Open the file in a text editor or Excel, correct the quotes on line ${line.toLocaleString('en-US')}, save, and import again.`,
    error ? `${error.code}: ${error.message} (record ${error.row}, character ${at})` : undefined,
    { file: name, line },
  );
}

function tooManyColumns(name: string, line: number): ImportFailure {
  return new ImportFailure(
    'too_many_columns',
    `${name}, line ${line.toLocaleString('en-US')}: more than ${maxColumns} columns; Paybatch reads at most ${maxColumns}. Check that the file is the payroll and that its delimiter is right, or delete the unused columns and import again.`,
    undefined,
    { file: name, line, max: maxColumns, variant: 'csv' },
  );
}

function linebreakOf(body: string): string {
  const lf = body.indexOf('\n');
  const cr = body.indexOf('\r');
  return cr !== -1 && (lf === -1 || (cr < lf && body[cr + 1] !== '\n')) ? '\r' : '\n';
}

/**
 * Papa's own guess counts blank lines as one-field rows, which sinks the right delimiter on a
 * short file, and title rows above the header skew it; guessing on blank-free lines that
 * are not a lone title does better.
 */
function guessDelimiter(body: string): CsvDelimiter {
  const sample = body.slice(0, 65_536);
  const guessed = Papa.parse<string[]>(sample, { preview: 60, skipEmptyLines: 'greedy', delimitersToGuess: [...csvDelimiters] }).meta.delimiter;
  const known = csvDelimiters.find((d) => d === guessed);
  if (known) return known;
  // Fall back to the delimiter that appears most often outside quotes in the sample.
  const counts = csvDelimiters.map((d) => ({ d, n: sample.split(d).length }));
  return counts.sort((a, b) => b.n - a.n)[0]?.d ?? ',';
}

function countBreaks(text: string, from: number, to: number, linebreak: string): number {
  const mark = linebreak === '\r' ? '\r' : '\n';
  let count = 0;
  for (let i = text.indexOf(mark, from); i !== -1 && i < to; i = text.indexOf(mark, i + 1)) count += 1;
  return count;
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count += 1;
  return count;
}
