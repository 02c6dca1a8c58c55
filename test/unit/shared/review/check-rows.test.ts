import { describe, expect, it } from 'vitest';
import { checkRows } from '../../../../shared/review/review-state.js';
import { editRow } from '../../../../shared/review/edit-row.js';
import { summarize } from '../../../../shared/review/review-summary.js';
import type { ReviewRow } from '../../../../shared/review/review-row.js';
import { applyFix } from '../../../../shared/providers/safe-fixes.js';
import { bankResolverFor, providerRules } from '../../../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';
import { goodPayee } from '../../../support/payees.js';

const context = { limits: defaultRuleLimits.appotapay, resolveBank: bankResolverFor('appotapay') };
const sources = { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền', description: 'Nội dung' };
const row = (n: number, overrides = {}): ReviewRow => ({ row: n, payee: goodPayee('appotapay', overrides), sources, entryIssues: [], excluded: false, acknowledged: [] });

describe('checkRows', () => {
  it('names the row and the column in every message', () => {
    const [checked] = checkRows([row(7, { name: 'Nguyễn Văn A' })], providerRules.appotapay, context);
    expect(checked?.state).toBe('error');
    expect(checked?.issues[0]?.message).toMatch(/^Row 7, column Họ và tên: AppotaPay accepts account names without accents only/);
  });

  it('warns on the same account, bank and amount twice, until acknowledged', () => {
    const rows = [row(5), row(6, { accountNo: '999' }), row(9)];
    const checked = checkRows(rows, providerRules.appotapay, context);
    expect(checked.map((r) => r.state)).toEqual(['warning', 'ok', 'warning']);
    expect(checked[0]?.issues.at(-1)?.message).toBe('Row 5: the same account, bank and amount as row 9. If every payment is meant, acknowledge this warning; otherwise exclude the extra row.');
    const acknowledged = checkRows([{ ...rows[0]!, acknowledged: ['duplicate_payee'] }, rows[1]!, { ...rows[2]!, acknowledged: ['duplicate_payee'] }], providerRules.appotapay, context);
    expect(acknowledged.map((r) => r.state)).toEqual(['ok', 'ok', 'ok']);
  });

  it('does not count an excluded row as a duplicate, and keeps it listed', () => {
    const checked = checkRows([row(5), { ...row(9), excluded: true }], providerRules.appotapay, context);
    expect(checked.map((r) => r.state)).toEqual(['ok', 'excluded']);
  });

  it('does not explain a field twice when the import already did', () => {
    const lost: ReviewRow = { ...row(7, { accountNo: null }), entryIssues: [{ field: 'accountNo', column: 'Số tài khoản', severity: 'error', code: 'account_digits_lost', message: 'Row 7, column Số tài khoản: digits lost' }] };
    expect(checkRows([lost], providerRules.appotapay, context)[0]?.issues.map((i) => i.code)).toEqual(['account_digits_lost']);
  });

  it('summarizes: rows, valid, errors, warnings, total, and what blocks approval', () => {
    const checked = checkRows([row(5), row(6, { amount: 2_000_000, accountNo: '1234' }), row(7, { name: 'Lê Ánh', accountNo: '5555' }), { ...row(8), excluded: true }], providerRules.appotapay, context);
    expect(summarize(checked, 'VND')).toEqual({ rows: 4, included: 3, valid: 2, errors: 1, warnings: 0, excluded: 1, currency: 'VND', total: 5_000_000, blocker: '1 row has errors. Fix or exclude it first.', blockerCheck: { code: 'blocker_errors', params: { count: 1 } } });
  });
});

describe('editing and fixing', () => {
  it('re-reads a typed amount and replaces what the import said about the cell', () => {
    const broken: ReviewRow = { ...row(5, { amount: null }), entryIssues: [{ field: 'amount', column: 'Số tiền', severity: 'error', code: 'amount_unreadable', message: 'x' }] };
    const fixed = editRow(broken, 'amount', '2.500.000', 'VND');
    expect(fixed.payee.amount).toBe(2_500_000);
    expect(fixed.entryIssues).toEqual([]);
    const bad = editRow(fixed, 'amount', 'abc', 'VND');
    expect(bad.payee.amount).toBeNull();
    expect(bad.entryIssues).toMatchObject([{ code: 'amount_unreadable', message: expect.stringMatching(/^Row 5, column Số tiền: /) }]);
  });
  it('takes an account number exactly as typed', () => {
    expect(editRow(row(5), 'accountNo', ' 0011 002 ', 'VND').payee.accountNo).toBe('0011 002');
  });
  it.each([
    ['unaccent-upper', 'Nguyễn Văn Ánh', 'NGUYEN VAN ANH'],
    ['unaccent-upper', 'Đặng  thị   Hoa', 'DANG THI HOA'],
    ['unaccent', 'Nguyễn Văn A', 'Nguyen Van A'],
    ['unaccent-message', 'Lương T10/2026 - thưởng!', 'Luong T10 2026 thuong'],
    ['restore-phone-zero', '912345678', '0912345678'],
    ['restore-phone-zero', '0912345678', '0912345678'],
    ['trim', '  An   Binh ', 'An Binh'],
  ] as const)('%s: %j → %j', (kind, value, expected) => {
    expect(applyFix(kind, value)).toBe(expected);
  });
});
