import { describe, expect, it } from 'vitest';
import { englishNumberWords } from '../../../../shared/money-words/english-number-words.js';
import { moneyInWords } from '../../../../shared/money-words/money-in-words.js';
import { randomWholeNumbers } from './random-numbers.js';
import { englishBack } from './words-back.js';

describe('English number words (British, as en-GB writes amounts)', () => {
  it.each([
    [0, 'zero'],
    [1, 'one'],
    [5, 'five'],
    [10, 'ten'],
    [11, 'eleven'],
    [15, 'fifteen'],
    [21, 'twenty-one'],
    [25, 'twenty-five'],
    [100, 'one hundred'],
    [101, 'one hundred and one'],
    [105, 'one hundred and five'],
    [1_000, 'one thousand'],
    [1_005, 'one thousand and five'],
    [1_105, 'one thousand one hundred and five'],
    [10_500, 'ten thousand five hundred'],
    [1_000_000, 'one million'],
    [1_000_050, 'one million and fifty'],
    [1_500_000, 'one million five hundred thousand'],
    [1_000_000_000, 'one billion'],
    [1_000_000_000_000, 'one trillion'],
  ])('%i → %s', (n, words) => {
    expect(englishNumberWords(n)).toBe(words);
  });

  it('reads the largest amount the app holds (Number.MAX_SAFE_INTEGER) in full', () => {
    expect(englishNumberWords(Number.MAX_SAFE_INTEGER)).toBe(
      'nine quadrillion seven trillion one hundred and ninety-nine billion two hundred and fifty-four million seven hundred and forty thousand nine hundred and ninety-one',
    );
  });

  it('says every number back as itself: boundaries and random numbers up to the largest', () => {
    for (const n of randomWholeNumbers(4000)) expect([n, englishBack(englishNumberWords(n))]).toEqual([n, n]);
  });
});

describe('English amounts in words', () => {
  it.each([
    [0, 'VND', 'Zero dong'],
    [1_500_000, 'VND', 'One million five hundred thousand dong'],
    [150_050, 'THB', 'One thousand five hundred baht and fifty satang'],
    [100, 'THB', 'One baht'],
    [50, 'THB', 'Fifty satang'],
    [-50, 'THB', 'Minus fifty satang'],
  ] as const)('%i %s → %s', (minor, currency, words) => {
    expect(moneyInWords(minor, currency, 'en')).toBe(words);
  });

  it('refuses what is not a whole number it can hold exactly, rather than reading it wrong', () => {
    expect(() => moneyInWords(1.5, 'VND', 'en')).toThrow(RangeError);
    expect(() => moneyInWords(Number.MAX_SAFE_INTEGER + 1, 'VND', 'vi')).toThrow(RangeError);
    expect(() => moneyInWords(Number.NaN, 'THB', 'th')).toThrow(RangeError);
    expect(() => moneyInWords('1e6', 'THB', 'th')).toThrow(RangeError);
  });
});
