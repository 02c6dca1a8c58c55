/**
 * Turns the bytes of a CSV/TXT file into text. The platform's TextDecoder (the WHATWG Encoding
 * Standard, the same in Chromium and Node) does the decoding; this module only decides which
 * encoding, among the ones payroll files here actually come in.
 */
export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tis-620'] as const;
export type TextEncoding = (typeof textEncodings)[number];

export type DecodedText = { readonly text: string; readonly encoding: TextEncoding; readonly detected: boolean };

export function decodeText(bytes: Uint8Array, override?: TextEncoding): DecodedText {
  if (override) return { text: decodeAs(bytes, override), encoding: override, detected: false };
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decodeAs(bytes, bom), encoding: bom, detected: true };
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', detected: true };
  const encoding = guessLegacy(bytes);
  return { text: decodeAs(bytes, encoding), encoding, detected: true };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  const label = encoding === 'tis-620' ? 'windows-874' : encoding;
  // The decoder strips a BOM itself; NFC because Windows-1258 writes tone marks as separate
  // combining characters, which would otherwise never compare equal to typed text.
  return toNfc(new TextDecoder(label).decode(bytes));
}

function byteOrderMark(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return toNfc(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/**
 * NFC, skipping the copy when there is nothing to compose: in the Latin and Thai text of
 * payrolls only combining diacritical marks (U+0300–U+036F) change under NFC.
 */
function toNfc(text: string): string {
  return /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
}

/**
 * Not UTF-8, so Windows-1258 (Vietnamese) or TIS-620 (Thai). No maintained detector knows
 * Windows-1258, so both readings are scored: the share of non-ASCII characters that are
 * plausible letters of the language the encoding is for. Thai read as 1258 gives Latin-1
 * letters no Vietnamese word uses (Ä, Ç, Ñ, ß); Vietnamese read as TIS-620 gives Thai vowel and
 * tone marks with no consonant before them, and undefined bytes.
 */
function guessLegacy(bytes: Uint8Array): TextEncoding {
  const sample = bytes.subarray(0, 256 * 1024);
  const thai = thaiScore(new TextDecoder('windows-874').decode(sample));
  const vietnamese = vietnameseScore(new TextDecoder('windows-1258').decode(sample).normalize('NFC'));
  return thai > vietnamese ? 'tis-620' : 'windows-1258';
}

const vietnameseLetters = new Set(
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'
    .split('')
    .flatMap((c) => [c, c.toUpperCase()]),
);

function vietnameseScore(text: string): number {
  let nonAscii = 0;
  let letters = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    nonAscii += 1;
    if (vietnameseLetters.has(char)) letters += 1;
  }
  return nonAscii === 0 ? 0 : letters / nonAscii;
}

const isThaiConsonant = (code: number): boolean => code >= 0x0e01 && code <= 0x0e2e;
// Marks written above or below a consonant: they can only follow a consonant or another mark.
const isThaiMark = (code: number): boolean => code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);

function thaiScore(text: string): number {
  let nonAscii = 0;
  let plausible = 0;
  let previous = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x80) {
      nonAscii += 1;
      const inThai = code >= 0x0e01 && code <= 0x0e5b;
      if (inThai && (!isThaiMark(code) || isThaiConsonant(previous) || isThaiMark(previous))) plausible += 1;
    }
    previous = code;
  }
  return nonAscii === 0 ? 0 : plausible / nonAscii;
}
