import type { ImportResult } from '../../shared/import/import-file.js';
import type { ImportedRow, Payee } from '../../shared/import/model.js';
import { issuesJson } from './issue-json.js';
import { encodedJson, type JsonBytes } from './json-bytes.js';
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
  await json.list('excludedRows', result.excludedRows, (row, out) => out.value(row));
}

/** One imported row as JSON.stringify({ row, payee, sources, issues }) writes it (see rowJsonParts). */
export function importedRowJson(): (row: ImportedRow, out: JsonBytes) => void {
  const parts = rowJsonParts();
  return (row, out) => {
    out.ascii('{"row":');
    out.number(row.row);
    out.ascii(',"payee":');
    parts.payee(row.payee, out);
    out.ascii(',"sources":');
    parts.sources(row.sources, out);
    out.ascii(',"issues":');
    parts.issues(row.issues, out);
    out.ascii('}');
  };
}

/**
 * A row's parts as JSON.stringify would write them, written key by key into the output's bytes:
 * rows share one sources object, whose JSON is made once, and their issues repeat (see
 * issue-json.ts). test/unit/electron/cli/import-report-json.test.ts holds every part to
 * JSON.stringify.
 */
export function rowJsonParts() {
  let lastSources: ImportedRow['sources'] | null = null;
  let sourcesJson: Uint8Array = new Uint8Array();
  const issues = issuesJson();
  return {
    /** Keys in the order buildRow creates them, which is the order JSON.stringify writes. */
    payee(p: Payee, out: JsonBytes): void {
      out.ascii('{"name":');
      out.string(p.name);
      out.ascii(',"accountNo":');
      out.string(p.accountNo);
      out.ascii(',"accountType":');
      out.string(p.accountType);
      out.ascii(',"bank":');
      out.string(p.bank);
      out.ascii(',"amount":');
      out.number(p.amount);
      out.ascii(',"currency":');
      out.string(p.currency);
      out.ascii(',"phone":');
      out.string(p.phone);
      out.ascii(',"email":');
      out.string(p.email);
      out.ascii(',"description":');
      out.string(p.description);
      out.ascii(',"reference":');
      out.string(p.reference);
      out.ascii(',"partnerUserId":');
      out.string(p.partnerUserId);
      out.ascii('}');
    },
    sources(sources: ImportedRow['sources'], out: JsonBytes): void {
      if (sources !== lastSources) {
        lastSources = sources;
        sourcesJson = encodedJson(sources);
      }
      out.encoded(sourcesJson);
    },
    issues,
  };
}
