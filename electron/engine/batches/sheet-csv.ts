/**
 * A CSV as Excel opens it in Vietnam and Thailand: UTF-8 with a byte-order mark (without it,
 * Excel reads the bytes as the computer's code page and the accents and Thai letters break),
 * every field quoted when it holds a comma, quote or line break (RFC 4180), CRLF line ends.
 * A text that Excel would take for a formula (= + - @, a tab or a carriage return first) is
 * written with a leading apostrophe, so opening the file can never run it.
 */
export function csvFile(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): Uint8Array {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

const formulaStart = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  // Numbers are numbers: a negative amount stays one, never "'-5".
  if (typeof value === 'number') return String(value);
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
