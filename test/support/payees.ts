import type { Payee } from '../../shared/import/model.js';
import { bankResolverFor, providerRules } from '../../shared/providers/provider-rules.js';
import type { ProviderId } from '../../shared/providers/provider-ids.js';
import { defaultRuleLimits, type RuleLimits } from '../../shared/providers/rule-limits.js';

/** A payee every provider accepts as it is; tests change one field at a time. */
export function goodPayee(provider: ProviderId, overrides: Partial<Payee> = {}): Payee {
  const thai = provider === 'haipay';
  return {
    name: thai ? 'Somchai Jaidee' : 'NGUYEN VAN AN',
    accountNo: thai ? '0123456789' : '0011001234567',
    accountType: null,
    bank: thai ? 'Kasikorn' : 'Vietcombank',
    amount: thai ? 1_500_050 : 1_500_000,
    currency: thai ? 'THB' : 'VND',
    phone: thai ? '0812345678' : '0912345678',
    email: 'an@example.com',
    description: thai ? 'Salary October' : 'Luong thang 10',
    reference: null,
    partnerUserId: 'EMP-001',
    transactionId: null,
    refundFee: null,
    ...overrides,
  };
}

/** A refund row HiTechPAY accepts as it is: a transaction, an amount, a reason. */
export function goodRefund(overrides: Partial<Payee> = {}): Payee {
  return {
    name: null,
    accountNo: null,
    accountType: null,
    bank: null,
    amount: 250_000,
    currency: 'VND',
    phone: null,
    email: null,
    description: 'Hoan tien don 1001',
    reference: 'DH1001',
    partnerUserId: null,
    transactionId: '261121000012345',
    refundFee: null,
    ...overrides,
  };
}

/** The codes of what a provider's rules find in a payee (empty: accepted). */
export function codesFor(provider: ProviderId, payee: Payee, limits: RuleLimits = defaultRuleLimits[provider]): string[] {
  return providerRules[provider].check(payee, { limits, resolveBank: bankResolverFor(provider) }).findings.map((f) => f.code);
}
