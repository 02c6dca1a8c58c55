import { describe, expect, it } from 'vitest';
import { mappingFileFor, parseMappingFile } from '../../../../shared/import/mapping-file.js';

describe('mapping files', () => {
  it('round-trips what the app exports', () => {
    const file = mappingFileFor({ name: 'Họ và tên', amount: 'Số tiền' }, { currency: 'VND', amountFormat: 'comma-decimal' });
    expect(parseMappingFile(JSON.stringify(file), 'm.json')).toEqual({ ok: true, file });
  });
  it('reads a bare field → header object', () => {
    expect(parseMappingFile('{"name":"Tên","accountNo":"STK"}', 'm.json')).toEqual({ ok: true, file: { paybatch: 'mapping', version: 1, columns: { name: 'Tên', accountNo: 'STK' } } });
  });
  it.each([
    ['not JSON', '{', 'is not valid JSON'],
    ['an unknown field', '{"paybatch":"mapping","version":1,"columns":{"salary":"Lương"}}', 'Fields that can be mapped: name, accountNo'],
    ['nothing mapped', '{"paybatch":"mapping","version":1,"columns":{}}', 'maps no column'],
    ['a future version', '{"paybatch":"mapping","version":2,"columns":{"name":"Tên"}}', 'not a Paybatch mapping file'],
  ])('refuses %s with a message naming the file', (_label, text, expected) => {
    const parsed = parseMappingFile(text, 'cot.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain('cot.json');
      expect(parsed.message).toContain(expected);
    }
  });
});
