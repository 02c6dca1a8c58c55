import { columnOf, paramsOf, type RowFindings } from '../../shared/review/check-rows.js';
import type { ReviewRow } from '../../shared/review/review-row.js';
import type { Finding } from '../../shared/review/review-types.js';
import { rowJsonParts } from './import-report-json.js';
import { fixJson, paramsJson, plainFix, utf8 } from './issue-json.js';
import type { JsonBytes } from './json-bytes.js';

/** The bytes of an issue up to its row number, and from it to its sentence, for one field, column, severity and code. */
type Head = { readonly field: string | null; readonly column: string | null; readonly severity: string; readonly code: string; readonly bytes: Uint8Array; readonly afterRow: Uint8Array };

/** A sentence last written at a place in the row with its finding's params, and its bytes (closing quote included) once it has come twice. */
type SentenceSeen = { text: string; params: object; bytes: Uint8Array | null };

/**
 * A row checked to findings (findingsInOrder) as checkedRowJson writes the checked row that
 * checkOne makes of it: JSON.stringify({ row, payee, bankCode, accountType, sources, issues }).
 * Each finding is written as the issue toIssue makes, without making it: "Row N, column C: "
 * and the rule's sentence go into the bytes apart, so the message, a copy of the sentence, is
 * neither made nor read again. test/unit/electron/cli/finding-json.test.ts holds it to checkOne.
 */
export function findingsRowJson(): (row: ReviewRow, found: RowFindings, out: JsonBytes) => void {
  const parts = rowJsonParts();
  const finding = findingJson();
  // One object for every row: the row and findings `write` needs are set before each.
  let current: ReviewRow | null = null;
  let shown: readonly Finding[] = [];
  const more = {
    count: 0,
    write(index: number, at: number, out: JsonBytes): void {
      const one = shown[index];
      if (current !== null && one !== undefined) finding(current, one, at, out);
    },
  };
  return (row, found, out) => {
    current = row;
    shown = found.shown;
    more.count = shown.length;
    parts.checkedHead(row.row, row.payee, found.wire, out);
    parts.sourcesAndIssues(row.sources, row.entryIssues, out, more);
  };
}

/** One finding of a row, at place `at` in its issues, as JSON.stringify writes the issue toIssue makes. */
function findingJson(): (row: ReviewRow, finding: Finding, at: number, out: JsonBytes) => void {
  const heads: Array<Head | undefined> = [];
  const sentences: Array<SentenceSeen | undefined> = [];
  const writeParams = paramsJson();
  const writeFix = fixJson();

  function head(at: number, field: string | null, column: string | null, severity: string, code: string): Head {
    const seen = heads[at];
    if (seen && seen.field === field && seen.column === column && seen.severity === severity && seen.code === code) return seen;
    const bytes = utf8(`{"field":${JSON.stringify(field)},"column":${JSON.stringify(column)},"severity":${JSON.stringify(severity)},"code":${JSON.stringify(code)},"message":"Row `);
    // ", column C: " as JSON has it inside the message's string.
    const afterRow = utf8(column ? JSON.stringify(`, column ${column}: `).slice(1, -1) : ': ');
    const made = { field, column, severity, code, bytes, afterRow };
    heads[at] = made;
    return made;
  }

  // The sentence follows ": " in the message, so it is escaped alone as within the whole. A
  // rule's sentence for a value repeated down the rows (saidOnce) comes with the same params
  // object: only then are the texts compared, which is then one pointer; a sentence made
  // afresh for the row (naming its payee) comes with params of its own and is encoded at once.
  function writeSentence(at: number, text: string, params: object, out: JsonBytes): void {
    const seen = sentences[at];
    if (seen !== undefined && seen.params === params && seen.text === text) {
      seen.bytes ??= utf8(JSON.stringify(text).slice(1));
      out.encoded(seen.bytes);
      return;
    }
    sentences[at] = { text, params, bytes: null };
    out.inner(text);
    out.ascii('"');
  }

  return (row, finding, at, out) => {
    const column = columnOf(row, finding);
    const { bytes, afterRow } = head(at, finding.field, column, finding.severity, finding.code);
    out.encoded(bytes);
    out.ascii(String(row.row));
    out.encoded(afterRow);
    writeSentence(at, finding.text, finding.params, out);
    writeParams(at, paramsOf(finding, column), out);
    const fix = finding.fix;
    if (fix) {
      const plain = plainFix(fix);
      if (plain !== null) writeFix(at, plain, out);
      else {
        out.ascii(',"fix":');
        out.value(fix);
      }
    }
    out.ascii('}');
  };
}
