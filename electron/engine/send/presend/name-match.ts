import { cleanText, foldDiacritics } from '../../../../shared/import/text-normalize.js';

/**
 * A name as the comparison sees it: without diacritics (Vietnamese đ/Đ as d), in one case,
 * trimmed, every run of spaces one space. "  Nguyễn  Văn Đức " and "NGUYEN VAN DUC" are the same.
 */
export function comparableName(name: string): string {
  return cleanText(foldDiacritics(cleanText(name))).toLowerCase();
}

/** Whether the sheet's name and the name the provider holds are the same person's name, as written. */
export function sameName(sheet: string | null, provider: string): boolean {
  if (sheet === null) return false;
  return comparableName(sheet) === comparableName(provider);
}
