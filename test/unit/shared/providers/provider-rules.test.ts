import { describe, expect, it } from 'vitest';
import { bankResolverFor, providerRules } from '../../../../shared/providers/provider-rules.js';
import { providerIds } from '../../../../shared/providers/provider-ids.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';
import { codesFor, goodPayee } from '../../../support/payees.js';

describe.each(providerIds)('%s rules', (provider) => {
  it('accept a payee that has everything right', () => {
    expect(codesFor(provider, goodPayee(provider))).toEqual([]);
  });
  it.each([0, -1])('refuse an amount of %d', (amount) => {
    expect(codesFor(provider, goodPayee(provider, { amount }))).toContain('amount_missing');
  });
  it('refuse a missing amount', () => {
    expect(codesFor(provider, goodPayee(provider, { amount: null }))).toEqual(['amount_missing']);
  });
});

describe('HiTechPAY wallet top-up', () => {
  it.each([
    ['0912345678', []],
    [null, ['phone_missing']],
    ['912345678', ['phone_format']],
    ['09123456789', ['phone_format']],
    ['+84912345678', ['phone_format']],
  ])('phone %j → %j', (phone, codes) => {
    expect(codesFor('hitechpay', goodPayee('hitechpay', { phone }))).toEqual(codes);
  });
  it('offers to restore a lost leading zero', () => {
    const { findings } = providerRules.hitechpay.check(goodPayee('hitechpay', { phone: '912345678' }), { limits: defaultRuleLimits.hitechpay, resolveBank: bankResolverFor('hitechpay') });
    expect(findings[0]?.fix).toMatchObject({ kind: 'restore-phone-zero', value: '0912345678' });
  });
  it.each([
    [256, []],
    [257, ['description_too_long']],
  ])('a %d-character description → %j', (length, codes) => {
    expect(codesFor('hitechpay', goodPayee('hitechpay', { description: 'x'.repeat(length) }))).toEqual(codes);
  });
  it('does not need a bank, an account or a name', () => {
    expect(codesFor('hitechpay', goodPayee('hitechpay', { bank: null, accountNo: null, name: null, email: null }))).toEqual([]);
  });
});

describe('SmilePayz pay-out', () => {
  it.each([
    [49_999, ['amount_below_reference_min']],
    [50_000, []],
    [5_000_000, []],
    [5_000_001, ['amount_above_max']],
  ])('amount %d → %j', (amount, codes) => {
    expect(codesFor('smilepayz', goodPayee('smilepayz', { amount }))).toEqual(codes);
  });
  it('takes lower channel limits from settings', () => {
    const limits = { ...defaultRuleLimits.smilepayz, maxAmount: 2_000_000 };
    expect(codesFor('smilepayz', goodPayee('smilepayz', { amount: 2_000_001 }), limits)).toEqual(['amount_above_max']);
  });
  it.each([
    [64, []],
    [65, ['description_too_long']],
  ])('a %d-character purpose → %j', (length, codes) => {
    expect(codesFor('smilepayz', goodPayee('smilepayz', { description: 'p'.repeat(length) }))).toEqual(codes);
  });
  it.each([
    ['1'.repeat(32), []],
    ['1'.repeat(33), ['account_too_long']],
    ['0011 0012 34', ['account_chars']],
    ['0011-001', ['account_chars']],
    [null, ['account_missing']],
  ])('cash account %j → %j', (accountNo, codes) => {
    expect(codesFor('smilepayz', goodPayee('smilepayz', { accountNo }))).toEqual(codes);
  });
  it.each([
    [{ name: null }, ['name_missing']],
    [{ phone: null }, ['phone_missing']],
    [{ email: null }, ['email_missing']],
    [{ email: 'an@' }, ['email_invalid']],
    [{ email: 'an example.com' }, ['email_invalid']],
    [{ bank: 'Ngân hàng XYZ' }, ['bank_unknown']],
    [{ bank: null }, ['bank_missing']],
    [{ bank: 'MoMo' }, []],
  ])('%j → %j', (overrides, codes) => {
    expect(codesFor('smilepayz', goodPayee('smilepayz', overrides))).toEqual(codes);
  });
});

describe('HaiPay THB pay apply', () => {
  it.each([
    ['A', []],
    ['Somchai Jaidee', []],
    ["O'Neil Smith-Jones Jr.", []],
    ['A'.repeat(30), []],
    ['A'.repeat(31), ['name_too_long']],
    ['สมชาย ใจดี', ['name_chars']],
    ['Nguyễn An', ['name_chars']],
    ['Somchai 2', ['name_chars']],
    [null, ['name_missing']],
  ])('name %j → %j', (name, codes) => {
    expect(codesFor('haipay', goodPayee('haipay', { name }))).toEqual(codes);
  });
  it('offers to remove accents from a Latin name, not to transliterate Thai', () => {
    const check = (name: string) => providerRules.haipay.check(goodPayee('haipay', { name }), { limits: defaultRuleLimits.haipay, resolveBank: bankResolverFor('haipay') }).findings[0]?.fix;
    expect(check('Nguyễn An')).toMatchObject({ kind: 'unaccent', value: 'Nguyen An' });
    expect(check('สมชาย ใจดี')).toBeUndefined();
  });
  it.each([
    ['0812345678', []],
    ['812345678', ['phone_format']],
    ['08123456789', ['phone_format']],
  ])('phone %j → %j', (phone, codes) => {
    expect(codesFor('haipay', goodPayee('haipay', { phone }))).toEqual(codes);
  });
  it.each([
    [99, ['amount_below_min']],
    [100, []],
    [123_456, []],
  ])('amount %d satang → %j', (amount, codes) => {
    expect(codesFor('haipay', goodPayee('haipay', { amount }))).toEqual(codes);
  });
  it.each([
    [null, 'KBANK', []],
    [null, 'TrueMoney', []],
    ['E-wallet', 'TrueMoney', []],
    ['Bank account', 'SCB', []],
    ['Savings', 'SCB', ['account_type_invalid']],
    // A pair HaiPay refuses on the wire is caught in review (EWALLET with a bank's code).
    ['E-wallet', 'KBANK', ['account_type_mismatch']],
    ['Bank account', 'TrueMoney', ['account_type_mismatch']],
  ])('account type %j at %s → %j', (accountType, bank, codes) => {
    expect(codesFor('haipay', goodPayee('haipay', { accountType, bank }))).toEqual(codes);
  });
  it('sends EWALLET for a wallet and BANK_ACCOUNT for a bank', () => {
    const wire = (bank: string) => providerRules.haipay.check(goodPayee('haipay', { bank }), { limits: defaultRuleLimits.haipay, resolveBank: bankResolverFor('haipay') }).wire;
    expect(wire('ทรูมันนี่')).toEqual({ bankCode: 'TRUEMONEY', accountType: 'EWALLET' });
    expect(wire('ธนาคารกสิกรไทย')).toEqual({ bankCode: 'KBANK', accountType: 'BANK_ACCOUNT' });
  });
  it.each([
    ['EMP-001', []],
    ['a~!@#$%&*()_-9', []],
    ['EMP 001', ['partner_user_id_chars']],
    ['EMP/001', ['partner_user_id_chars']],
    [null, ['partner_user_id_missing']],
  ])('partner user id %j → %j', (partnerUserId, codes) => {
    expect(codesFor('haipay', goodPayee('haipay', { partnerUserId }))).toEqual(codes);
  });
  it.each([
    [{ email: null }, ['email_missing']],
    [{ accountNo: null }, ['account_missing']],
    [{ bank: 'Vietcombank' }, ['bank_unknown']],
  ])('%j → %j', (overrides, codes) => {
    expect(codesFor('haipay', goodPayee('haipay', overrides))).toEqual(codes);
  });
});

describe('AppotaPay transfer', () => {
  it.each([
    ['123', []],
    ['12', ['account_length']],
    ['1'.repeat(22), []],
    ['1'.repeat(23), ['account_length']],
    ['0011 001', ['account_chars']],
  ])('account %j → %j', (accountNo, codes) => {
    expect(codesFor('appotapay', goodPayee('appotapay', { accountNo }))).toEqual(codes);
  });
  it.each([
    ['NGUYEN VAN A', []],
    ['Nguyen Van A.-,_&', []],
    ['Nguyễn Văn A', ['account_name_chars']],
    ['NGUYEN (A)', ['account_name_chars']],
  ])('account name %j → %j', (name, codes) => {
    expect(codesFor('appotapay', goodPayee('appotapay', { name }))).toEqual(codes);
  });
  it('offers NGUYEN VAN A for Nguyễn Văn A, and an unaccented message', () => {
    const findings = providerRules.appotapay.check(goodPayee('appotapay', { name: 'Nguyễn Văn A', description: 'Lương tháng 10 - thưởng' }), { limits: defaultRuleLimits.appotapay, resolveBank: bankResolverFor('appotapay') }).findings;
    expect(findings.map((f) => [f.code, f.fix?.value])).toEqual([
      ['account_name_chars', 'NGUYEN VAN A'],
      ['message_chars', 'Luong thang 10 thuong'],
    ]);
  });
  it.each([
    ['x'.repeat(100), []],
    ['x'.repeat(101), ['description_too_long']],
    ['ck tien', []],
    ['ck-tien', ['message_chars']],
  ])('message %j → %j', (description, codes) => {
    expect(codesFor('appotapay', goodPayee('appotapay', { description }))).toEqual(codes);
  });
  it.each([
    [null, []],
    ['Thẻ', []],
    ['card', []],
    ['Tài khoản', []],
    ['Ví', ['account_type_invalid']],
  ])('account type %j → %j', (accountType, codes) => {
    expect(codesFor('appotapay', goodPayee('appotapay', { accountType }))).toEqual(codes);
  });
  it('sends the bank code AppotaPay knows', () => {
    expect(providerRules.appotapay.check(goodPayee('appotapay', { bank: 'Tiên Phong' }), { limits: defaultRuleLimits.appotapay, resolveBank: bankResolverFor('appotapay') }).wire).toEqual({ bankCode: 'TPBANK', accountType: 'account' });
  });
  it('does not pay into an e-wallet', () => {
    expect(codesFor('appotapay', goodPayee('appotapay', { bank: 'MoMo' }))).toEqual(['bank_not_supported']);
  });
});
