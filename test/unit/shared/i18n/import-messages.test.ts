import { describe, expect, it } from 'vitest';
import { issueText } from '../../../../shared/i18n/issue-text.js';
import { languages } from '../../../../shared/i18n/languages.js';
import { allMessages } from '../../../../shared/i18n/messages/index.js';
import { translator } from '../../../../shared/i18n/translator.js';
import { tooManyColumns } from '../../../../shared/import/excel-cell.js';
import { ImportFailure } from '../../../../shared/import/import-failure.js';
import { checkText, excludedText, failureText } from '../../../../shared/import/import-text.js';
import { fileTooLarge, tooManyRows } from '../../../../shared/import/import-limits.js';
import { mappingChecks, type MappingCheckInput } from '../../../../shared/import/mapping-checks.js';
import type { ImportedRow, RowIssue } from '../../../../shared/import/model.js';
import { chooseSheet, damaged } from '../../../../shared/import/workbook-read.js';
import { applyMerges, keptSheet, mergeRangeOf } from '../../../../shared/import/xlsx/sheet-layout.js';
import { workbookTooLarge, workbookTooSlow } from '../../../../shared/import/zip-guard.js';
import { failureOf, importWith, workbookReaders } from '../../../support/import-readers.js';
import { badSheets, unreadableFiles } from './bad-sheets.js';

const en = translator('en');
const known = new Set(Object.keys(allMessages));

/** The reader the window and the CLI use; exceljs refuses the damaged workbook as a whole. */
const sax = workbookReaders.find(([label]) => label.startsWith('SAX'))?.[1] ?? workbookReaders[0]![1];

/** Every issue the bad sheets make, with its row. */
async function issuesOfBadSheets(): Promise<{ rows: ImportedRow[]; excluded: Awaited<ReturnType<ReturnType<typeof importWith>>>['excludedRows'] }> {
  const rows: ImportedRow[] = [];
  const excluded = [];
  for (const sheet of badSheets()) {
    const result = await importWith(sax)(sheet.bytes, sheet.name, sheet.currency ? { currency: sheet.currency } : {});
    rows.push(...result.rows);
    excluded.push(...result.excludedRows);
  }
  return { rows, excluded };
}

describe('the import’s messages in the catalogue', async () => {
  const { rows, excluded } = await issuesOfBadSheets();
  const issues: Array<[number, RowIssue]> = rows.flatMap((row) => row.issues.map((issue): [number, RowIssue] => [row.row, issue]));
  const codes = [...new Set(issues.map(([, issue]) => issue.code))].sort();

  it('the bad sheets make every problem the import names', () => {
    expect(codes).toEqual(
      [
        'account_digits_lost',
        'account_not_text',
        'account_scientific',
        'account_stored_as_number',
        'amount_ambiguous',
        'amount_missing',
        'amount_not_positive',
        'amount_too_large',
        'amount_too_precise',
        'amount_unreadable',
        'cell_control_chars',
        'cell_damaged',
        'cell_error',
        'cell_too_long',
        'phone_leading_zero_restored',
        'phone_unusual',
      ].sort(),
    );
  });

  it('has a sentence and a short name for every code, in every language', () => {
    for (const code of codes) {
      expect(known.has(`issue.${code}`), `issue.${code}`).toBe(true);
      expect(known.has(`problem.${code}`), `problem.${code}`).toBe(true);
    }
  });

  it('says in English exactly what each issue’s message says', () => {
    expect(issues.length).toBeGreaterThan(25);
    for (const [row, issue] of issues) expect(issueText(en, issue, row)).toBe(issue.message);
  });

  it('says every issue in Vietnamese and Thai, with its values and none of the English', () => {
    for (const language of languages.filter((l) => l !== 'en')) {
      const tr = translator(language);
      for (const [row, issue] of issues) {
        const text = issueText(tr, issue, row);
        expect(text).not.toBe(issue.message);
        expect(text).toContain(String(row));
        if (issue.column) expect(text).toContain(issue.column);
        for (const key of ['shown', 'phone', 'written'] as const) {
          const value = issue.params?.[key];
          if (typeof value === 'string' && issue.message.includes(value) && issue.code !== 'amount_not_positive') expect(text, `${issue.code} ${key}`).toContain(value);
        }
      }
    }
  });

  it('says why rows are left out in every language, the English as the import does (money aside)', () => {
    expect(new Set(excluded.map((e) => e.code))).toEqual(new Set(['totals_row', 'header_repeated', 'below_totals']));
    for (const e of excluded) {
      if (e.params['stated'] === undefined) expect(excludedText(en, e)).toBe(e.reason);
      else expect(excludedText(en, e)).toMatch(/^Row \d+: totals row .*, not a payee\. Its amount, ₫[\d,]+, is not the sum of the rows above it \(₫[\d,]+\): check the sheet before paying$/);
      for (const language of languages) expect(excludedText(translator(language), e)).toContain(String(e.row));
    }
    expect(excludedText(translator('vi'), excluded.find((e) => e.params['stated'] !== undefined) ?? excluded[0]!)).toMatch(/\d{1,3}(\.\d{3})*\s₫/u);
  });
});

/** The failure `run` throws; the test fails when it throws none. */
function refusedBy(run: () => unknown): ImportFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFailure) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('whole-file failures in the catalogue', () => {
  const made: Array<() => ImportFailure> = [
    () => tooManyRows('luong.csv'),
    () => fileTooLarge('luong.csv', 209_715_200),
    () => tooManyColumns('Lương', 501),
    () => workbookTooLarge('luong.xlsx', '64 MB', 'detail'),
    () => workbookTooSlow('luong.xlsx', 31_000),
    () => damaged('luong.xlsx', new Error('Out of bounds. Invalid column letter: XFE')),
    () => damaged('luong.xlsx', new Error('unexpected end')),
    () => refusedBy(() => chooseSheet([{ name: 'Lương', rows: 3 }, { name: 'Thưởng', rows: 2 }], 'luong.xlsx', 'Tháng 9')),
    () => refusedBy(() => chooseSheet([{ name: 'Lương', rows: 0 }], 'luong.xlsx')),
    () => {
      const range = mergeRangeOf('A1:Z50000');
      if (!range) throw new Error('no range');
      return refusedBy(() => applyMerges(keptSheet('Lương'), [range], () => undefined));
    },
  ];

  it('says each failure in English exactly as its message, and in Vietnamese and Thai', async () => {
    const failures: ImportFailure[] = [];
    for (const make of made) failures.push(make());
    for (const file of unreadableFiles()) {
      try {
        await importWith(sax)(file.bytes, file.name);
      } catch (error) {
        if (!(error instanceof ImportFailure)) throw error;
        failures.push(error);
      }
    }
    const codes = new Set(failures.map((f) => f.code));
    for (const code of ['empty', 'no_data_rows', 'xls_legacy', 'xlsx_not_zip', 'not_a_sheet', 'no_header', 'no_data', 'csv_quotes', 'too_many_columns', 'too_many_rows', 'file_too_large', 'xlsx_damaged', 'xlsx_too_large', 'xlsx_too_slow', 'sheet_not_found']) expect(codes).toContain(code);
    for (const failure of failures) {
      expect(known.has(`importFailure.${failure.code}`), failure.code).toBe(true);
      expect(failureText(en, failure)).toBe(failure.message);
      for (const language of ['vi', 'th'] as const) expect(failureText(translator(language), failure)).not.toBe(failure.message);
    }
  });

  it('knows the failures the window makes itself', () => {
    expect(failureText(en, { code: 'internal', message: 'x', params: { detail: 'TypeError: boom' } })).toContain('(TypeError: boom)');
    expect(failureText(translator('vi'), { code: 'reader_stopped', message: 'x', params: { detail: 'gone' } })).toContain('(gone)');
    expect(failureText(en, { code: 'no_file', message: 'Choose a payroll file first.', params: {} })).toBe('Choose a payroll file first.');
  });

  it('refuses an unreadable file with a code (the failure the window shows)', async () => {
    expect(await failureOf(importWith(sax)(new Uint8Array(0), 'luong.csv'))).toMatchObject({ code: 'empty' });
  });
});

describe('the Map step’s checks in the catalogue', () => {
  const column = (header: string, samples: string[]) => ({ header, samples });
  const payee = (amount: number | null) => ({ payee: { name: 'An', accountNo: '1', accountType: null, bank: 'VCB', amount, currency: 'THB' as const, phone: null, email: null, description: null, reference: null, partnerUserId: null, transactionId: null, refundFee: null }, issues: [] });
  const inputs: MappingCheckInput[] = [
    { mapping: { amount: 'Số tiền', phone: 'Số tiền', name: 'Số tiền' }, columns: [column('Số tiền', ['1'])], rows: [], provider: null, currency: 'VND' },
    { mapping: {}, columns: [], rows: [], provider: 'smilepayz', currency: 'VND' },
    { mapping: { amount: 'Số tiền' }, columns: [column('Số tiền', ['1'])], rows: [], provider: 'haipay', currency: 'VND' },
    { mapping: { amount: 'Amount' }, columns: [column('Amount', ['15,000,000'])], rows: Array.from({ length: 5 }, () => payee(1_500_000_000)), provider: 'haipay', currency: 'THB' },
    { mapping: { amount: 'Amount' }, columns: [column('Amount', ['15,000,000 VND'])], rows: [payee(100)], provider: 'haipay', currency: 'THB' },
    { mapping: { amount: 'Số tiền' }, columns: [column('Số tiền', ['1.500 THB'])], rows: [payee(100)], provider: 'appotapay', currency: 'VND' },
    { mapping: { amount: 'จำนวนเงิน' }, columns: [column('จำนวนเงิน', [])], rows: [payee(100)], provider: 'appotapay', currency: 'VND' },
  ];
  const checks = inputs.flatMap((input) => mappingChecks(input));

  it('makes every check', () => {
    expect(new Set(checks.map((c) => c.code))).toEqual(new Set(['provider_not_chosen', 'column_mapped_twice', 'amount_not_mapped', 'required_field_not_mapped', 'currency_not_provider', 'amounts_in_other_currency']));
  });

  it('says each in English exactly as its message, and in Vietnamese and Thai', () => {
    for (const check of checks) {
      expect(known.has(`check.${check.code}`), check.code).toBe(true);
      expect(checkText(en, check)).toBe(check.message);
      for (const language of ['vi', 'th'] as const) expect(checkText(translator(language), check)).not.toBe(check.message);
    }
    const twice = checks.find((c) => c.code === 'column_mapped_twice');
    expect(twice && checkText(translator('vi'), twice)).toContain('Họ và tên, Số tiền và Số điện thoại');
  });
});
