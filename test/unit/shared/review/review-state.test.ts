import { describe, expect, it } from 'vitest';
import { bankResolverFor, providerRules, rulesFor } from '../../../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';
import type { CheckedRow } from '../../../../shared/review/check-rows.js';
import { payeeFields } from '../../../../shared/import/model.js';
import { editRow } from '../../../../shared/review/edit-row.js';
import type { ReviewRow } from '../../../../shared/review/review-row.js';
import { checkRows, createReviewState } from '../../../../shared/review/review-state.js';
import { summarize, summaryOf } from '../../../../shared/review/review-summary.js';
import { goodPayee, goodRefund } from '../../../support/payees.js';

const rules = providerRules.appotapay;
const context = { limits: defaultRuleLimits.appotapay, resolveBank: bankResolverFor('appotapay') };
const sources = { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền' };
const row = (n: number, overrides = {}): ReviewRow => ({ row: n, payee: goodPayee('appotapay', overrides), sources, entryIssues: [], excluded: false, acknowledged: [] });

function stateOf(rows: readonly ReviewRow[]) {
  const state = createReviewState(rules, context);
  for (const r of rows) state.append(r);
  state.finish();
  return state;
}

/** What a from-scratch check says; the incremental state must always agree with it. */
function fresh(rows: readonly CheckedRow[]) {
  return checkRows(rows, rules, context);
}

const view = (rows: readonly CheckedRow[]) => rows.map((r) => ({ row: r.row, state: r.state, issues: r.issues.map((i) => i.message) }));

describe('the review state, kept current one change at a time', () => {
  it('agrees with a from-scratch check after every kind of change, duplicates included', () => {
    const state = stateOf([row(2), row(3, { accountNo: '222' }), row(4), row(5, { name: 'Lê Ánh', accountNo: '333' }), row(6, { accountNo: '222' })]);
    const changes: Array<[number, (r: CheckedRow) => ReviewRow]> = [
      [1, (r) => editRow(r, 'accountNo', '0011001234567', 'VND')], // joins the first group (3 rows now)
      [0, (r) => ({ ...r, excluded: true })], // leaves it
      [2, (r) => ({ ...r, acknowledged: ['duplicate_payee'] })],
      [3, (r) => editRow(r, 'name', 'LE ANH', 'VND')],
      [4, (r) => editRow(r, 'amount', '0', 'VND')],
      [0, (r) => ({ ...r, excluded: false })],
    ];
    for (const [index, change] of changes) {
      state.replace(index, change(state.rows[index]!));
      expect(view(state.rows)).toEqual(view(fresh(state.rows)));
      expect(summaryOf(state.tally.states, state.tally.total, 'VND')).toEqual(summarize(fresh(state.rows), 'VND'));
      expect(byCode(state.tally.problems)).toEqual(byCode(walkedProblems(state.rows)));
      expect(state.tally.widths.longest()).toEqual(walkedWidths(state.rows));
    }
  });

  it('keeps the problems on offer and how long the values run, as a walk over every row finds them', () => {
    const state = stateOf([row(2, { name: 'Nguyễn Văn An', accountNo: '0011001234501' }), row(3, { name: 'Trần Bình', accountNo: '0011001234502' }), row(4, { amount: 123_456_789 }), row(5, { name: 'Lê Cường', accountNo: '0011001234503' })]);
    expect(state.tally.problems).toEqual([{ code: 'account_name_chars', severity: 'error', count: 3 }]);
    expect(state.tally.widths.longest()).toEqual(walkedWidths(state.rows));
    // The longest name put right, the largest amount made smaller, a row excluded: each counted out.
    state.replace(0, editRow(state.rows[0]!, 'name', 'AN', 'VND'));
    state.replace(2, editRow(state.rows[2]!, 'amount', '5.000', 'VND'));
    state.replace(1, { ...state.rows[1]!, excluded: true });
    expect(state.tally.problems).toEqual([{ code: 'account_name_chars', severity: 'error', count: 1 }]);
    expect(byCode(state.tally.problems)).toEqual(byCode(walkedProblems(state.rows)));
    expect(state.tally.widths.longest()).toEqual(walkedWidths(state.rows));
  });

  it('says what a change touched: the row and the rows sharing its payee and amount', () => {
    const state = stateOf([row(2), row(3, { accountNo: '222' }), row(4)]);
    expect(state.replace(1, editRow(state.rows[1]!, 'name', 'AN', 'VND'))).toEqual([1]);
    expect([...state.replace(2, editRow(state.rows[2]!, 'accountNo', '999', 'VND'))].sort()).toEqual([0, 2]);
    expect(state.rows[0]!.state).toBe('ok');
  });

  it('keeps the counts of offered fixes and open warnings', () => {
    const state = stateOf([row(2, { name: 'Nguyễn An', accountNo: '1' }), row(3, { name: 'Trần Bình', accountNo: '2' }), row(4), row(5)]);
    expect(state.tally.fixes).toEqual([{ field: 'name', kind: 'unaccent-upper', count: 2 }]);
    expect(state.tally.warnings).toEqual([['duplicate_payee', 2]]);
    state.replace(0, editRow(state.rows[0]!, 'name', 'NGUYEN AN', 'VND'));
    state.replace(2, { ...state.rows[2]!, acknowledged: ['duplicate_payee'] });
    expect(state.tally.fixes).toEqual([{ field: 'name', kind: 'unaccent-upper', count: 1 }]);
    expect(state.tally.warnings).toEqual([['duplicate_payee', 1]]);
  });

  it('names at most five repeats of a payee and counts the rest', () => {
    // How long a large group takes is a figure in `npm run bench` (review core), not a test.
    const state = stateOf(Array.from({ length: 2_000 }, (_, i) => row(i + 2)));
    expect(state.rows[0]!.issues.at(-1)?.message).toBe('Row 2: the same account, bank and amount as rows 3, 4, 5, 6, 7 and 1,994 more. If every payment is meant, acknowledge this warning; otherwise exclude the extra row.');
    expect(state.rows[1_999]!.issues.at(-1)?.message).toMatch(/^Row 2001: the same account, bank and amount as rows 2, 3, 4, 5, 6 and 1,994 more\./);
  });

  it("keeps a group's warnings right when an edit leaves the row in the same group", () => {
    // Rows 2–4 share an account and amount; rows 2 and 3 have a name to fix.
    const state = stateOf([row(2, { name: 'Nguyễn An' }), row(3, { name: 'Trần Bình' }), row(4), row(5, { accountNo: '999' })]);
    const changes: Array<[number, (r: CheckedRow) => ReviewRow]> = [
      [0, (r) => editRow(r, 'name', 'NGUYEN AN', 'VND')], // same key: its warning must come back
      [2, (r) => ({ ...r, acknowledged: ['duplicate_payee'] })],
      [2, (r) => editRow(r, 'description', 'Thuong', 'VND')], // acknowledged, and stays so
      [1, (r) => editRow(r, 'name', 'TRAN BINH', 'VND')],
      [3, (r) => editRow(r, 'name', 'LE VAN C', 'VND')], // alone, and stays alone
    ];
    for (const [index, change] of changes) {
      expect(state.replace(index, change(state.rows[index]!))).toEqual([index]);
      expect(view(state.rows)).toEqual(view(fresh(state.rows)));
      expect(state.rows.map((r) => r.acknowledged)).toEqual(fresh(state.rows).map((r) => r.acknowledged));
      expect(summaryOf(state.tally.states, state.tally.total, 'VND')).toEqual(summarize(fresh(state.rows), 'VND'));
      expect(state.tally.warnings).toEqual(tallied(fresh(state.rows)).warnings);
      expect(state.tally.fixes).toEqual(tallied(fresh(state.rows)).fixes);
    }
    expect(state.rows.map((r) => r.state)).toEqual(['warning', 'warning', 'ok', 'ok']);
  });

  it("says a refund group's new sum on every row when one row's amount changes", () => {
    const refunds = rulesFor('hitechpay', 'refund');
    const refundContext = { limits: defaultRuleLimits.hitechpay, resolveBank: bankResolverFor('hitechpay') };
    const refund = (n: number, amount: number): ReviewRow => ({ row: n, payee: goodRefund({ amount }), sources: { amount: 'Số tiền' }, entryIssues: [], excluded: false, acknowledged: [] });
    const state = createReviewState(refunds, refundContext);
    for (const r of [refund(2, 100_000), refund(3, 50_000), refund(4, 25_000)]) state.append(r);
    state.finish();
    // The same transaction, so the same group: every row's warning says the new sum.
    expect(state.replace(1, editRow(state.rows[1]!, 'amount', '70.000', 'VND'))).toEqual([0, 1, 2]);
    const again = checkRows(state.rows, refunds, refundContext);
    expect(view(state.rows)).toEqual(view(again));
    expect(state.rows[0]!.issues.at(-1)?.params).toMatchObject({ totalMinor: 195_000 });
    expect(state.tally.total).toBe(195_000);
  });
});

/** The counts a fresh state keeps for `rows`: what the incremental tally must equal. */
function tallied(rows: readonly ReviewRow[]) {
  return stateOf(rows).tally;
}

/** Every problem on rows neither excluded nor in order, counted by walking them all. */
function walkedProblems(rows: readonly CheckedRow[]) {
  const counts = new Map<string, { code: string; severity: 'error' | 'warning'; count: number }>();
  for (const r of rows) {
    if (r.excluded || r.state === 'ok') continue;
    for (const issue of r.issues) {
      const entry = counts.get(issue.code) ?? { code: issue.code, severity: issue.severity, count: 0 };
      entry.count += 1;
      counts.set(issue.code, entry);
    }
  }
  return [...counts.values()];
}

/** The longest text of each field and the most digits of any number, by walking every row. */
function walkedWidths(rows: readonly CheckedRow[]) {
  const text: Record<string, number> = {};
  let largest = 0;
  for (const r of rows) {
    for (const field of payeeFields) {
      const value = r.payee[field];
      if (typeof value === 'string' && value.length > (text[field] ?? 0)) text[field] = value.length;
      else if (typeof value === 'number') largest = Math.max(largest, Math.abs(value));
    }
  }
  return { text, digits: String(largest).length };
}

const byCode = (problems: ReadonlyArray<{ code: string }>) => [...problems].sort((a, b) => a.code.localeCompare(b.code));
