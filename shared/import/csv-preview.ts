import Papa from 'papaparse';

export type CsvPreview = {
  readonly header: readonly string[];
  /** The first rows after the header, each with the line it came from (the header is line 1). */
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
  const rows: Array<{ line: number; cells: string[] }> = [];
  let header: string[] | null = null;
  let rowCount = 0;
  let line = 0;
  const result = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    skipEmptyLines: false,
    step: (step) => {
      line += 1;
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
  return { header: header ?? [], rows, rowCount, delimiter: result?.meta.delimiter ?? ',' };
}
