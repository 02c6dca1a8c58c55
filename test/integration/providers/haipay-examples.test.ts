import { createSign, createVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHaipayClient } from '../../../electron/engine/providers/haipay/haipay-client.js';
import type { PayoutOrder } from '../../../electron/engine/providers/payout-outcome.js';
import { startHaipaySim } from '../../../electron/simulator/haipay/haipay-sim.js';
import { simSign } from '../../../electron/simulator/haipay/haipay-sim-sign.js';
import { filledExample, providerExample, startCannedProvider } from '../../support/canned-provider.js';
import { useSims } from '../../support/sim-harness.js';
import { rsaKeyPair } from '../../support/test-keys.js';

/**
 * HaiPay's own examples (test/fixtures/providers/haipay): the seed's request, filled in, is
 * accepted by the simulator and answered in the seed's shape; each documented answer, sent over
 * loopback, means what HaiPay's pages say it means to the client.
 */
const sims = useSims();
const merchant = rsaKeyPair();
const platform = rsaKeyPair();
const secretKey = 'hp-secret';

/** PROVIDERS.md's formula, written out here rather than taken from either side under test. */
function signed(params: Record<string, unknown>, key = merchant.privateKey): Record<string, unknown> {
  const text = Object.keys(params)
    .filter((name) => name !== 'sign' && params[name] !== '' && params[name] !== undefined)
    .sort()
    .map((name) => `${name}=${String(params[name])}`)
    .concat(`key=${secretKey}`)
    .join('&');
  return { ...params, sign: createSign('RSA-SHA256').update(text, 'utf8').sign(key, 'base64') };
}

function holds(data: Record<string, unknown>): boolean {
  const { sign, ...rest } = data;
  const text = Object.keys(rest)
    .sort()
    .map((name) => `${name}=${String(rest[name])}`)
    .concat(`key=${secretKey}`)
    .join('&');
  return typeof sign === 'string' && createVerify('RSA-SHA256').update(text, 'utf8').verify(platform.publicKey, sign, 'base64');
}

const applyExample = providerExample('haipay', 'pay-apply.request.json');
const filledApply = (values: Record<string, unknown> = {}) =>
  filledExample(applyExample, {
    appId: 1102,
    orderId: 'PB261121EEEEEE00001',
    amount: '150.00',
    bankCode: 'TRUEMONEY',
    accountNo: '0812345678',
    name: "Somchai O'Neil-Jaidee",
    phone: '0812345678',
    partnerUserId: 'EMP-001',
    sign: '',
    notifyUrl: 'https://merchant.example/haipay/notify',
    subject: 'Salary',
    body: 'October salary',
    ...values,
  });

async function post(baseUrl: string, path: string, body: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
}

async function sim() {
  return sims.track(await startHaipaySim({ appId: '1102', secretKey, merchantPublicKey: merchant.publicKey, platformPrivateKey: platform.privateKey }, sims.faults()));
}

describe('HaiPay simulator ← the seed’s example request', () => {
  it('accepts the example (EWALLET, the example’s email) and answers in the seed’s shape, signed by the platform', async () => {
    const haipay = await sim();
    const answer = await post(haipay.baseUrl, '/thb/pay/apply', signed(filledApply()));
    expect(Object.keys(answer).sort()).toEqual(Object.keys(providerExample('haipay', 'pay-apply.response.json')).sort());
    expect(answer).toMatchObject({ status: '1', error: '00000000', data: { orderId: 'PB261121EEEEEE00001', orderNo: expect.any(String), sign: expect.any(String) } });
    expect(Object.keys(answer['data'] as object).sort()).toEqual(['orderId', 'orderNo', 'sign']);
    expect(holds(answer['data'] as Record<string, unknown>)).toBe(true);
    expect(haipay.ledger.entries()).toMatchObject([{ orderId: 'PB261121EEEEEE00001', amountMinor: 15_000, payouts: 1 }]);
  });

  it('answers the query in the shape HaiPay’s query pages show', async () => {
    const haipay = await sim();
    await post(haipay.baseUrl, '/thb/pay/apply', signed(filledApply()));
    const answer = await post(haipay.baseUrl, '/thb/pay/query', signed({ appId: 1102, orderId: 'PB261121EEEEEE00001' }));
    const documented = Object.keys(providerExample('haipay', 'pay-query.response.json')['data'] as object);
    expect(answer).toMatchObject({ status: '1', error: '00000000', data: { orderId: 'PB261121EEEEEE00001', amount: '150.00', status: 2 } });
    expect(Object.keys(answer['data'] as object).every((key) => documented.includes(key))).toBe(true);
    expect(holds(answer['data'] as Record<string, unknown>)).toBe(true);
  });

  it.each([
    ['an amount of 0.00', { amount: '0.00' }],
    ['an amount with a comma', { amount: '1,500.00' }],
    ['an e-wallet with a bank’s code', { bankCode: 'KBANK' }],
    ['a name of 31 letters', { name: 'A'.repeat(31) }],
  ])('refuses %s (status "0"), and records nothing', async (_label, values) => {
    const haipay = await sim();
    expect(await post(haipay.baseUrl, '/thb/pay/apply', signed(filledApply(values)))).toMatchObject({ status: '0' });
    expect(haipay.ledger.entries()).toEqual([]);
  });

  it('answers a bankCode it has no channel for with the FAQ’s 4002', async () => {
    const haipay = await sim();
    expect(await post(haipay.baseUrl, '/thb/pay/apply', signed(filledApply({ bankCode: 'NOSUCHWALLET' })))).toEqual(providerExample('haipay', 'faq-channel-code.response.json'));
  });

  it('refuses a request signed with another key', async () => {
    const haipay = await sim();
    expect(await post(haipay.baseUrl, '/thb/pay/apply', signed(filledApply(), rsaKeyPair().privateKey))).toMatchObject({ status: '0' });
    expect(haipay.ledger.entries()).toEqual([]);
  });
});

describe('HaiPay client ← each documented answer', () => {
  const order: PayoutOrder = { orderId: 'PB261121EEEEEE00001', amountMinor: 15_000, name: 'Somchai Jaidee', accountNo: '0812345678', accountType: 'EWALLET', bankCode: 'TRUEMONEY', phone: '0812345678', email: 'jsmith@example.com', description: 'Salary', partnerUserId: 'EMP-001' };
  const data = (values: Record<string, unknown>) => {
    const unsigned = Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'sign'));
    return { ...unsigned, sign: simSign(platform.privateKey, unsigned, secretKey) };
  };
  async function client() {
    const canned = sims.track(await startCannedProvider());
    return { canned, haipay: createHaipayClient({ baseUrl: canned.baseUrl, appId: '1102', secretKey, privateKey: merchant.privateKey, platformPublicKey: platform.publicKey }, sims.http()) };
  }
  const applyAnswer = providerExample('haipay', 'pay-apply.response.json');
  const queryAnswer = providerExample('haipay', 'pay-query.response.json');

  it.each([
    ['the seed’s answer as printed (placeholders, no status "1")', applyAnswer, { kind: 'unknown' }],
    ['the seed’s answer, normal and signed', { ...applyAnswer, status: '1', error: '00000000', msg: '', data: data({ orderId: order.orderId, orderNo: 'HP600001' }) }, { kind: 'accepted', providerRef: 'HP600001' }],
    ['the FAQ’s 4002 (channel code does not exist)', providerExample('haipay', 'faq-channel-code.response.json'), { kind: 'rejected', code: '4002', message: 'system:channel code does not exist' }],
    ['an error code HaiPay never published', { status: '0', error: '10000001', msg: 'param error' }, { kind: 'unknown', reason: 'HaiPay 10000001: param error' }],
    ['a normal answer about another order', { status: '1', error: '00000000', msg: '', data: data({ orderId: 'SOMEONE-ELSE', orderNo: 'HP9' }) }, { kind: 'unknown' }],
  ])('apply: %s', async (_label, answer, outcome) => {
    const { canned, haipay } = await client();
    canned.answer('/thb/pay/apply', answer);
    expect(await haipay.payout(order)).toMatchObject(outcome);
  });

  it.each([
    ['status 2 (success)', { status: 2 }, { kind: 'succeeded', providerRef: 'HP600001' }],
    ['status 3 (failure)', { status: 3, errorMsg: 'account closed' }, { kind: 'failed', code: '3', message: 'account closed' }],
    ['status 1 (pending)', { status: 1 }, { kind: 'accepted', providerRef: 'HP600001' }],
    ['status 0 (pending)', { status: 0 }, { kind: 'accepted', providerRef: 'HP600001' }],
    ['a status that is not a number', { status: 'PAID' }, { kind: 'unknown' }],
  ])('query: %s', async (_label, values, outcome) => {
    const { canned, haipay } = await client();
    canned.answer('/thb/pay/query', { ...queryAnswer, status: '1', error: '00000000', msg: '', data: data({ orderId: order.orderId, orderNo: 'HP600001', amount: '150.00', fee: '0.00', payTime: '2026-11-21 10:00:00', ...values }) });
    expect(await haipay.status(order.orderId)).toMatchObject(outcome);
  });

  it.each([
    ['the seed’s answer as printed', queryAnswer],
    ['the FAQ’s 4002', providerExample('haipay', 'faq-channel-code.response.json')],
    ['an unpublished "order not exist"', { status: '0', error: '9404', msg: 'order not exist' }],
  ])('query: %s is unknown, never "not found" (HaiPay publishes no such answer)', async (_label, answer) => {
    const { canned, haipay } = await client();
    canned.answer('/thb/pay/query', answer);
    expect(await haipay.status(order.orderId)).toMatchObject({ kind: 'unknown' });
  });
});
