import type { ImportResult } from '../../shared/import/import-file.js';
import type { ImportedRow, Payee } from '../../shared/import/model.js';
import type { JsonObjectWriter } from './json-stream.js';
import { jsonStringUtf8, jsonUtf8, type Utf8Bytes } from './utf8-bytes.js';

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
  await json.list('excludedRows', result.excludedRows, jsonUtf8);
}

/**
 * One imported row as JSON.stringify({ row, payee, sources, issues }) writes it, made faster
 * for 100,000 rows (see rowJsonParts).
 */
export function importedRowJson(): (row: ImportedRow) => Utf8Bytes {
  const parts = rowJsonParts();
  return (row) => {
    // Every part is ASCII or already UTF-8 bytes, so the whole is too.
    const json = `{"row":${row.row},"payee":${parts.payee(row.payee)},"sources":${parts.sources(row.sources)},"issues":${parts.issues(row.issues)}}`;
    return json as Utf8Bytes;
  };
}

/** Values that repeat down a payroll (banks, descriptions): their JSON is made once. */
const cacheLimit = 1000;

/**
 * The JSON of a row's parts as UTF-8 bytes (see utf8-bytes.ts), what JSON.stringify would
 * write: rows share one sources object and a payroll repeats its banks and descriptions, so
 * their JSON is made once, not once per row. test/unit/electron/cli/import-report-json.test.ts
 * holds every part to JSON.stringify.
 */
export function rowJsonParts() {
  const cache = new Map<string, string>();
  const repeated = (value: string | null): string => {
    if (value === null) return 'null';
    let json = cache.get(value);
    if (json === undefined) {
      json = jsonStringUtf8(value);
      if (cache.size < cacheLimit) cache.set(value, json);
    }
    return json;
  };
  const text = (value: string | null): string => (value === null ? 'null' : jsonStringUtf8(value));
  const number = (value: number | null): string => (value === null || !Number.isFinite(value) ? 'null' : String(value));
  let lastSources: ImportedRow['sources'] | null = null;
  let sourcesJson = '';
  return {
    repeated,
    /**
     * Keys in the order buildRow creates them, which is the order JSON.stringify writes;
     * written out key by key, as a loop over the keys took a fifth longer.
     */
    payee: (p: Payee): string =>
      `{"name":${text(p.name)},"accountNo":${text(p.accountNo)},"accountType":${repeated(p.accountType)},"bank":${repeated(p.bank)},"amount":${number(p.amount)},"currency":${repeated(p.currency)},` +
      `"phone":${text(p.phone)},"email":${text(p.email)},"description":${repeated(p.description)},"reference":${repeated(p.reference)},"partnerUserId":${text(p.partnerUserId)}}`,
    sources(sources: ImportedRow['sources']): string {
      if (sources !== lastSources) {
        lastSources = sources;
        sourcesJson = jsonUtf8(sources);
      }
      return sourcesJson;
    },
    issues: (issues: readonly object[]): string => (issues.length === 0 ? '[]' : jsonUtf8(issues)),
  };
}
