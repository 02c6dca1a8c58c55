import type { ImportResult } from '../../shared/import/import-file.js';
import type { ImportedRow, Payee } from '../../shared/import/model.js';
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
 * One imported row as JSON.stringify({ row, payee, sources, issues }) writes it, made faster
 * for 100,000 rows: rows share one sources object and a payroll repeats its banks and
 * descriptions, so their JSON is made once, not once per row.
 */
export function importedRowJson(): (row: ImportedRow) => string {
  let lastSources: ImportedRow['sources'] | null = null;
  let sourcesJson = '';
  const payeeJson = payeeJsonWriter();
  return (row) => {
    if (row.sources !== lastSources) {
      lastSources = row.sources;
      sourcesJson = JSON.stringify(row.sources);
    }
    return `{"row":${row.row},"payee":${payeeJson(row.payee)},"sources":${sourcesJson},"issues":${row.issues.length === 0 ? '[]' : JSON.stringify(row.issues)}}`;
  };
}

/** Payee's keys in the order buildRow creates them, which is the order JSON.stringify writes. */
const payeeKeys = everyKey(['name', 'accountNo', 'accountType', 'bank', 'amount', 'currency', 'phone', 'email', 'description', 'reference', 'partnerUserId']);

/** A key added to Payee but missing from the list does not compile. */
function everyKey<K extends keyof Payee>(keys: readonly K[] & ([Exclude<keyof Payee, K>] extends [never] ? unknown : never)): readonly K[] {
  return keys;
}

/** Fields whose values repeat down a payroll; the rest (names, accounts, phones) rarely do. */
const repeating = new Set<keyof Payee>(['accountType', 'bank', 'currency', 'description', 'reference']);
const cacheLimit = 1000;

function payeeJsonWriter(): (payee: Payee) => string {
  const cache = new Map<string, string>();
  const quoted = (value: string): string => {
    let json = cache.get(value);
    if (json === undefined) {
      json = JSON.stringify(value);
      if (cache.size < cacheLimit) cache.set(value, json);
    }
    return json;
  };
  const parts = payeeKeys.map((key, index) => ({ key, prefix: `${index === 0 ? '{' : ','}${JSON.stringify(key)}:`, cached: repeating.has(key) }));
  return (payee) => {
    let json = '';
    for (const { key, prefix, cached } of parts) {
      const value = payee[key];
      json += prefix + (value === null ? 'null' : typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'null') : cached ? quoted(value) : JSON.stringify(value));
    }
    return `${json}}`;
  };
}
