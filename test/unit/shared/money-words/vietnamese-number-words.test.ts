import { describe, expect, it } from 'vitest';
import { vietnameseNumberWords } from '../../../../shared/money-words/vietnamese-number-words.js';
import { moneyInWords } from '../../../../shared/money-words/money-in-words.js';
import { randomWholeNumbers } from './random-numbers.js';
import { vietnameseBack } from './words-back.js';

describe('Vietnamese number words, as accounting documents write them', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [91, 'chín mươi mốt'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1_000, 'một nghìn'],
    [1_001, 'một nghìn không trăm linh một'],
    [1_005, 'một nghìn không trăm linh năm'],
    [1_015, 'một nghìn không trăm mười lăm'],
    [1_100, 'một nghìn một trăm'],
    [10_500, 'mười nghìn năm trăm'],
    [24_000, 'hai mươi tư nghìn'],
    [100_000, 'một trăm nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [1_005_000, 'một triệu không trăm linh năm nghìn'],
    [1_500_000, 'một triệu năm trăm nghìn'],
    [21_000_000, 'hai mươi mốt triệu'],
    [1_000_000_000, 'một tỷ'],
    [1_000_000_005, 'một tỷ không trăm linh năm'],
    [1_005_000_000, 'một tỷ không trăm linh năm triệu'],
    [1_000_005_000, 'một tỷ không trăm linh năm nghìn'],
    [25_000_000_000, 'hai mươi lăm tỷ'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_000_000_000_000_000, 'một triệu tỷ'],
  ])('%i → %s', (n, words) => {
    expect(vietnameseNumberWords(n)).toBe(words);
  });

  it('reads the largest amount the app holds (Number.MAX_SAFE_INTEGER) in full', () => {
    expect(vietnameseNumberWords(Number.MAX_SAFE_INTEGER)).toBe(
      'chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi tư triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt',
    );
    expect(vietnameseNumberWords(10n ** 18n)).toBe('một tỷ tỷ');
  });

  it('reads "lẻ", "bốn" and "ngàn" when asked (the southern and plain forms)', () => {
    const southern = { zeroTens: 'lẻ', fourAfterTens: 'bốn', thousand: 'ngàn' } as const;
    expect(vietnameseNumberWords(105, southern)).toBe('một trăm lẻ năm');
    expect(vietnameseNumberWords(24_001, southern)).toBe('hai mươi bốn ngàn không trăm lẻ một');
  });

  it('says every number back as itself: boundaries and random numbers up to the largest', () => {
    for (const n of randomWholeNumbers(4000)) expect([n, vietnameseBack(vietnameseNumberWords(n))]).toEqual([n, n]);
  });

  it('leaves no gap nor double space between words', () => {
    for (const n of randomWholeNumbers(2000)) expect(vietnameseNumberWords(n)).toMatch(/^[^ ]+( [^ ]+)*$/u);
  });
});

describe('Vietnamese amounts in words', () => {
  it.each([
    [0, 'VND', 'Không đồng'],
    [1_500_000, 'VND', 'Một triệu năm trăm nghìn đồng'],
    [184_400_000, 'VND', 'Một trăm tám mươi tư triệu bốn trăm nghìn đồng'],
    [-25_000, 'VND', 'Âm hai mươi lăm nghìn đồng'],
    [150_050, 'THB', 'Một nghìn năm trăm bạt năm mươi satang'],
    [100_000, 'THB', 'Một nghìn bạt'],
    [5, 'THB', 'Năm satang'],
  ] as const)('%i %s → %s', (minor, currency, words) => {
    expect(moneyInWords(minor, currency, 'vi')).toBe(words);
  });
});
