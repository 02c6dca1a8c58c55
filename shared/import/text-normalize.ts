import { maxCellChars } from './cell-guards.js';

/**
 * Trim and collapse runs of white space (including non-breaking) to one space. Text reaches
 * here already in NFC (the readers normalize it once), so only the spacing is fixed, and most
 * cells, already tidy, are returned as they are.
 */
export function cleanText(value: string): string {
  if (isTidy(value)) return value;
  return value.replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim();
}

/**
 * Whether cleanText would leave the text as it is: no white space (JavaScript's \s) at either
 * end or twice in a row, and none of tab, line breaks, no-break or zero-width spaces. The same
 * test as /^\s|\s$|\s\s|[\t\n\r\v\f\u00a0\u202f\u200b]/ failing, a third faster as a loop, and
 * it runs on several cells of every row.
 */
function isTidy(value: string): boolean {
  const last = value.length - 1;
  let afterSpace = false;
  for (let i = 0; i <= last; i += 1) {
    const code = value.charCodeAt(i);
    if (code > 0x20 && code < 0xa0) {
      afterSpace = false;
      continue;
    }
    if ((code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x202f || code === 0x200b) return false;
    const space = code === 0x20 || isOtherSpace(code);
    if (space && (afterSpace || i === 0 || i === last)) return false;
    afterSpace = space;
  }
  return true;
}

/** The rest of \s: the Unicode space separators and line separators above U+00A0, and the BOM. */
function isOtherSpace(code: number): boolean {
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Vietnamese (and any Latin) text without diacritics: "Nguyễn Đức" → "Nguyen Duc". */
export function foldDiacritics(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * The comparable form of a header or label: no diacritics, lower case, punctuation as spaces.
 * Thai letters are kept (Thai headers are matched as written, without their spaces).
 */
export function headerKey(value: string): string {
  // No header or label is that long; folding a cell of millions of characters took a minute
  // and gigabytes while looking for the header row.
  if (value.length > maxCellChars) return '';
  return foldDiacritics(cleanText(value))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\u0e00-\u0e7f]+/gu, ' ')
    .trim();
}
