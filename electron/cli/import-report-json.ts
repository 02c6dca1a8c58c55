import type { ImportResult } from '../../shared/import/import-file.js';
import type { ImportedRow, Payee } from '../../shared/import/model.js';
import { issuesJson, type MoreIssues } from './issue-json.js';
import type { JsonBytes } from './json-bytes.js';
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
    parts.payee(row.payee, out);
    parts.sourcesAndIssues(row.sources, row.issues, out);
  };
}

/**
 * A row's parts as JSON.stringify would write them, written key by key into the output's bytes:
 * rows share one sources object, whose JSON is made once with the keys around it, and their
 * issues repeat (see issue-json.ts). Each write is a call costing more than its few bytes, so
 * an empty value goes with its key, as one constant. test/unit/electron/cli/
 * import-report-json.test.ts holds every part to JSON.stringify.
 */
export function rowJsonParts() {
  let lastSources: ImportedRow['sources'] | null = null;
  let withIssues: Uint8Array = new Uint8Array();
  let withoutIssues: Uint8Array = new Uint8Array();
  const issues = issuesJson();
  return {
    /** `,"payee":{…}`, keys in the order buildRow creates them, which is the order JSON.stringify writes. */
    payee(p: Payee, out: JsonBytes): void {
      text(out, ',"payee":{"name":', ',"payee":{"name":null', p.name);
      text(out, ',"accountNo":', ',"accountNo":null', p.accountNo);
      text(out, ',"accountType":', ',"accountType":null', p.accountType);
      text(out, ',"bank":', ',"bank":null', p.bank);
      out.ascii(',"amount":');
      out.number(p.amount);
      text(out, ',"currency":', ',"currency":null', p.currency);
      text(out, ',"phone":', ',"phone":null', p.phone);
      text(out, ',"email":', ',"email":null', p.email);
      text(out, ',"description":', ',"description":null', p.description);
      text(out, ',"reference":', ',"reference":null', p.reference);
      text(out, ',"partnerUserId":', ',"partnerUserId":null', p.partnerUserId);
      text(out, ',"transactionId":', ',"transactionId":null', p.transactionId);
      if (p.refundFee === null) {
        out.ascii(',"refundFee":null}');
        return;
      }
      out.ascii(',"refundFee":');
      out.number(p.refundFee);
      out.ascii('}');
    },
    /** `{"row":…,"payee":{…},"bankCode":…,"accountType":…`: a checked row up to its sources. */
    checkedHead(row: number, p: Payee, wire: { readonly bankCode: string | null; readonly accountType: string | null }, out: JsonBytes): void {
      out.ascii('{"row":');
      out.number(row);
      this.payee(p, out);
      out.ascii(',"bankCode":');
      out.string(wire.bankCode);
      out.ascii(',"accountType":');
      out.string(wire.accountType);
    },
    /** `,"sources":{…},"issues":[…]}`: the rest of the row, `more` issues after its own. */
    sourcesAndIssues(sources: ImportedRow['sources'], rowIssues: readonly object[], out: JsonBytes, more?: MoreIssues): void {
      if (sources !== lastSources) {
        lastSources = sources;
        const json = `,"sources":${JSON.stringify(sources)},"issues":`;
        withIssues = Buffer.from(json, 'utf8');
        withoutIssues = Buffer.from(`${json}[]}`, 'utf8');
      }
      if (rowIssues.length === 0 && (more === undefined || more.count === 0)) {
        out.encoded(withoutIssues);
        return;
      }
      out.encoded(withIssues);
      issues(rowIssues, out, more);
      out.ascii('}');
    },
  };
}

/** A key and its string value, or the key and null as one constant. */
function text(out: JsonBytes, key: string, keyAndNull: string, value: string | null): void {
  if (value === null) {
    out.ascii(keyAndNull);
    return;
  }
  out.ascii(key);
  out.string(value);
}
