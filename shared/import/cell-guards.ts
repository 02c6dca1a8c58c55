/** Longer than any name, account, bank or description a provider takes; longer is a wrong column or a damaged file. */
export const maxCellChars = 1000;

/**
 * Characters no payee value legitimately holds and no provider should receive: C0 and C1
 * control characters (NUL among them; tab and line breaks are turned into spaces before this),
 * DEL, and the bidirectional overrides that can make a name or account read differently on
 * screen than it is sent.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const hidden = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export type CellProblem = { readonly code: 'cell_too_long' | 'cell_control_chars'; readonly text: string; readonly params: Readonly<Record<string, string | number>> };

/** What is wrong with a mapped cell's text before it is read as a payee's value, or null. */
export function cellProblem(text: string): CellProblem | null {
  if (text.length > maxCellChars) {
    return { code: 'cell_too_long', text: `the cell holds ${text.length.toLocaleString('en-US')} characters, far more than any payee's value (at most ${maxCellChars.toLocaleString('en-US')}). Check that the right column is mapped, or correct the cell in the sheet.`, params: { length: text.length, max: maxCellChars } };
  }
  const at = text.search(hidden);
  if (at !== -1) {
    const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    return { code: 'cell_control_chars', text: `the cell holds an invisible control character (U+${code}, at character ${at + 1}), which no provider accepts. Retype the value in the sheet and import again.`, params: { char: code, position: at + 1 } };
  }
  return null;
}
