/**
 * Readers of number words back into numbers, written for the tests from each language's
 * grammar alone (not from the code under test): a random number read out and read back must
 * come back the same, whatever its size.
 */

/** Vietnamese: "chín triệu không trăm linh bảy nghìn … tỷ …" → 9007199…n. */
export function vietnameseBack(words: string): bigint {
  const digit: Record<string, bigint> = { không: 0n, một: 1n, mốt: 1n, hai: 2n, ba: 3n, bốn: 4n, tư: 4n, năm: 5n, lăm: 5n, sáu: 6n, bảy: 7n, tám: 8n, chín: 9n };
  let total = 0n; // everything said before the last "tỷ", already multiplied
  let large = 0n; // triệu and nghìn since then
  let small = 0n; // the hundreds, tens and ones of the group being said
  let pending = 0n;
  let sign = 1n;
  for (const word of words.toLowerCase().split(' ')) {
    if (word === 'âm') sign = -1n;
    else if (word in digit) pending = digit[word] ?? 0n;
    else if (word === 'mười') small += 10n;
    else if (word === 'mươi') [small, pending] = [small + pending * 10n, 0n];
    else if (word === 'trăm') [small, pending] = [small + pending * 100n, 0n];
    else if (word === 'linh' || word === 'lẻ') continue;
    else if (word === 'nghìn' || word === 'ngàn') [large, small, pending] = [large + (small + pending) * 1000n, 0n, 0n];
    else if (word === 'triệu') [large, small, pending] = [large + (small + pending) * 1_000_000n, 0n, 0n];
    else if (word === 'tỷ') [total, large, small, pending] = [(total + large + small + pending) * 1_000_000_000n, 0n, 0n, 0n];
    else throw new Error(`not a Vietnamese number word: ${word}`);
  }
  return sign * (total + large + small + pending);
}

const thaiTokens: ReadonlyArray<readonly [string, bigint, 'digit' | 'place' | 'million']> = [
  ['ศูนย์', 0n, 'digit'], ['หนึ่ง', 1n, 'digit'], ['เอ็ด', 1n, 'digit'], ['สอง', 2n, 'digit'], ['ยี่', 2n, 'digit'], ['สาม', 3n, 'digit'], ['สี่', 4n, 'digit'],
  ['ห้า', 5n, 'digit'], ['หก', 6n, 'digit'], ['เจ็ด', 7n, 'digit'], ['แปด', 8n, 'digit'], ['เก้า', 9n, 'digit'],
  ['สิบ', 10n, 'place'], ['ร้อย', 100n, 'place'], ['พัน', 1000n, 'place'], ['หมื่น', 10_000n, 'place'], ['แสน', 100_000n, 'place'], ['ล้าน', 1_000_000n, 'million'],
];

/** Thai, written without spaces: "หนึ่งล้านเอ็ดล้าน" → 1000001000000n. */
export function thaiBack(words: string): bigint {
  let sign = 1n;
  let rest = words;
  if (rest.startsWith('ลบ')) [sign, rest] = [-1n, rest.slice(2)];
  let total = 0n;
  let group = 0n;
  let pending: bigint | null = null;
  while (rest.length > 0) {
    const token = thaiTokens.find(([text]) => rest.startsWith(text));
    if (!token) throw new Error(`not a Thai number word at: ${rest}`);
    const [text, value, kind] = token;
    rest = rest.slice(text.length);
    if (kind === 'digit') pending = value;
    else if (kind === 'place') [group, pending] = [group + (pending ?? 1n) * value, null];
    else [total, group, pending] = [(total + group + (pending ?? 0n)) * value, 0n, null];
  }
  return sign * (total + group + (pending ?? 0n));
}

/** English: "one million and five", "twenty-one", "minus three". */
export function englishBack(words: string): bigint {
  const small = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const scales = ['thousand', 'million', 'billion', 'trillion', 'quadrillion'];
  let sign = 1n;
  let total = 0n;
  let group = 0n;
  for (const word of words.toLowerCase().split(/[ -]/)) {
    if (word === 'minus') sign = -1n;
    else if (word === 'and') continue;
    else if (small.includes(word)) group += BigInt(small.indexOf(word));
    else if (tens.includes(word) && word !== '') group += BigInt(tens.indexOf(word) * 10);
    else if (word === 'hundred') group *= 100n;
    else if (scales.includes(word)) [total, group] = [total + group * 1000n ** BigInt(scales.indexOf(word) + 1), 0n];
    else throw new Error(`not an English number word: ${word}`);
  }
  return sign * (total + group);
}
