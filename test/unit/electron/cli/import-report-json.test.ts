import { describe, expect, it } from 'vitest';
import { importedRowJson } from '../../../../electron/cli/import-report-json.js';
import { issuesJson } from '../../../../electron/cli/issue-json.js';
import { checkedRowJson } from '../../../../electron/cli/validate-command.js';
import type { ImportedRow, Payee } from '../../../../shared/import/model.js';
import { bankResolverFor, providerRules, rulesFor } from '../../../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';
import { checkRows } from '../../../../shared/review/review-state.js';
import { goodPayee, goodRefund } from '../../../support/payees.js';
import { jsonWritten } from '../../../support/json-written.js';
import { refundSources } from '../../../support/refunds.js';


// Accents and quotes on purpose: the hand-written JSON must escape exactly as JSON.stringify.
const payee = (overrides: Partial<Payee> = {}): Payee => goodPayee('appotapay', { name: 'Nguyễn Văn An', email: null, description: 'Lương tháng 10', partnerUserId: null, ...overrides });

const sources = Object.freeze({ name: 'Họ và tên', accountNo: 'Số tài khoản', amount: 'Số tiền' });

describe('importedRowJson', () => {
  it('writes exactly what JSON.stringify({ row, payee, sources, issues }) writes, as UTF-8', () => {
    const rows: ImportedRow[] = [
      { row: 2, payee: payee(), sources, issues: [] },
      { row: 3, payee: payee({ bank: 'Vietcombank', amount: null }), sources, issues: [{ field: 'amount', column: 'Số tiền', severity: 'error', code: 'amount_missing', message: 'Row 3, column Số tiền: the amount is empty.' }] },
      // Everything JSON must escape, in fields that are cached and in fields that are not.
      { row: 4, payee: payee({ name: 'A "quoted" \\ name\t\n', description: 'line\u0001break "x"', email: 'an@example.vn', reference: '😀 \ud800', accountType: 'wallet', partnerUserId: 'u-1' }), sources: { ...sources, phone: 'SĐT' }, issues: [] },
      { row: 5, payee: payee({ currency: 'THB', amount: 150_000, description: 'line\u0001break "x"' }), sources, issues: [] },
      // A refund's transaction and fee, and a fee of nothing (0 is a number, not null).
      { row: 6, payee: goodRefund({ description: 'Hoàn tiền đơn "1001"', refundFee: 5_000 }), sources: refundSources, issues: [] },
      { row: 7, payee: goodRefund({ transactionId: '0000123', refundFee: 0, reference: null }), sources: refundSources, issues: [] },
      { row: 8, payee: goodRefund({ transactionId: null, amount: null }), sources: refundSources, issues: [] },
    ];
    const toJson = importedRowJson();
    for (const row of rows) {
      const utf8 = jsonWritten((out) => toJson(row, out));
      expect(utf8).toBe(JSON.stringify({ row: row.row, payee: row.payee, sources: row.sources, issues: row.issues }));
    }
  });
});

describe('checkedRowJson', () => {
  it('writes exactly what JSON.stringify({ row, payee, bankCode, accountType, sources, issues }) writes, as UTF-8', () => {
    const rows = [
      { row: 2, payee: payee(), sources, entryIssues: [], excluded: false, acknowledged: [] },
      { row: 3, payee: payee({ name: 'NGUYEN VAN AN', description: 'Luong thang 10', bank: 'Vietcombnk' }), sources, entryIssues: [], excluded: false, acknowledged: [] },
      { row: 4, payee: payee({ amount: null }), sources, entryIssues: [{ field: 'amount' as const, column: 'Số tiền', severity: 'error' as const, code: 'amount_missing', message: 'Row 4, column Số tiền: the amount is empty.' }], excluded: false, acknowledged: [] },
    ];
    const checked = checkRows(rows, providerRules.appotapay, { limits: { ...defaultRuleLimits.appotapay }, resolveBank: bankResolverFor('appotapay') });
    expect(checked.some((r) => r.issues.some((i) => 'fix' in i))).toBe(true);
    const refunds = checkRows(
      [2, 3].map((row) => ({ row, payee: goodRefund({ transactionId: '261121000055555', refundFee: row === 3 ? 1_000 : null }), sources: refundSources, entryIssues: [], excluded: false, acknowledged: [] })),
      rulesFor('hitechpay', 'refund'),
      { limits: { ...defaultRuleLimits.hitechpay }, resolveBank: bankResolverFor('hitechpay') },
    );
    expect(refunds.every((r) => r.issues.some((i) => i.code === 'refund_repeated'))).toBe(true);
    const toJson = checkedRowJson();
    for (const r of [...checked, ...refunds]) {
      const utf8 = jsonWritten((out) => toJson(r, out));
      expect(utf8).toBe(JSON.stringify({ row: r.row, payee: r.payee, bankCode: r.wire.bankCode, accountType: r.wire.accountType, sources: r.sources, issues: r.issues }));
    }
  });
});

describe('issuesJson', () => {
  it('writes what JSON.stringify writes, row after row, for issues of every shape', () => {
    const shared = { kind: 'unaccent-message', value: 'Luong thang 10', label: 'Remove accents and special characters: "Luong thang 10"' };
    const issue = (row: number, extra: object = {}) => ({ field: 'description', column: 'Nội dung', severity: 'error', code: 'message_chars', message: `Row ${row}, column Nội dung: "Lương"`, ...extra });
    const rows: object[][] = [
      [issue(2, { fix: shared }), { field: 'name', column: 'Họ và tên', severity: 'error', code: 'account_name_chars', message: 'Row 2: "Nguyễn"', fix: { kind: 'unaccent-upper', value: 'NGUYEN', label: 'L: "NGUYEN"' } }],
      [issue(3, { fix: shared }), { field: 'name', column: 'Họ và tên', severity: 'error', code: 'account_name_chars', message: 'Row 3: "Trần"', fix: { kind: 'unaccent-upper', value: 'TRAN', label: 'L: "TRAN"' } }],
      [issue(4, { fix: shared }), { field: null, column: null, severity: 'warning', code: 'duplicate_payee', message: 'Row 4: the same…' }],
      // Shapes the cache must not take for its own: an extra key, another order, a fix left undefined, a fix with more.
      [issue(5, { params: { written: '1.5' } }), { column: 'Nội dung', field: 'description', severity: 'error', code: 'x', message: 'm' }],
      [issue(6, { fix: undefined }), issue(6, { fix: { ...shared, extra: 1 } }), issue(6, { fix: shared })],
      [{ field: 'amount', column: 'Số tiền', severity: 'error', code: 'amount_missing', message: 'Row 7, column Số tiền: the amount is empty.' }],
    ];
    const toJson = issuesJson();
    for (const issues of rows) expect(jsonWritten((out) => toJson(issues, out))).toBe(JSON.stringify(issues));
    expect(jsonWritten((out) => toJson([], out))).toBe('[]');
  });

  it('writes messages that end alike row after row as JSON.stringify does, and those that stop doing so', () => {
    const sentence = 'AppotaPay accepts a message in unaccented letters only; "Lương tháng 10" has accents.';
    const messages = [
      `Row 2, column Nội dung: ${sentence}`,
      `Row 3, column Nội dung: ${sentence}`,
      `Row 4, column Nội dung: ${sentence}`,
      `Row 1000, column Nội dung: ${sentence}`,
      `Row 5 \ud83d: ${sentence}`,
      sentence,
      `x${sentence}`,
      `Row 6, column Nội dung: another sentence "quoted", long enough`,
      `Row 7, column Nội dung: another sentence "quoted", long enough`,
      `Row 8, column Nội dung: another sentence "quoted", long enough`,
      `Row 9, column Nội dung: ${sentence}`,
      `Row 10: \udc00 a sentence that starts inside a pair, long`,
      `Row 11: \udc00 a sentence that starts inside a pair, long`,
      `Row 12 \ud83d: \udc00 a sentence that starts inside a pair, long`,
    ];
    const toJson = issuesJson();
    for (const message of messages) {
      const issues = [{ field: 'description', column: 'Nội dung', severity: 'error', code: 'message_chars', message }];
      expect(jsonWritten((out) => toJson(issues, out)), message).toBe(JSON.stringify(issues));
    }
  });
});
