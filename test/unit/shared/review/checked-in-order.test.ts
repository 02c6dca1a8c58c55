import { describe, expect, it } from 'vitest';
import { providerIds } from '../../../../shared/providers/provider-ids.js';
import { bankResolverFor, providerRules } from '../../../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';
import { checkedInOrder } from '../../../../shared/review/checked-in-order.js';
import type { ReviewRow } from '../../../../shared/review/review-row.js';
import { checkRows } from '../../../../shared/review/review-state.js';
import { goodPayee } from '../../../support/payees.js';

describe('rows checked one at a time for a streamed report', () => {
  // Each provider with repeats the key must see through: bank spellings, unknown and missing
  // banks, spaced account numbers, excluded rows, a repeat after many others.
  for (const provider of providerIds) {
    it(`are exactly what checkRows says, duplicates included (${provider})`, () => {
      const rules = providerRules[provider];
      const context = { limits: defaultRuleLimits[provider], resolveBank: bankResolverFor(provider) };
      const thai = provider === 'haipay';
      const row = (n: number, overrides = {}, excluded = false): ReviewRow => ({ row: n, payee: goodPayee(provider, overrides), sources: {}, entryIssues: [], excluded, acknowledged: [] });
      const rows = [
        row(2),
        row(3, { bank: thai ? 'KBANK' : 'VCB' }),
        row(4, { accountNo: '0011 0012 34567' }),
        row(5, { bank: 'Ngân hàng Không Có Thật' }),
        row(6, { bank: 'ngân hàng không có thật' }),
        row(7, { bank: null }),
        row(8, { bank: null }),
        row(9, {}, true),
        row(10, { phone: '0900000001' }),
        ...Array.from({ length: 8 }, (_, i) => row(11 + i, { accountNo: `55500${i % 2}`, phone: `090000000${i % 2}` })),
        row(30, { amount: null }),
        row(31),
      ];
      const streamed = [...checkedInOrder(rows, rules, context)];
      expect(streamed).toEqual(checkRows(rows, rules, context));
      expect(streamed.some((r) => r.issues.some((i) => i.code === 'duplicate_payee'))).toBe(true);
    });
  }
});
