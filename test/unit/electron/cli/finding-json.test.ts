import { describe, expect, it } from 'vitest';
import { findingsRowJson } from '../../../../electron/cli/finding-json.js';
import { checkedRowJson } from '../../../../electron/cli/validate-command.js';
import { providerIds } from '../../../../shared/providers/provider-ids.js';
import { bankResolverFor, providerRules, rulesFor } from '../../../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';
import { checkedInOrder, findingsInOrder } from '../../../../shared/review/checked-in-order.js';
import type { ProviderRules, RuleContext } from '../../../../shared/providers/rule-context.js';
import type { ReviewRow } from '../../../../shared/review/review-row.js';
import { goodPayee, goodRefund } from '../../../support/payees.js';
import { jsonWritten } from '../../../support/json-written.js';
import { refundSources } from '../../../support/refunds.js';


/** Every row of findingsInOrder as validate --json writes it, against checkedInOrder's row as JSON.stringify writes it. */
function expectSameAsChecked(rows: readonly ReviewRow[], rules: ProviderRules, context: RuleContext): void {
  const checked = [...checkedInOrder(rows, rules, context)];
  const findingsJson = findingsRowJson();
  const rowJson = checkedRowJson();
  let asFindings = 0;
  [...findingsInOrder(rows, rules, context)].forEach((item, index) => {
    const expected = checked[index];
    if (expected === undefined) throw new Error('fewer rows checked than found');
    const json = jsonWritten((out) => (item.checked === null ? findingsJson(item.row, item.findings, out) : rowJson(item.checked, out)));
    if (item.checked === null) {
      asFindings += 1;
      expect(item.findings.state, `row ${item.row.row}`).toBe(expected.state);
    }
    expect(json, `row ${expected.row}`).toBe(JSON.stringify({ row: expected.row, payee: expected.payee, bankCode: expected.wire.bankCode, accountType: expected.wire.accountType, sources: expected.sources, issues: expected.issues }));
  });
  expect(asFindings).toBeGreaterThan(rows.length / 2);
}

// Accents, quotes and a lone surrogate in what the sentences repeat; columns named and not.
const sources = Object.freeze({ name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân "hàng"', amount: 'Số tiền', description: 'Nội dung', phone: 'SĐT', email: 'Email' });

describe('findingsRowJson', () => {
  for (const provider of providerIds) {
    it(`writes each row's findings as the issues checkOne makes of them (${provider})`, () => {
      const rules = providerRules[provider];
      const context = { limits: { ...defaultRuleLimits[provider] }, resolveBank: bankResolverFor(provider) };
      // Each row its own account and phone: rows sharing them are repeats, written as checked rows.
      const row = (n: number, overrides = {}, more: Partial<ReviewRow> = {}): ReviewRow => ({
        row: n,
        payee: goodPayee(provider, { accountNo: `00110012345${n}`, phone: `09123456${n}`, ...overrides }),
        sources,
        entryIssues: [],
        excluded: false,
        acknowledged: [],
        ...more,
      });
      const rows: ReviewRow[] = [
        row(2),
        row(3, { name: 'Nguyễn Văn "An"', description: 'Lương tháng 10/2026' }),
        row(4, { name: 'Trần Thị Bé', description: 'Lương tháng 10/2026' }),
        row(5, { name: 'Lê \ud800 Cường', description: 'Lương tháng 10/2026' }),
        row(6, { bank: 'Ngân hàng Không Có Thật', phone: '12345', email: 'an@', accountNo: '0011-001' }),
        row(7, { bank: null, amount: null, name: null }, { sources: { amount: 'Số tiền' } }),
        row(8, { amount: 1 }),
        row(9, { amount: 9_000_000_000, accountType: 'ví' }),
        row(10, { description: 'x'.repeat(300) }),
        // An amount the import could not read: its own issue, and the rule's on that field left out.
        row(11, { amount: null }, { entryIssues: [{ field: 'amount', column: 'Số tiền', severity: 'error', code: 'amount_unreadable', message: 'Row 11, column Số tiền: "1,2,3" is not an amount.', params: { written: '1,2,3' } }] }),
        row(12, { name: 'Phạm Văn Đức' }, { entryIssues: [{ field: 'phone', column: 'SĐT', severity: 'warning', code: 'phone_zero_restored', message: 'Row 12, column SĐT: a 0 was added.' }] }),
        row(13, {}, { excluded: true }),
        row(14, { accountType: 'thẻ' }, { acknowledged: ['duplicate_payee'] }),
        // Repeats: written as checked rows, with their duplicate warning.
        row(15, { accountNo: '999000', phone: '0900000009' }),
        row(16, { accountNo: '999000', phone: '0900000009' }),
        row(17, { name: 'Võ Thị Sáu' }),
      ];
      expectSameAsChecked(rows, rules, context);
    });
  }

  it("writes a refund sheet's findings as the issues checkOne makes of them", () => {
    const rules = rulesFor('hitechpay', 'refund');
    const context = { limits: { ...defaultRuleLimits.hitechpay }, resolveBank: bankResolverFor('hitechpay') };
    const row = (n: number, overrides = {}): ReviewRow => ({ row: n, payee: goodRefund(overrides), sources: refundSources, entryIssues: [], excluded: false, acknowledged: [] });
    const rows = [row(2), row(3, { transactionId: '1', refundFee: 300_000 }), row(4, { transactionId: '2', amount: null, description: null }), row(5, { transactionId: '3' }), row(6, { transactionId: '3' })];
    expectSameAsChecked(rows, rules, context);
  });
});
