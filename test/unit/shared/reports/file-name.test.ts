import { describe, expect, it } from 'vitest';
import { desktopApi } from '../../../../shared/desktop/desktop-api.js';
import { fitFileName } from '../../../../shared/reports/file-name.js';

describe('a file name offered or suggested for saving', () => {
  it.each([
    ['ket-qua-luong-thang-11.xlsx', 'xlsx', 'ket-qua-luong-thang-11.xlsx'],
    ['ket-qua', 'csv', 'ket-qua.csv'],
    ['Bảng lương.xlsx.bat', 'xlsx', 'Bảng lương.xlsx.bat.xlsx'],
    ['../../etc/passwd', 'csv', 'etc passwd.csv'],
    ['a\\b:c*d?e"f<g>h|i', 'csv', 'a b c d e f g h i.csv'],
    ['line\nbreak\u0007', 'pdf', 'line break.pdf'],
    ['  Bảng   lương. ', 'xlsx', 'Bảng lương.xlsx'],
    ['...', 'pdf', 'paybatch.pdf'],
    ['', 'xlsx', 'paybatch.xlsx'],
  ] as const)('%s as %s → %s', (name, kind, fitted) => {
    expect(fitFileName(name, kind)).toBe(fitted);
  });

  it('is short enough for any folder, and always accepted by the save call', () => {
    const long = 'Bảng lương tháng 11 năm 2026 — '.repeat(20);
    for (const kind of ['xlsx', 'csv'] as const) {
      const fitted = fitFileName(`${long}.${kind}`, kind);
      expect(fitted.length).toBeLessThanOrEqual(150);
      expect(fitted.endsWith(`.${kind}`)).toBe(true);
      expect(desktopApi['desktop.saveFile'].input.safeParse({ suggestedName: fitted, kind, base64: '' }).success).toBe(true);
    }
    expect(desktopApi['desktop.savePdf'].input.safeParse({ suggestedName: fitFileName(long, 'pdf') }).success).toBe(true);
  });

  it('refuses a name that does not say the form it holds', () => {
    expect(desktopApi['desktop.saveFile'].input.safeParse({ suggestedName: 'report.bat', kind: 'csv', base64: '' }).success).toBe(false);
    expect(desktopApi['desktop.saveFile'].input.safeParse({ suggestedName: 'report.csv', kind: 'xlsx', base64: '' }).success).toBe(false);
    expect(desktopApi['desktop.savePdf'].input.safeParse({ suggestedName: 'statement.html' }).success).toBe(false);
  });
});
