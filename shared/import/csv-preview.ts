import Papa from 'papaparse';

export type CsvPreview = {
  readonly header: readonly string[];
  /** The first rows after the header, each with the line it starts on (the header is line 1). */
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>;
  /** Every data row in the file, not just the ones previewed. */
  readonly rowCount: number;
  readonly delimiter: string;
};

/**
 * Parses CSV text and keeps the first `limit` data rows. A first slice of the import pipeline:
 * later stages (header detection under title rows, mapping, normalization) build on it.
 */
export function previewCsv(text: string, limit: number): CsvPreview {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Papa's guess counts blank lines as one-field rows, which sinks the right delimiter on a
  // short file; guessing on a blank-free preview avoids that.
  const delimiter = Papa.parse<string[]>(body.slice(0, 65_536), { preview: 50, skipEmptyLines: 'greedy' }).meta.delimiter || ',';
  const rows: Array<{ line: number; cells: string[] }> = [];
  let header: string[] | null = null;
  let rowCount = 0;
  let nextLine = 1;
  let consumed = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    step: (step) => {
      // A quoted cell may hold line breaks, so the line a row starts on comes from the text
      // consumed so far, not from counting rows.
      const line = nextLine;
      nextLine += countBreaks(body, consumed, step.meta.cursor, step.meta.linebreak);
      consumed = step.meta.cursor;
      const cells = step.data;
      if (cells.every((cell) => cell.trim() === '')) return;
      if (header === null) {
        header = cells.map((cell) => cell.trim());
        return;
      }
      rowCount += 1;
      if (rows.length < limit) rows.push({ line, cells });
    },
  });
  return { header: header ?? [], rows, rowCount, delimiter };
}

function countBreaks(text: string, from: number, to: number, linebreak: string): number {
  const mark = linebreak === '\r' ? '\r' : '\n';
  let count = 0;
  for (let i = text.indexOf(mark, from); i !== -1 && i < to; i = text.indexOf(mark, i + 1)) count += 1;
  return count;
}
