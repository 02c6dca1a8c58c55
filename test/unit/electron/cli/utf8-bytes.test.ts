import { describe, expect, it } from 'vitest';
import { jsonStringUtf8, jsonUtf8, toUtf8Bytes } from '../../../../electron/cli/utf8-bytes.js';

describe('toUtf8Bytes', () => {
  it.each(['', 'ASCII only 123', 'Nguyễn Văn Thành', 'รวมเงิน', '😀 and a lone \ud800', '\u0080\u07ff\u0800\uffff'])('holds the UTF-8 bytes of %j, one per character', (text) => {
    const bytes = toUtf8Bytes(text);
    expect(Buffer.from(bytes, 'latin1')).toEqual(Buffer.from(text, 'utf8'));
  });

  it('leaves ASCII as it is', () => {
    const text = '{"row":2}';
    expect(toUtf8Bytes(text)).toBe(text);
    expect(jsonUtf8({ row: 2 })).toBe(text);
  });

  it.each(['0011001234567', 'a "quoted" \\ text', 'tab\there', '\u0000\u001f\u007f', 'Nguyễn', '😀', '\ud800', ''])('jsonStringUtf8(%j) is the UTF-8 of JSON.stringify', (text) => {
    expect(Buffer.from(jsonStringUtf8(text), 'latin1').toString('utf8')).toBe(JSON.stringify(text));
  });
});
