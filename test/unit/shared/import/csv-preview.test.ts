import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../../shared/import/csv-preview.js';

describe('previewCsv', () => {
  it('keeps the header, every cell as text, and the CSV line of each row', () => {
    const text = 'Họ và tên,Số tài khoản,Số tiền\nNguyễn Văn An,0011001234567,"1,500,000"\n\nTrần Thị Bình,19033344455566,2.750.000\n';
    const preview = previewCsv(text, 100);
    expect(preview.header).toEqual(['Họ và tên', 'Số tài khoản', 'Số tiền']);
    expect(preview.rows).toEqual([
      { line: 2, cells: ['Nguyễn Văn An', '0011001234567', '1,500,000'] },
      { line: 4, cells: ['Trần Thị Bình', '19033344455566', '2.750.000'] },
    ]);
    expect(preview.rowCount).toBe(2);
    expect(preview.delimiter).toBe(',');
  });

  it('drops a UTF-8 byte-order mark from the first header', () => {
    expect(previewCsv('\uFEFFName,Amount\nA,1\n', 10).header).toEqual(['Name', 'Amount']);
  });

  it('detects a semicolon delimiter', () => {
    const preview = previewCsv('Name;Amount\nA;1.500.000\nB;2.000.000\n', 10);
    expect(preview.delimiter).toBe(';');
    expect(preview.rows[1]).toEqual({ line: 3, cells: ['B', '2.000.000'] });
  });

  it('counts every row but keeps only the first `limit`', () => {
    const lines = ['Name,Amount', ...Array.from({ length: 250 }, (_, i) => `P${i},${i}`)];
    const preview = previewCsv(lines.join('\n'), 100);
    expect(preview.rowCount).toBe(250);
    expect(preview.rows).toHaveLength(100);
    expect(preview.rows[99]).toEqual({ line: 101, cells: ['P99', '99'] });
  });

  it('counts a header-only file as no rows and an empty file as no header', () => {
    expect(previewCsv('Name,Amount\n', 10)).toMatchObject({ header: ['Name', 'Amount'], rowCount: 0, rows: [] });
    expect(previewCsv('', 10)).toMatchObject({ header: [], rowCount: 0 });
  });

  it('keeps quoted line breaks inside one cell', () => {
    const preview = previewCsv('Name,Note\n"An","line one\nline two"\nBinh,x\n', 10);
    expect(preview.rows[0]?.cells).toEqual(['An', 'line one\nline two']);
    expect(preview.rowCount).toBe(2);
  });
});

describe('previewCsv line numbers', () => {
  it('counts physical lines across quoted line breaks, blank lines and CRLF', () => {
    const preview = previewCsv('Name,Note\r\n"An","one\r\ntwo"\r\n\r\nBinh,x\r\nChi,y', 10);
    expect(preview.rows.map((r) => r.line)).toEqual([2, 5, 6]);
  });
  it('detects tab-separated files', () => {
    expect(previewCsv('Name\tAmount\nA\t1\n', 10)).toMatchObject({ delimiter: '\t', rows: [{ line: 2, cells: ['A', '1'] }] });
  });
});
