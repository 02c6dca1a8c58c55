import { describe, expect, it } from 'vitest';
import { bankResolverFor, providerRules } from '../../../../shared/providers/provider-rules.js';
import { defaultRuleLimits, type RuleLimits } from '../../../../shared/providers/rule-limits.js';
import { goodPayee } from '../../../support/payees.js';
import type { Payee } from '../../../../shared/import/model.js';

const check = (overrides: Partial<Payee>, limits: RuleLimits = defaultRuleLimits.smilepayz) => providerRules.smilepayz.check(goodPayee('smilepayz', overrides), { limits, resolveBank: bankResolverFor('smilepayz') });

describe('SmilePayz amount range ("for reference only")', () => {
  it('an amount under the minimum is a warning to acknowledge, not an error', () => {
    const { findings } = check({ amount: 20_000 });
    expect(findings).toEqual([{ field: 'amount', severity: 'warning', code: 'amount_below_reference_min', text: expect.stringContaining('20,000 VND is under the 50,000 VND'), params: expect.objectContaining({ amountMinor: 20_000, minMinor: 50_000, currency: 'VND' }) }]);
  });

  it('the minimum is the setting: lowered, the same amount passes; raised, more amounts are warned about', () => {
    expect(check({ amount: 20_000 }, { ...defaultRuleLimits.smilepayz, minAmount: 10_000 }).findings).toEqual([]);
    expect(check({ amount: 90_000 }, { ...defaultRuleLimits.smilepayz, minAmount: 100_000 }).findings.map((f) => [f.code, f.severity])).toEqual([['amount_below_reference_min', 'warning']]);
  });

  it('a zero, negative or missing amount is still an error, and the maximum is still an error', () => {
    expect(check({ amount: 0 }).findings.map((f) => [f.code, f.severity])).toEqual([['amount_missing', 'error']]);
    expect(check({ amount: null }).findings.map((f) => [f.code, f.severity])).toEqual([['amount_missing', 'error']]);
    expect(check({ amount: 5_000_001 }).findings.map((f) => [f.code, f.severity])).toEqual([['amount_above_max', 'error']]);
  });
});

describe('SmilePayz payment-method codes (shared/banks/codes/smilepayz-bank-codes.ts)', () => {
  it('MoMo goes as W_MOMO, as SmilePayz writes wallets', () => {
    expect(check({ bank: 'Ví MoMo' })).toMatchObject({ findings: [], wire: { bankCode: 'W_MOMO', accountType: 'wallet' } });
  });

  it.each(['ZaloPay', 'Viettel Money', 'VNPT Money'])('%s has no published SmilePayz code: refused before sending, not guessed', (bank) => {
    expect(check({ bank }).findings.map((f) => f.code)).toEqual(['bank_not_supported']);
  });

  it('the pay-out page\'s own example code ABB resolves to itself', () => {
    expect(check({ bank: 'ABB' }).wire.bankCode).toBe('ABB');
  });
});
