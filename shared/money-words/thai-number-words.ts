import { wholeDigits } from './whole-digits.js';

const digitWords = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'] as const;
const places = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'] as const;

/**
 * Up to six digits. A 1 in the tens is "สิบ", a 2 "ยี่สิบ"; a 1 in the ones is "เอ็ด" when any
 * larger digit of the number was said before it (11 สิบเอ็ด, 101 หนึ่งร้อยเอ็ด, 1,000,001
 * หนึ่งล้านเอ็ด, as Excel's BAHTTEXT and the Revenue Department's forms write it), "หนึ่ง" alone.
 */
function belowMillion(digits: string, saidBefore: boolean): string {
  let words = '';
  let said = saidBefore;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[i]);
    const place = digits.length - 1 - i;
    if (digit === 0) continue;
    if (place === 0) words += digit === 1 && said ? 'เอ็ด' : digitWords[digit];
    else if (place === 1) words += digit === 1 ? 'สิบ' : digit === 2 ? 'ยี่สิบ' : `${digitWords[digit]}สิบ`;
    else words += `${digitWords[digit]}${places[place]}`;
    said = true;
  }
  return words;
}

/** Thai counts in millions and starts again before each "ล้าน": 10¹² is หนึ่งล้านล้าน. */
function read(digits: string): string {
  if (digits.length <= 6) return belowMillion(digits, false);
  return `${read(digits.slice(0, -6))}ล้าน${belowMillion(digits.slice(-6), true)}`;
}

/** A whole number in Thai words, written without spaces: 1500000 → "หนึ่งล้านห้าแสน". */
export function thaiNumberWords(value: number | bigint | string): string {
  const { negative, digits } = wholeDigits(value);
  if (digits === '0') return digitWords[0];
  return `${negative ? 'ลบ' : ''}${read(digits)}`;
}
