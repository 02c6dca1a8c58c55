// The review core in Node at 100,000 rows (part of `npm run bench`): checking every row, a bulk
// fix of every row and one edit through the incremental review state, and a group of identical
// rows (the duplicate check) against as many distinct rows checked in the same run. The window's
// own figures are in `npm run bench:ui`; these say whether the shared code behind them moved.
import { bankResolverFor, providerRules } from '../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../shared/providers/rule-limits.js';
import { editRow } from '../../shared/review/edit-row.js';
import type { ReviewRow } from '../../shared/review/review-row.js';
import { createReviewState } from '../../shared/review/review-state.js';
import { goodPayee } from '../support/payees.js';

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const rules = providerRules.appotapay;
const context = { limits: { ...defaultRuleLimits.appotapay }, resolveBank: bankResolverFor('appotapay') };
const row = (i: number, accountNo: string): ReviewRow => ({ row: i + 2, payee: goodPayee('appotapay', { name: `Nguyễn Văn ${i}`, accountNo }), sources: { name: 'Họ và tên' }, entryIssues: [], excluded: false, acknowledged: [] });
const distinct = Array.from({ length: rows }, (_, i) => row(i, String(1_000_000_000 + i).padStart(13, '0')));
const identical = Array.from({ length: rows / 5 }, (_, i) => ({ ...row(i, '0011001234567'), payee: goodPayee('appotapay') }));
const distinctSample = distinct.slice(0, identical.length).map((r) => ({ ...r, payee: { ...r.payee, name: 'NGUYEN VAN AN' } }));

const timed = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};
const checkAll = (input: readonly ReviewRow[]) => {
  const state = createReviewState(rules, context);
  for (const r of input) state.append(r);
  state.finish();
  return state;
};

const [state, checkMs] = timed(() => checkAll(distinct));
const [, bulkMs] = timed(() => {
  state.rows.forEach((r, i) => {
    const fix = r.issues.find((issue) => issue.field === 'name' && issue.fix)?.fix;
    if (fix) state.replace(i, editRow(r, 'name', fix.value, 'VND'));
  });
});
const [, editMs] = timed(() => state.replace(rows / 2, editRow(state.rows[rows / 2]!, 'name', 'Ễ', 'VND')));
const [, distinctMs] = timed(() => checkAll(distinctSample));
const [, identicalMs] = timed(() => checkAll(identical));
process.stdout.write(`${JSON.stringify({ rows, checkMs, bulkMs, editMs, groupRows: identical.length, distinctMs, identicalMs })}\n`);
