import Papa from 'papaparse';
import type { RawRow, RawSheet } from './raw-sheet.js';

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * CSV text → rows, each at the position of the line it starts on. Blank lines stay (as blank
 * rows); everything, title rows included, is left for header detection.
 */
export function readCsv(text: string, name: string, delimiter?: CsvDelimiter): { sheet: RawSheet; delimiter: CsvDelimiter } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const chosen = delimiter ?? guessDelimiter(body);
  // Parsing in one go is several times faster than row by row; it is used when every record
  // is one line, which is what the parse itself shows when records and lines come out equal.
  const { data } = Papa.parse<string[]>(body, { delimiter: chosen });
  // Papa yields exactly one record per line break, plus one (empty after a final break); a
  // quoted line break joins two lines into one record and makes the count fall short.
  const breaks = countBreaks(body, 0, body.length, linebreakOf(body));
  if (data.length === breaks + 1) return { sheet: { name, rows: data }, delimiter: chosen };
  return { sheet: { name, rows: readByLine(body, chosen) }, delimiter: chosen };
}

/** Row by row, for files where a quoted cell holds line breaks: each row's line from the text consumed. */
function readByLine(body: string, delimiter: CsvDelimiter): Array<RawRow | undefined> {
  const rows: Array<RawRow | undefined> = [];
  let nextLine = 1;
  let consumed = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (step) => {
      const line = nextLine;
      nextLine += countBreaks(body, consumed, step.meta.cursor, step.meta.linebreak);
      consumed = step.meta.cursor;
      rows[line - 1] = step.data;
    },
  });
  return rows;
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
