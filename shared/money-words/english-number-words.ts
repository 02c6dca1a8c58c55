import { groupsFromRight, wholeDigits } from './whole-digits.js';

const small = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const;
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
/** Short scale, as British and American English both count now. */
const scales = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion', 'quintillion', 'sextillion', 'septillion'] as const;

function belowHundred(n: number): string {
  if (n < 20) return small[n] ?? '';
  const unit = n % 10;
  return `${tens[Math.floor(n / 10)] ?? ''}${unit > 0 ? `-${small[unit] ?? ''}` : ''}`;
}

function belowThousand(n: number): string {
  const hundred = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundred > 0) words.push(small[hundred] ?? '', 'hundred');
  if (rest > 0) words.push(...(hundred > 0 ? ['and'] : []), belowHundred(rest));
  return words.join(' ');
}

/**
 * A whole number in English words, lower case, as British English writes amounts (en-GB is
 * the app's English): 105 → "one hundred and five", 1005 → "one thousand and five",
 * 1500000 → "one million five hundred thousand".
 */
export function englishNumberWords(value: number | bigint | string): string {
  const { negative, digits } = wholeDigits(value);
  if (digits === '0') return small[0];
  const groups = groupsFromRight(digits, 3).map(Number);
  if (groups.length > scales.length) throw new RangeError(`Too large to say in words: ${digits}`);
  const words: string[] = negative ? ['minus'] : [];
  groups.forEach((group, i) => {
    if (group === 0) return;
    const scale = scales[groups.length - 1 - i] ?? '';
    const last = i === groups.length - 1;
    // "and" before a last group under a hundred that follows a larger one: one million and five.
    if (last && group < 100 && words.length > (negative ? 1 : 0)) words.push('and');
    words.push(belowThousand(group), ...(scale ? [scale] : []));
  });
  return words.join(' ');
}
