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
  return foldLatin(value) ?? foldByNormalizing(value);
}

function foldByNormalizing(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * foldByNormalizing for text of ASCII and accented Latin letters (every Vietnamese name), a
 * letter at a time: two normalizations and three replacements cost several times more, and a
 * payroll's names and descriptions are folded once a row. Each letter up to U+1EFF is looked up
 * once: one whose decomposition is an ASCII letter and combining accents (U+0300–U+036F) folds
 * to that letter, a lone accent to nothing, đ/Đ to d/D. The result is ASCII, which
 * normalization leaves as it is, so it is what foldByNormalizing gives. Anything else (ø, Thai,
 * a letter no table entry covers): null, and the text is normalized as a whole.
 */
function foldLatin(value: string): string | null {
  let folded = '';
  let plainFrom = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= latinFolds.length) return null;
    let fold = latinFolds[code] ?? noFold;
    if (fold === unknownFold) {
      fold = latinFoldOf(code);
      latinFolds[code] = fold;
    }
    if (fold === noFold) return null;
    folded += value.slice(plainFrom, i) + (fold === dropped ? '' : String.fromCharCode(fold));
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? value : folded + value.slice(plainFrom);
}

const unknownFold = 0;
const noFold = 1;
const dropped = 2;
/** Per character up to U+1EFF (Latin Extended Additional): its ASCII fold, dropped, no fold, or not looked up yet. */
const latinFolds = new Uint8Array(0x1f00);

function latinFoldOf(code: number): number {
  if (code >= 0x300 && code <= 0x36f) return dropped;
  if (code === 0x111) return 0x64;
  if (code === 0x110) return 0x44;
  const parts = String.fromCharCode(code).normalize('NFD');
  const base = parts.charCodeAt(0);
  if (parts.length < 2 || base >= 0x80 || base < 0x20) return noFold;
  for (let i = 1; i < parts.length; i += 1) {
    const mark = parts.charCodeAt(i);
    if (mark < 0x300 || mark > 0x36f) return noFold;
  }
  return base;
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
