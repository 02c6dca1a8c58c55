const untidySpace = /^\s|\s$|\s\s|[\t\n\r\v\f\u00a0\u202f\u200b]/;

/**
 * Trim and collapse runs of white space (including non-breaking) to one space. Text reaches
 * here already in NFC (the readers normalize it once), so only the spacing is fixed, and most
 * cells, already tidy, are returned as they are.
 */
export function cleanText(value: string): string {
  if (!untidySpace.test(value)) return value;
  return value.replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim();
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
  return foldDiacritics(cleanText(value))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\u0e00-\u0e7f]+/gu, ' ')
    .trim();
}
