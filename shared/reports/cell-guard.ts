/**
 * What a spreadsheet program takes for the start of a formula (or, for tab and carriage return,
 * what lets one past a check of the first character): OWASP's "CSV injection" list.
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell that can never run as a formula: one starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe, as OWASP advises. Only text goes through here:
 * amounts are written as numbers, so a negative amount stays a number.
 */
export function neutralized(text: string): string {
  return formulaStarts.has(text.charAt(0)) ? `'${text}` : text;
}

/** Excel refuses a cell longer than this. */
export const maxCellChars = 32_767;

/** The text cut to what a cell holds, never in the middle of a surrogate pair, marked with an ellipsis. */
export function fitted(text: string): string {
  if (text.length <= maxCellChars) return text;
  const cut = maxCellChars - 1;
  const code = text.charCodeAt(cut - 1);
  return `${text.slice(0, code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut)}…`;
}

/** A text cell as a report writes it: neutralized, then cut to fit (from the end, so the guard stays). */
export function safeCellText(text: string): string {
  return fitted(neutralized(text));
}

/**
 * One CSV field as RFC 4180 writes it: in double quotes (each inner quote doubled) when it
 * holds a comma, a quote, a carriage return or a line feed; as it is otherwise.
 */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, ended by CRLF as RFC 4180 asks. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
