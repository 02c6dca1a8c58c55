import Papa from 'papaparse';
import type { RawRow, RawSheet } from './raw-sheet.js';

export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * CSV text → rows, each with the line it starts on. Blank lines are dropped here; everything
 * else, title rows included, is left for header detection.
 */
export function readCsv(text: string, name: string, delimiter?: CsvDelimiter): { sheet: RawSheet; delimiter: CsvDelimiter } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const chosen = delimiter ?? guessDelimiter(body);
  const rows: RawRow[] = [];
  let nextLine = 1;
  let consumed = 0;
  Papa.parse<string[]>(body, {
    delimiter: chosen,
    step: (step) => {
      // A quoted cell may hold line breaks, so a row's line comes from the text consumed so
      // far, not from counting rows.
      const line = nextLine;
      nextLine += countBreaks(body, consumed, step.meta.cursor, step.meta.linebreak);
      consumed = step.meta.cursor;
      const cells = step.data;
      if (cells.every((cell) => cell.trim() === '')) return;
      rows.push({ number: line, cells: cells.map((cell) => (cell.trim() === '' ? null : cell)) });
    },
  });
  return { sheet: { name, rows }, delimiter: chosen };
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
