import type { ImportResult } from '../../shared/import/import-file.js';
import type { ImportedRow } from '../../shared/import/model.js';
import type { JsonObjectWriter } from './json-stream.js';

/**
 * The documented `--json` report (issue: `paybatch inspect`) up to its rows: what was read and
 * how. Listed rows (excluded ones too) are written one per line.
 */
export async function writeImportFacts(json: JsonObjectWriter, result: ImportResult): Promise<void> {
  await json.field('file', result.file);
  await json.field('sheet', result.sheet);
  await json.field('sheets', result.sheets);
  await json.field('headerRow', result.headerRow);
  await json.field('encoding', result.encoding);
  await json.field('delimiter', result.delimiter);
  await json.field('currency', result.currency);
  await json.field('amountFormat', result.amountFormat);
  await json.field('mapping', result.mapping);
  await json.field('missingColumns', result.missingColumns);
  await json.list('excludedRows', result.excludedRows, (row) => JSON.stringify(row));
}

/**
 * One imported row as `{ row, payee, sources, issues }`. Rows share their sources object, so
 * its text is made once, not once per row.
 */
export function importedRowJson(): (row: ImportedRow) => string {
  let lastSources: ImportedRow['sources'] | null = null;
  let sourcesJson = '';
  return (row) => {
    if (row.sources !== lastSources) {
      lastSources = row.sources;
      sourcesJson = JSON.stringify(row.sources);
    }
    return `{"row":${row.row},"payee":${JSON.stringify(row.payee)},"sources":${sourcesJson},"issues":${row.issues.length === 0 ? '[]' : JSON.stringify(row.issues)}}`;
  };
}
