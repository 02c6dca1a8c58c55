import { foldDiacritics } from '../import/text-normalize.js';

/**
 * Phrases that decorate a bank's name without telling banks apart, as whole words of the folded
 * text. "Bank" is not one of them: "Saigon Bank" is Saigonbank while "Ngân hàng Sài Gòn" is SCB,
 * and keeping the word makes "Vietin Bank" and "VietinBank" one key.
 */
const latinFiller = [
  'ngan hang', 'nh', 'nhtm', 'nhtmcp', 'tmcp', 'thuong mai co phan', 'thuong mai', 'co phan', 'tnhh', 'mtv',
  'mot thanh vien', 'trach nhiem huu han', 'vi', 'vi dien tu', 'viet nam', 'vietnam', 'vn', 'va', 'and',
  'joint stock commercial bank', 'commercial joint stock bank', 'joint stock company', 'commercial bank', 'jsc',
  'public company limited', 'company limited', 'co ltd', 'ltd', 'pcl', 'plc',
];
// Lookarounds, not \b: \b only knows ASCII letters, so next to Thai it never matches.
const latinFillerPattern = new RegExp(`(?<=^| )(?:${latinFiller.join('|')})(?= |$)`, 'g');

/**
 * Thai decorations, removed wherever they stand (Thai is written without spaces between words):
 * "ธนาคาร" (bank), "บริษัท" (company), "บมจ" (public company), "จำกัด (มหาชน)" (limited (public)),
 * "แอนด์" ("and", as in แลนด์ แอนด์ เฮ้าส์).
 */
const thaiFillerPattern = /ธนาคาร|บริษัท|บมจ|จำกัด|มหาชน|แอนด์/g;

/**
 * "ธ." is the short form of ธนาคาร ("ธ.กสิกรไทย"). It is dropped only before a name of two or
 * more letters, so the initialisms ธ.ก.ส. (BAAC) and ธ.อ.ส. (GHB) stay as written.
 */
const thaiBankAbbreviation = /(?<![\u0e00-\u0e7f])ธ\s*\.\s*(?=[\u0e00-\u0e7f]{2})/g;

/** Where a branch is named: everything from here on says which branch, not which bank. */
const thaiBranchMarkers = ['สาขา', 'สำนักงานใหญ่', 'สนญ'];
const branchMarkers = [
  'cn', 'chi nhanh', 'pgd', 'phong giao dich', 'sgd', 'so giao dich', 'hoi so', 'qtk', 'quy tiet kiem', 'branch', 'br',
  ...thaiBranchMarkers,
].map((marker) => marker.split(' '));
const thaiBranchMarkerPattern = new RegExp(thaiBranchMarkers.join('|'), 'g');

/**
 * The words of a written bank name, folded (no Vietnamese diacritics, lower case, Thai kept with
 * its vowel and tone marks) and with punctuation as spaces. Thai branch markers become words of
 * their own, so a branch can be cut off however the Thai was spaced.
 */
export function bankWords(written: string): string[] {
  const folded = foldDiacritics(written.normalize('NFC'))
    .toLowerCase()
    // Sara am typed as nikhahit + sara aa ("จํากัด") looks the same and must read the same.
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(thaiBankAbbreviation, ' ')
    .replace(thaiBranchMarkerPattern, ' $& ')
    .replace(/&/g, ' and ');
  return folded.split(/[^\p{L}\p{M}\p{N}]+/u).filter((word) => word !== '');
}

/** No bank name has more words: a name's starts are tried only up to so many words. */
export const maxNameWords = 16;

/** The comparable form of some words of a bank name: decorations removed, no spaces. */
export function keyOfWords(words: readonly string[]): string {
  return words.join(' ').replace(thaiFillerPattern, ' ').replace(latinFillerPattern, ' ').replace(/\s+/g, '');
}

/** The comparable form of a written bank name: "NH TMCP Ngoại Thương Việt Nam" → "ngoaithuong". */
export function bankKey(written: string): string {
  return keyOfWords(bankWords(written));
}

/** Where the words start naming a branch ("CN Hà Nội", "Chi nhánh…", "สาขา…"), or -1. */
export function branchStart(words: readonly string[]): number {
  for (let i = 0; i < words.length; i += 1) {
    if (branchMarkers.some((parts) => parts.every((part, j) => words[i + j] === part))) return i;
  }
  return -1;
}
