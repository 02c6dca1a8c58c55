import { describe, expect, it } from 'vitest';
import { jsonBytes, type JsonBytes } from '../../../../electron/cli/json-bytes.js';

/** What `write` puts into pieces of `pieceBytes`, as text. */
function written(write: (json: JsonBytes) => void, pieceBytes = 64): string {
  const pieces: Buffer[] = [];
  const json = jsonBytes(pieceBytes, (filled) => {
    pieces.push(Buffer.from(filled));
    return true;
  });
  write(json);
  json.flush();
  return Buffer.concat(pieces).toString('utf8');
}

const texts = ['', 'ASCII only 123', 'Nguyễn Văn Thành', 'รวมเงิน', 'a "quoted" \\ text', 'tab\there\nand\r\f\b', '\u0000\u001f\u007f', '😀 and a lone \ud800', 'lone low \udc00 end', '\ud83d', '\u0080\u07ff\u0800\uffff', 'x'.repeat(20_000), 'ắ"'.repeat(10_000)];

describe('jsonBytes', () => {
  it.each(texts.map((text) => [text.slice(0, 30), text]))('string(%j) is the UTF-8 of JSON.stringify', (_, text) => {
    expect(written((json) => json.string(text))).toBe(JSON.stringify(text));
  });

  it('writes UTF-8 bytes exactly as Buffer.from(JSON.stringify(…)) does, lone surrogates escaped', () => {
    const pieces: Buffer[] = [];
    const json = jsonBytes(16, (filled) => (pieces.push(Buffer.from(filled)), true));
    json.string('Trần 😀 \ud800');
    json.flush();
    expect(Buffer.concat(pieces)).toEqual(Buffer.from(JSON.stringify('Trần 😀 \ud800'), 'utf8'));
  });

  it.each([
    ['Row 2, column Họ: "Nguyễn"\n', 9],
    ['😀 pair', 2],
    ['high \ud800', 6],
    ['ắ'.repeat(20_000), 17_000],
  ] as const)('stringHead(%j, %d) and the rest escaped apart are JSON.stringify', (text, end) => {
    const head = written((json) => json.stringHead(text, end));
    expect(head + JSON.stringify(text.slice(end)).slice(1)).toBe(JSON.stringify(text));
  });

  it.each([0, -0, 1.5, -12, 1e21, 5e-7, Number.NaN, Infinity, null])('number(%s) is what JSON.stringify writes', (value) => {
    expect(written((json) => json.number(value))).toBe(JSON.stringify(value));
  });

  it('value() writes what JSON.stringify writes for data', () => {
    const data = [
      { field: 'name', column: 'Họ và tên', severity: 'error', code: 'x', message: 'Row 2: "Nguyễn"', fix: { kind: 'unaccent', value: 'Nguyen', label: 'L: "Nguyen"' } },
      { a: undefined, b: () => 1, c: [undefined, null, 1, 'two', true, false, { d: Number.NaN }], 2: 'integer keys first', e: new Date(0), f: Object.assign(Object.create(null) as object, { g: 1 }) },
      [],
      {},
      'text',
      7,
      null,
    ];
    for (const value of data) expect(written((json) => json.value(value))).toBe(JSON.stringify(value));
  });

  it('keeps what was written when a value does not fit the piece, and gives a long one a piece of its own', () => {
    const long = 'ắ'.repeat(300);
    const text = written((json) => {
      json.ascii('[');
      for (let i = 0; i < 50; i += 1) {
        json.string(`${i} Lê Thị`);
        json.ascii(',');
      }
      json.string(long);
      json.ascii(']');
    }, 32);
    expect(JSON.parse(text)).toEqual([...Array.from({ length: 50 }, (_, i) => `${i} Lê Thị`), long]);
  });

  it('encoded bytes go out as they are', () => {
    const sources = { name: 'Họ và tên', amount: 'Số tiền' };
    expect(written((json) => json.encoded(Buffer.from(JSON.stringify(sources), 'utf8')), 8)).toBe(JSON.stringify(sources));
  });
});
