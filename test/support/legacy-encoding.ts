import iconv from 'iconv-lite';

/**
 * Text as a Vietnamese Windows program writes it in Windows-1258: letters that have a
 * precomposed form in the code page keep it, tone marks are written as separate combining
 * characters (the reason the importer must output NFC).
 */
export function encodeWindows1258(text: string): Uint8Array {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/;
  const pieces: string[] = [];
  for (const char of text.normalize('NFC')) {
    if (iconv.decode(iconv.encode(char, 'windows1258'), 'windows1258') === char) {
      pieces.push(char);
      continue;
    }
    const decomposed = char.normalize('NFD');
    const base = [...decomposed].filter((c) => !tones.test(c)).join('').normalize('NFC');
    const marks = [...decomposed].filter((c) => tones.test(c)).join('');
    pieces.push(base + marks);
  }
  return new Uint8Array(iconv.encode(pieces.join(''), 'windows1258'));
}

export function encodeTis620(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'tis620'));
}
