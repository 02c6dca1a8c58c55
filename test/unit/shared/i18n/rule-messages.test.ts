import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Payee, PayeeField } from '../../../../shared/import/model.js';
import { issueText } from '../../../../shared/i18n/issue-text.js';
import { languages } from '../../../../shared/i18n/languages.js';
import { reviewMessages } from '../../../../shared/i18n/messages/review.js';
import { rulesMessages } from '../../../../shared/i18n/messages/rules.js';
import { catalogueOf, translator } from '../../../../shared/i18n/translator.js';
import { providerIds, type ProviderId } from '../../../../shared/providers/provider-ids.js';
import { bankResolverFor, providerRules } from '../../../../shared/providers/provider-rules.js';
import { defaultRuleLimits, type RuleLimits } from '../../../../shared/providers/rule-limits.js';
import type { CheckedRow } from '../../../../shared/review/check-rows.js';
import type { ReviewRow } from '../../../../shared/review/review-row.js';
import { checkRows } from '../../../../shared/review/review-state.js';
import { summaryOf } from '../../../../shared/review/review-summary.js';
import type { ReviewIssue } from '../../../../shared/review/review-types.js';
import { goodPayee } from '../../../support/payees.js';

/**
 * Every sentence the provider rules and Review's checks make, said again from the catalogue:
 * in English word for word as the `message` they carry, in Vietnamese and Thai in full (no
 * message missing, no argument left unfilled). Each provider checks payees built to fail
 * every way its rules know, in a sheet with every column and in one with few.
 */

/** What is wrong with a payee, one field or two at a time; every provider checks them all. */
const faults: ReadonlyArray<Partial<Payee>> = [
  { name: null },
  { name: 'Nguyễn Văn Ánh' },
  { name: 'Somchai Jaidee Somchai Jaidee Somchai' },
  { name: 'Somchai 2nd' },
  { name: 'สมชาย ใจดี' },
  { accountNo: null },
  { accountNo: '12' },
  { accountNo: '0011-001.23' },
  { accountNo: '1'.repeat(33) },
  { accountType: 'something else' },
  { accountType: 'Thẻ' },
  { accountType: 'E-wallet' },
  { accountType: 'Bank account', bank: 'TrueMoney' },
  { bank: null },
  { bank: 'Vietcombnk' },
  { bank: 'Kasikron' },
  { bank: 'VXB' },
  { bank: 'Zqxwv Bank' },
  { bank: 'VietinBank (VCB)' },
  { bank: 'ZaloPay' },
  { amount: null },
  { amount: 0 },
  { amount: 50 },
  { amount: 20_000 },
  { amount: 1_234_567_890_123 },
  { phone: null },
  { phone: '912345678' },
  { phone: '+84 91 234' },
  { email: null },
  { email: 'an@' },
  { description: 'x'.repeat(300) },
  { description: 'Lương tháng 10/2026' },
  { description: 'Bonus #1!' },
  { partnerUserId: null },
  { partnerUserId: 'EMP 001' },
];

const allColumns: Partial<Record<PayeeField, string>> = {
  name: 'Họ và tên',
  accountNo: 'Số tài khoản',
  accountType: 'Loại tài khoản',
  bank: 'Ngân hàng',
  amount: 'Số tiền',
  phone: 'SĐT',
  email: 'Email',
  description: 'Nội dung',
  partnerUserId: 'Mã NV',
};
// Fields no column holds: their issues say "Row N: …".
const fewColumns: Partial<Record<PayeeField, string>> = { name: 'Name', amount: 'Amount', accountNo: 'Account' };

/** Rows from 1,234 on: a row number is written as the sheet does, without grouping. */
function rowsFor(provider: ProviderId, sources: Partial<Record<PayeeField, string>>): ReviewRow[] {
  const rows: ReviewRow[] = faults.map((fault, i) => ({ row: 1_234 + i, payee: goodPayee(provider, { ...fault, accountNo: fault.accountNo === undefined ? `9${String(i).padStart(9, '0')}` : fault.accountNo }), sources, entryIssues: [], excluded: false, acknowledged: [] }));
  // The same payee twice, and nine times (the warning names five and counts the rest).
  const repeated = (count: number, from: number, payee: Payee): ReviewRow[] => Array.from({ length: count }, (_, i) => ({ row: from + i, payee, sources, entryIssues: [], excluded: false, acknowledged: [] }));
  return [...rows, ...repeated(2, 2_000, goodPayee(provider)), ...repeated(9, 3_000, goodPayee(provider, { amount: goodPayee(provider).amount! + 100 }))];
}

const limitsOf = (provider: ProviderId): RuleLimits => defaultRuleLimits[provider];

function checked(provider: ProviderId, sources: Partial<Record<PayeeField, string>>, limits: RuleLimits = limitsOf(provider)): CheckedRow[] {
  return checkRows(rowsFor(provider, sources), providerRules[provider], { limits, resolveBank: bankResolverFor(provider) });
}

type Said = { readonly provider: ProviderId; readonly row: number; readonly issue: ReviewIssue };

const said: Said[] = providerIds.flatMap((provider) =>
  [
    checked(provider, allColumns),
    checked(provider, fewColumns),
    // A default description longer than the provider takes: its issue has no value from the sheet.
    checked(provider, fewColumns, { ...limitsOf(provider), defaultDescription: 'x'.repeat(300) }),
  ].flatMap((rows) => rows.flatMap((row) => row.issues.map((issue) => ({ provider, row: row.row, issue })))),
);

// `amount_missing` is the import's code for an empty amount cell and the rules' for an amount
// missing or not whole: one sentence in messages/import.ts selects on `reason` ('not_whole').
const sharedWithImport = new Set(['amount_missing']);
const own = said.filter((s) => !sharedWithImport.has(s.issue.code));

const label = ({ provider, row, issue }: Said): string => `${provider} ${issue.code} (row ${row}${issue.column ? `, ${issue.column}` : ''})`;

describe('rule and review issues, from the catalogue', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    // A message that cannot be formatted is reported on the console and shown as its id.
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('finds every rule code the catalogue has, with and without a column', () => {
    const catalogued = Object.keys({ ...rulesMessages, ...reviewMessages }).flatMap((id) => (id.startsWith('issue.') ? [id.slice('issue.'.length)] : []));
    const seen = new Set(said.map((s) => s.issue.code));
    expect(catalogued.filter((code) => !seen.has(code))).toEqual([]);
    expect(said.some((s) => s.issue.column === null && s.issue.params?.['at'] === 'row')).toBe(true);
    expect(said.some((s) => s.issue.code === 'duplicate_payee' && s.issue.params?.['more'] === 3)).toBe(true);
  });

  it('has a sentence and a short name for every code the rules and review make', () => {
    const codes = [...new Set(own.map((s) => s.issue.code))];
    const all: Record<string, unknown> = { ...rulesMessages, ...reviewMessages };
    expect(codes.filter((code) => !(`issue.${code}` in all) || !(`problem.${code}` in all))).toEqual([]);
  });

  it.each(own.map((s) => [label(s), s] as const))('%s: the English is the message, word for word', (_label, { issue, row }) => {
    expect(issueText(translator('en'), issue, row)).toBe(issue.message);
  });

  it.each(own.map((s) => [label(s), s] as const))('%s: said in full in Vietnamese and Thai', (_label, { issue, row }) => {
    for (const language of languages) {
      const tr = translator(language);
      expect(catalogueOf(language)[`issue.${issue.code}`], language).toBeDefined();
      const text = issueText(tr, issue, row);
      expect(text, language).not.toMatch(/[{}]/);
      expect(text, language).toContain(String(row));
    }
  });

  it('amount_missing: the rules\' English from the sentence the import shares', () => {
    const missing = said.filter((s) => sharedWithImport.has(s.issue.code));
    expect(missing.length).toBeGreaterThan(0);
    for (const { issue, row } of missing) expect(issueText(translator('en'), issue, row)).toBe(issue.message);
  });

  it('says every fix offered as its label, and in Vietnamese and Thai', () => {
    const fixes = said.flatMap((s) => (s.issue.fix ? [s.issue.fix] : []));
    expect(new Set(fixes.map((f) => f.kind))).toEqual(new Set(['unaccent-upper', 'unaccent', 'unaccent-message', 'restore-phone-zero']));
    for (const fix of [...fixes, { kind: 'trim', value: 'An Binh', label: 'Remove extra spaces: "An Binh"' } as const]) {
      expect(translator('en').t(`fix.${fix.kind}`, { value: fix.value })).toBe(fix.label);
      for (const language of languages) expect(translator(language).t(`fix.${fix.kind}`, { value: fix.value })).toContain(fix.value);
    }
  });

  it.each([
    [{ ok: 0, warning: 0, error: 0, excluded: 3 }],
    [{ ok: 2, warning: 0, error: 1, excluded: 0 }],
    [{ ok: 2, warning: 5, error: 1_234, excluded: 1 }],
    [{ ok: 2, warning: 1, error: 0, excluded: 0 }],
    [{ ok: 0, warning: 4_321, error: 0, excluded: 0 }],
  ])('says what blocks approval (%j) as the summary does', (states) => {
    const { blocker, blockerCheck } = summaryOf(states, 0, 'VND');
    if (!blockerCheck) throw new Error('expected a blocker');
    expect(translator('en').t(`check.${blockerCheck.code}`, blockerCheck.params)).toBe(blocker);
    for (const language of languages) expect(translator(language).t(`check.${blockerCheck.code}`, blockerCheck.params)).not.toMatch(/[{}]/);
  });
});
