import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../../shared/import/text-normalize.js';

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
