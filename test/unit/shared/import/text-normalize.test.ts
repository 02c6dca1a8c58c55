import { describe, expect, it } from 'vitest';
import { cleanText, foldDiacritics } from '../../../../shared/import/text-normalize.js';

/** What cleanText did before its tidiness test became a loop: the reference it must match. */
function cleanTextByRegex(value: string): string {
  if (!/^\s|\s$|\s\s|[\t\n\r\v\f\u00a0\u202f\u200b]/.test(value)) return value;
  return value.replace(/[\s\u00a0\u202f\u200b]+/g, ' ').trim();
}

describe('cleanText', () => {
  it.each([
    ['  Phạm   Thu Dung ', 'Phạm Thu Dung'],
    ['Nguyễn\u00a0Văn\tAn', 'Nguyễn Văn An'],
    ['Lương tháng 10', 'Lương tháng 10'],
    ['\u200bAn', 'An'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  it('matches the regular-expression reading on every short mix of spaces and letters', () => {
    const alphabet = ['a', 'ễ', ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u202f', '\u200b', '\u200c', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u205f', '\u3000', '\ufeff', '\u0001', '\u0085', '\u001f'];
    const texts = [''];
    for (let length = 1; length <= 3; length += 1) {
      for (const text of texts.filter((t) => t.length === length - 1)) for (const char of alphabet) texts.push(text + char);
    }
    for (const text of texts) expect(cleanText(text), JSON.stringify(text)).toBe(cleanTextByRegex(text));
  });
});

/** What foldDiacritics did before it folded a letter at a time: the reference it must match. */
function foldByNormalizing(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

describe('foldDiacritics', () => {
  it.each([
    ['Nguyễn Văn Thành 1', 'Nguyen Van Thanh 1'],
    ['Lê Thị Đào', 'Le Thi Dao'],
    ['Lương tháng 10/2026', 'Luong thang 10/2026'],
    ['ASCII only', 'ASCII only'],
  ])('%j → %j', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it('matches the normalizing reading for every character up to U+3000, alone and among letters and accents', () => {
    for (let code = 0; code < 0x3000; code += 1) {
      const char = String.fromCharCode(code);
      for (const text of [char, `Tr${char}n ${char}\u0301`, `\u0301${char}ế`]) expect(foldDiacritics(text), code.toString(16)).toBe(foldByNormalizing(text));
    }
  });

  it.each(['Zoë Łukasz', 'Ånström Øre', 'ǅemal ǈuba', 'café\u0301', 'e\u0301\u0323', 'สมชาย', '😀 An', 'ﬁ', 'İ'])('matches the normalizing reading for %j', (text) => {
    expect(foldDiacritics(text)).toBe(foldByNormalizing(text));
  });
});
