import { groupsFromRight, wholeDigits } from './whole-digits.js';

/**
 * How a Vietnamese amount is read where regions and registers differ. The defaults are those
 * of accounting documents ("số tiền bằng chữ" on invoices and payment lists): the northern,
 * written forms, with the spoken "tư" only where paperwork keeps it too (after "mươi").
 */
export type VietnameseReading = {
  /** A zero in the tens between a hundred and its ones: "một trăm linh năm" (default) or "lẻ" (southern). */
  readonly zeroTens: 'linh' | 'lẻ';
  /** A 4 in the ones after "mươi": "hai mươi tư" (default) or "hai mươi bốn". After "mười" and "linh" it is always "bốn". */
  readonly fourAfterTens: 'tư' | 'bốn';
  /** "nghìn" (default) or the southern "ngàn". */
  readonly thousand: 'nghìn' | 'ngàn';
};

export const documentReading: VietnameseReading = { zeroTens: 'linh', fourAfterTens: 'tư', thousand: 'nghìn' };

const ones = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function one(digit: number): string {
  return ones[digit] ?? '';
}

/**
 * Three digits. `full`: the group follows a larger one, so its hundreds are said even when
 * zero ("một nghìn không trăm linh năm"); a leading group starts at its first digit ("năm").
 */
function hundreds(group: string, full: boolean, reading: VietnameseReading): string[] {
  const [h = 0, t = 0, u = 0] = group.padStart(3, '0').split('').map(Number);
  const words: string[] = [];
  if (full || h > 0) words.push(one(h), 'trăm');
  if (t === 0) {
    if (u > 0) {
      if (words.length > 0) words.push(reading.zeroTens);
      words.push(one(u));
    }
    return words;
  }
  words.push(...(t === 1 ? ['mười'] : [one(t), 'mươi']));
  // "mốt" and "tư" after "mươi" (21, 24), "lăm" after "mười" and "mươi" (15, 25).
  if (u === 1) words.push(t > 1 ? 'mốt' : 'một');
  else if (u === 4) words.push(t > 1 ? reading.fourAfterTens : 'bốn');
  else if (u === 5) words.push('lăm');
  else if (u > 0) words.push(one(u));
  return words;
}

/** Up to nine digits: triệu, nghìn and the rest; `full` when a "tỷ" was said before them. */
function belowBillion(digits: string, full: boolean, reading: VietnameseReading): string[] {
  const groups = groupsFromRight(digits, 3);
  const scales = ['', reading.thousand, 'triệu'];
  const words: string[] = [];
  let started = full;
  groups.forEach((group, i) => {
    if (Number(group) === 0) return;
    words.push(...hundreds(group, started, reading));
    const scale = scales[groups.length - 1 - i];
    if (scale) words.push(scale);
    started = true;
  });
  return words;
}

function read(digits: string, reading: VietnameseReading): string[] {
  if (digits.length <= 9) return belowBillion(digits, false, reading);
  // Past a billion the count starts again before "tỷ": nghìn tỷ (10¹²), triệu tỷ (10¹⁵).
  const low = digits.slice(-9);
  return [...read(digits.slice(0, -9), reading), 'tỷ', ...(Number(low) === 0 ? [] : belowBillion(low, true, reading))];
}

/** A whole number in Vietnamese words, lower case: 1500000 → "một triệu năm trăm nghìn". */
export function vietnameseNumberWords(value: number | bigint | string, reading: VietnameseReading = documentReading): string {
  const { negative, digits } = wholeDigits(value);
  if (digits === '0') return one(0);
  return [...(negative ? ['âm'] : []), ...read(digits, reading)].join(' ');
}
