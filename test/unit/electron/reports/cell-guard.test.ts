import { describe, expect, it } from 'vitest';
import { csvField, csvRecord, fitted, maxCellChars, neutralized, safeCellText } from '../../../../shared/reports/cell-guard.js';

describe('a report cell that cannot run as a formula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['=HYPERLINK("http://example.com","x")', '\'=HYPERLINK("http://example.com","x")'],
  ])('%j starts with an apostrophe', (text, guarded) => {
    expect(neutralized(text)).toBe(guarded);
  });

  it.each(['NGUYEN VAN AN', 'Nguyễn Văn An', 'สมชาย ใจดี', '0011001234567', "'quoted", ' =1+1', 'a=b', 'x-y', '', '1+1'])('%j is left as it is', (text) => {
    expect(neutralized(text)).toBe(text);
  });

  it('cuts a text Excel could not hold, after the guard, never inside a surrogate pair', () => {
    const long = `=${'a'.repeat(maxCellChars + 10)}`;
    const safe = safeCellText(long);
    expect(safe.length).toBe(maxCellChars);
    expect(safe.startsWith("'=")).toBe(true);
    expect(safe.endsWith('…')).toBe(true);
    // The cut would fall between the two halves of the first emoji: it goes before it.
    const emoji = `${'a'.repeat(maxCellChars - 2)}😀😀`;
    expect(fitted(emoji) === `${'a'.repeat(maxCellChars - 2)}…`).toBe(true);
    expect(fitted('short')).toBe('short');
  });
});

describe('CSV as RFC 4180 writes it', () => {
  it('quotes a field with a comma, a quote, CR or LF, doubling inner quotes; leaves others bare', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
  });

  it('ends each record with CRLF', () => {
    expect(csvRecord(['a', 'b,c', ''])).toBe('a,"b,c",\r\n');
  });
});
