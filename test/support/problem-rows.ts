import type { ColumnMapping } from '../../shared/import/model.js';
import { bankResolverFor, providerRules } from '../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../shared/providers/rule-limits.js';
import type { CheckedRow } from '../../shared/review/check-rows.js';
import type { ReviewRow } from '../../shared/review/review-row.js';
import { checkRows } from '../../shared/review/review-state.js';
import { goodPayee } from './payees.js';

export const problemMapping: ColumnMapping = { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền', phone: 'SĐT', description: 'Nội dung' };

/** `count` rows every one with a problem, as at the scale of issue #11: accents AppotaPay refuses, an unknown bank on some. */
export function problemRows(count: number): CheckedRow[] {
  const rows: ReviewRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const payee = goodPayee('appotapay', {
      name: `Nguyễn Văn Thành ${i + 1}`,
      accountNo: String(1_000_000_000 + i * 7).padStart(13, '0'),
      bank: i % 10 === 0 ? 'Ngân hàng Không Có Thật' : 'Vietcombank',
      amount: 1_000_000 + (i % 97) * 50_000,
      phone: `09${String(10_000_000 + i).slice(-8)}`,
      description: 'Lương tháng 10/2026',
    });
    rows.push({ row: i + 5, payee, sources: problemMapping, entryIssues: [], excluded: false, acknowledged: [] });
  }
  return checkRows(rows, providerRules.appotapay, { limits: defaultRuleLimits.appotapay, resolveBank: bankResolverFor('appotapay') });
}
