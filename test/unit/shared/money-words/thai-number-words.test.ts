import { describe, expect, it } from 'vitest';
import { moneyInWords } from '../../../../shared/money-words/money-in-words.js';
import { thaiNumberWords } from '../../../../shared/money-words/thai-number-words.js';
import { randomWholeNumbers } from './random-numbers.js';
import { thaiBack } from './words-back.js';

describe('Thai number words', () => {
  it.each([
    [0, 'ศูนย์'],
    [1, 'หนึ่ง'],
    [2, 'สอง'],
    [5, 'ห้า'],
    [10, 'สิบ'],
    [11, 'สิบเอ็ด'],
    [15, 'สิบห้า'],
    [20, 'ยี่สิบ'],
    [21, 'ยี่สิบเอ็ด'],
    [25, 'ยี่สิบห้า'],
    [22, 'ยี่สิบสอง'],
    [100, 'หนึ่งร้อย'],
    [101, 'หนึ่งร้อยเอ็ด'],
    [105, 'หนึ่งร้อยห้า'],
    [111, 'หนึ่งร้อยสิบเอ็ด'],
    [201, 'สองร้อยเอ็ด'],
    [1_000, 'หนึ่งพัน'],
    [1_001, 'หนึ่งพันเอ็ด'],
    [1_005, 'หนึ่งพันห้า'],
    [10_500, 'หนึ่งหมื่นห้าร้อย'],
    [100_000, 'หนึ่งแสน'],
    [1_000_000, 'หนึ่งล้าน'],
    [1_000_001, 'หนึ่งล้านเอ็ด'],
    [1_500_000, 'หนึ่งล้านห้าแสน'],
    [10_000_000, 'สิบล้าน'],
    [11_000_000, 'สิบเอ็ดล้าน'],
    [21_000_021, 'ยี่สิบเอ็ดล้านยี่สิบเอ็ด'],
    [101_000_000, 'หนึ่งร้อยเอ็ดล้าน'],
    [1_000_000_000, 'หนึ่งพันล้าน'],
    [1_000_000_000_000, 'หนึ่งล้านล้าน'],
    [1_000_001_000_000, 'หนึ่งล้านเอ็ดล้าน'],
  ])('%i → %s', (n, words) => {
    expect(thaiNumberWords(n)).toBe(words);
  });

  it('reads the largest amount the app holds (Number.MAX_SAFE_INTEGER) in full', () => {
    expect(thaiNumberWords(Number.MAX_SAFE_INTEGER)).toBe('เก้าพันเจ็ดล้านหนึ่งแสนเก้าหมื่นเก้าพันสองร้อยห้าสิบสี่ล้านเจ็ดแสนสี่หมื่นเก้าร้อยเก้าสิบเอ็ด');
  });

  it('says every number back as itself: boundaries and random numbers up to the largest', () => {
    for (const n of randomWholeNumbers(4000)) expect([n, thaiBack(thaiNumberWords(n))]).toEqual([n, n]);
  });

  it('says "หนึ่ง" in the ones only when nothing larger was said, and never "หนึ่งสิบ" or "สองสิบ"', () => {
    for (const n of randomWholeNumbers(2000)) {
      const words = thaiNumberWords(n);
      expect(words).not.toMatch(/หนึ่งสิบ|สองสิบ|เอ็ดสิบ|เอ็ดร้อย|เอ็ดพัน|เอ็ดหมื่น|เอ็ดแสน|^เอ็ด/);
      if (n % 10n === 1n) expect([n, words.endsWith(n > 1n ? 'เอ็ด' : 'หนึ่ง')]).toEqual([n, true]);
    }
  });
});

describe('Thai baht text', () => {
  it.each([
    [0, 'THB', 'ศูนย์บาทถ้วน'],
    [100, 'THB', 'หนึ่งบาทถ้วน'],
    [150_000_000, 'THB', 'หนึ่งล้านห้าแสนบาทถ้วน'],
    [150_050, 'THB', 'หนึ่งพันห้าร้อยบาทห้าสิบสตางค์'],
    [10_050, 'THB', 'หนึ่งร้อยบาทห้าสิบสตางค์'],
    [50, 'THB', 'ห้าสิบสตางค์'],
    [1, 'THB', 'หนึ่งสตางค์'],
    [11, 'THB', 'สิบเอ็ดสตางค์'],
    [121, 'THB', 'หนึ่งบาทยี่สิบเอ็ดสตางค์'],
    [2_121, 'THB', 'ยี่สิบเอ็ดบาทยี่สิบเอ็ดสตางค์'],
    [10_101, 'THB', 'หนึ่งร้อยเอ็ดบาทหนึ่งสตางค์'],
    [100_000_100, 'THB', 'หนึ่งล้านเอ็ดบาทถ้วน'],
    [-150_050, 'THB', 'ลบหนึ่งพันห้าร้อยบาทห้าสิบสตางค์'],
    [Number.MAX_SAFE_INTEGER, 'THB', 'เก้าสิบล้านเจ็ดหมื่นหนึ่งพันเก้าร้อยเก้าสิบสองล้านห้าแสนสี่หมื่นเจ็ดพันสี่ร้อยเก้าบาทเก้าสิบเอ็ดสตางค์'],
    [1_500_000, 'VND', 'หนึ่งล้านห้าแสนด่ง'],
  ] as const)('%i %s → %s', (minor, currency, words) => {
    expect(moneyInWords(minor, currency, 'th')).toBe(words);
  });
});
