import { describe, expect, it } from 'vitest';
import type { PayoutOrder } from '../../../electron/engine/providers/payout-outcome.js';
import { createSmilepayzClient } from '../../../electron/engine/providers/smilepayz/smilepayz-client.js';
import { smilepayzStatusMeaning } from '../../../electron/engine/providers/smilepayz/smilepayz-wire.js';
import { providerExample, startCannedProvider } from '../../support/canned-provider.js';
import { useSims } from '../../support/sim-harness.js';
import { rsaKeyPair } from '../../support/test-keys.js';

/**
 * Each answer SmilePayz documents (test/fixtures/providers/smilepayz), sent over loopback, means to
 * the client what SmilePayz's pages say; every answer they do not explain is `unknown`, and none
 * is "no such order", since SmilePayz publishes no such answer.
 */
const sims = useSims();
const keys = rsaKeyPair();
const example = (name: string) => providerExample('smilepayz', name);
const order: PayoutOrder = { orderId: '2000102900000000000001', amountMinor: 50_000, name: 'Maria Santos Cruz', accountNo: '09171234567', accountType: 'bank', bankCode: 'ABB', phone: '0965823652', email: 'maria@example.com', description: 'Salary payment for March 2024', partnerUserId: null };

async function client(balanceAccountNo: string | null = '21120030202403071031') {
  const canned = sims.track(await startCannedProvider());
  const smilepayz = createSmilepayzClient({ baseUrl: canned.baseUrl, merchantId: '20001', merchantSecret: 'smile-secret', privateKey: keys.privateKey, ...(balanceAccountNo ? { balanceAccountNo } : {}) }, sims.http());
  return { canned, smilepayz };
}

describe('SmilePayz client ← pay-out answers', () => {
  it.each([
    ['the page’s answer (PROCESSING)', example('pay-out.response.json'), { kind: 'accepted', providerRef: '1822000109e998347483949' }],
    ['the page’s answer without its optional status', { ...example('pay-out.response.json'), status: undefined }, { kind: 'accepted', providerRef: '1822000109e998347483949' }],
    ['the demo’s REVIEW', { ...example('pay-out.response.json'), status: 'REVIEW' }, { kind: 'accepted' }],
    ['SUCCESS', { ...example('pay-out.response.json'), status: 'SUCCESS' }, { kind: 'succeeded', providerRef: '1822000109e998347483949' }],
    ['FAILED', { ...example('pay-out.response.json'), status: 'FAILED' }, { kind: 'failed', code: 'FAILED' }],
    ['a status SmilePayz never listed', { ...example('pay-out.response.json'), status: 'HELD' }, { kind: 'unknown' }],
    ['"00" about another order', { ...example('pay-out.response.json'), orderNo: 'SOMEONEELSE01' }, { kind: 'unknown' }],
    ['any code but "00"', { code: '23', message: 'duplicate' }, { kind: 'unknown', reason: 'SmilePayz 23: duplicate (query before deciding)' }],
  ])('%s', async (_label, answer, outcome) => {
    const { canned, smilepayz } = await client();
    canned.answer('/v2.0/disbursement/pay-out', answer);
    expect(await smilepayz.payout(order)).toMatchObject(outcome);
  });

  it('sends the page’s request shape: the receiver’s phone in 84 form, the order id as orderNo', async () => {
    const { canned, smilepayz } = await client();
    canned.answer('/v2.0/disbursement/pay-out', example('pay-out.response.json'));
    await smilepayz.payout(order);
    const sent = JSON.parse(canned.requests[0]?.body ?? '{}') as Record<string, unknown>;
    expect(Object.keys(sent).sort()).toEqual(Object.keys(example('pay-out.request.json')).sort());
    expect(sent).toMatchObject({ orderNo: order.orderId, receiver: { phone: '84965823652' }, money: { amount: 50_000, currency: 'VND' }, paymentMethod: 'ABB' });
  });
});

describe('SmilePayz client ← inquiry-status answers', () => {
  it.each([
    ['the v2.0 page’s answer (SUCCESS, no orderNo)', example('inquiry-status.response.v2.json'), order.orderId, { kind: 'succeeded', providerRef: '122200312406111311517153' }],
    ['the v1.0 page’s answer for its own order', example('inquiry-status.response.v1.json'), 'M-2373282627238237', { kind: 'succeeded', providerRef: '20231032432400001' }],
    ['the v1.0 page’s answer, asked about another order', example('inquiry-status.response.v1.json'), order.orderId, { kind: 'unknown' }],
    ['EXPIRED ("one of failed state")', { ...example('inquiry-status.response.v2.json'), status: 'EXPIRED' }, order.orderId, { kind: 'failed', code: 'EXPIRED' }],
    ['INIT', { ...example('inquiry-status.response.v2.json'), status: 'INIT' }, order.orderId, { kind: 'accepted' }],
    ['"00" without a status', { code: '00', message: 'Successful' }, order.orderId, { kind: 'unknown' }],
  ])('%s', async (_label, answer, orderId, outcome) => {
    const { canned, smilepayz } = await client();
    canned.answer('/v2.0/inquiry-status', answer);
    expect(await smilepayz.status(orderId)).toMatchObject(outcome);
  });

  it.each([
    ['our old reading of "14"', { code: '14', message: 'order not found' }],
    ['any other code', { code: '99', message: 'system busy' }],
    ['a code with no message', { code: '40' }],
  ])('%s is unknown, never "not found": an invented "not found" would make the order look re-sendable', async (_label, answer) => {
    const { canned, smilepayz } = await client();
    canned.answer('/v2.0/inquiry-status', answer);
    expect(await smilepayz.status(order.orderId)).toMatchObject({ kind: 'unknown' });
  });

  it('asks in the status page’s shape: tradeType 2 and the orderNo', async () => {
    const { canned, smilepayz } = await client();
    canned.answer('/v2.0/inquiry-status', example('inquiry-status.response.v2.json'));
    await smilepayz.status(order.orderId);
    expect(JSON.parse(canned.requests[0]?.body ?? '{}')).toEqual({ tradeType: 2, orderNo: order.orderId });
  });

  it('the notification example’s status is one the client reads', () => {
    expect(smilepayzStatusMeaning[String(example('pay-out.notification.json')['status'])]).toBe('succeeded');
  });
});

describe('SmilePayz client ← inquiry-balance answers', () => {
  it.each([
    ['accountInfos as a list', example('inquiry-balance.response.list.json'), 250_000],
    ['accountInfos as one object', example('inquiry-balance.response.object.json'), 250_000],
    ['an available balance lower than the balance', { code: '00', accountInfos: [{ balanceType: 'BALANCE', amount: { currency: 'VND', value: '250000' }, availableBalance: { currency: 'VND', value: '200000' } }] }, 200_000],
  ])('%s → the balance', async (_label, answer, balanceMinor) => {
    const { canned, smilepayz } = await client();
    canned.answer('/v2.0/inquiry-balance', answer);
    expect(await smilepayz.balance()).toEqual({ ok: true, balanceMinor });
  });

  it.each([
    ['another currency', { code: '00', accountInfos: [{ balanceType: 'BALANCE', amount: { currency: 'THB', value: '250000' } }] }],
    ['a fraction of a đồng', { code: '00', accountInfos: [{ balanceType: 'BALANCE', amount: { currency: 'VND', value: '250000.50' } }] }],
    ['no BALANCE entry', { code: '00', accountInfos: [{ balanceType: 'AVAILABLE', amount: { currency: 'VND', value: '1' } }] }],
    ['our old reading (balanceList)', { code: '00', balanceList: [{ balanceType: 'BALANCE', amount: 250000 }] }],
    ['any code but "00"', { code: '15', message: 'account not found' }],
  ])('%s → no balance', async (_label, answer) => {
    const { canned, smilepayz } = await client();
    canned.answer('/v2.0/inquiry-balance', answer);
    expect(await smilepayz.balance()).toMatchObject({ ok: false });
  });

  it('asks for the merchant’s account number from the settings, as the page’s request does', async () => {
    const { canned, smilepayz } = await client();
    canned.answer('/v2.0/inquiry-balance', example('inquiry-balance.response.list.json'));
    await smilepayz.balance();
    expect(JSON.parse(canned.requests[0]?.body ?? '{}')).toEqual(example('inquiry-balance.request.json'));
  });

  it('without that setting it asks nothing (the merchant id is not the account) and says what is missing', async () => {
    const { canned, smilepayz } = await client(null);
    expect(await smilepayz.balance()).toEqual({ ok: false, reason: expect.stringContaining('merchant account number') });
    expect(canned.requests).toEqual([]);
  });
});
