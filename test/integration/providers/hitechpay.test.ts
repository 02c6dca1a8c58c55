import { describe, expect, it } from 'vitest';
import { createHitechpayClient } from '../../../electron/engine/providers/hitechpay/hitechpay-client.js';
import { refundId } from '../../../electron/engine/providers/hitechpay/hitechpay-wire.js';
import type { PayoutOrder } from '../../../electron/engine/providers/payout-outcome.js';
import { startHitechpaySim } from '../../../electron/simulator/hitechpay/hitechpay-sim.js';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import type { Faults } from '../../../electron/simulator/sim-faults.js';
import { longSettle, useSims } from '../../support/sim-harness.js';
import { rsaKeyPair } from '../../support/test-keys.js';

const sims = useSims();
const merchant = rsaKeyPair();
const stranger = rsaKeyPair();
const secrets = { appId: '2553', paymentId: 'PMT-01', key1: 'hitech-key1-test' };

async function setup(faults: Partial<Faults> = {}, overrides: { key1?: string; signWith?: typeof merchant.privateKey } = {}) {
  const sim = sims.track(await startHitechpaySim({ ...secrets, merchantPublicKey: merchant.publicKey }, sims.faults(faults)));
  const client = createHitechpayClient({ baseUrl: sim.baseUrl, appId: secrets.appId, paymentId: secrets.paymentId, key1: overrides.key1 ?? secrets.key1, privateKey: overrides.signWith ?? merchant.privateKey }, sims.httpFor(faults));
  return { sim, client };
}

const order = (overrides: Partial<PayoutOrder> = {}): PayoutOrder => ({
  orderId: 'PB261121DDDDDD00001',
  amountMinor: 1_500_000,
  name: 'Nguyễn Văn An',
  accountNo: null,
  accountType: 'wallet',
  bankCode: null,
  phone: '0912345678',
  email: null,
  description: 'Chi lương tháng 10',
  partnerUserId: null,
  ...overrides,
});

describe('HiTechPAY client ↔ simulator over loopback', () => {
  it('finds the wallet by phone and tops it up: succeeded, moved once', async () => {
    const { sim, client } = await setup();
    expect(await client.payout(order())).toEqual({ kind: 'succeeded', providerRef: expect.any(String) });
    expect(sim.ledger.entries()).toMatchObject([{ orderId: 'PB261121DDDDDD00001', target: '0912345678', amountMinor: 1_500_000, payouts: 1 }]);
    expect(await client.status('PB261121DDDDDD00001')).toMatchObject({ kind: 'succeeded' });
  });

  it('status 3 is accepted; it settles to 1 (succeeded) or 2 (failed)', async () => {
    const { sim, client } = await setup({ settleMs: longSettle, failTargets: new Set(['0987654321']) });
    expect(await client.payout(order())).toMatchObject({ kind: 'accepted' });
    expect(await client.payout(order({ orderId: 'PB2', phone: '0987654321' }))).toMatchObject({ kind: 'accepted' });
    sim.ledger.settleAll();
    expect(await client.status('PB261121DDDDDD00001')).toMatchObject({ kind: 'succeeded' });
    expect(await client.status('PB2')).toMatchObject({ kind: 'failed', code: 'status_2' });
  });

  it('status 2 on the top-up itself is a definite no', async () => {
    const { sim, client } = await setup({ failTargets: new Set(['0987654321']) });
    expect(await client.payout(order({ phone: '0987654321' }))).toMatchObject({ kind: 'rejected', code: 'status_2' });
    expect(sim.ledger.balanceMinor()).toBe(20_000_000_000);
  });

  it('status 4 (held for manual handling) is unknown and flagged for review, never resent', async () => {
    const { client } = await setup();
    expect(await client.payout(order({ phone: reserved.phoneHeldForReview }))).toMatchObject({ kind: 'unknown', needsReview: true });
    expect(await client.status('PB261121DDDDDD00001')).toMatchObject({ kind: 'unknown', needsReview: true });
  });

  it('a phone with no wallet is rejected before any top-up, with what to do', async () => {
    const { sim, client } = await setup();
    expect(await client.payout(order({ phone: reserved.phoneWithoutWallet }))).toMatchObject({ kind: 'rejected', code: 'wallet_not_found', message: expect.stringContaining('must create one first') });
    expect(await client.inquireName?.({ orderId: 'x', accountNo: null, accountType: null, bankCode: null, phone: reserved.phoneWithoutWallet })).toMatchObject({ kind: 'not_found' });
    expect(await client.inquireName?.({ orderId: 'x', accountNo: null, accountType: null, bankCode: null, phone: '0912345678' })).toEqual({ kind: 'found', name: reserved.holderName });
    expect(sim.ledger.entries()).toEqual([]);
  });

  it('a duplicate order id (-68) is unknown, never a second payment', async () => {
    const { sim, client } = await setup();
    await client.payout(order());
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('-68') });
    expect(sim.ledger.entries().map((e) => e.payouts)).toEqual([1]);
  });

  it.each([
    ['a wrong key1 (mac)', { key1: 'wrong-key1' }],
    ['a wrong private key (sig)', { signWith: stranger.privateKey }],
  ])('refuses %s, and pays nothing', async (_label, overrides) => {
    const { sim, client } = await setup({}, overrides);
    expect(await client.payout(order())).toMatchObject({ kind: 'rejected' });
    expect(sim.ledger.entries()).toEqual([]);
  });

  it.each([
    ['a timeout', { timeout: 1 }],
    ['a dropped connection', { drop: 1 }],
  ])('%s after recording is unknown; the query finds the top-up', async (_label, faults) => {
    const { sim, client } = await setup(faults);
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown' });
    Object.assign(sim.faults, { timeout: 0, drop: 0 });
    expect(await client.status('PB261121DDDDDD00001')).toMatchObject({ kind: 'succeeded' });
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown' });
    expect(sim.ledger.entries().map((e) => e.payouts)).toEqual([1]);
  });

  it('a 5xx on the lookup sends no top-up; an unknown order is not_found (txn documents -101 as order not found)', async () => {
    const { sim, client } = await setup({ error5xx: 1 });
    expect(await client.payout(order())).toMatchObject({ kind: 'rejected', code: 'not_sent' });
    sim.faults.error5xx = 0;
    expect(await client.status('PB261121DDDDDD00001')).toEqual({ kind: 'not_found' });
    expect(sim.ledger.entries()).toEqual([]);
  });

  it('answers the merchant balance', async () => {
    const { client } = await setup();
    await client.payout(order());
    expect(await client.balance()).toEqual({ ok: true, balanceMinor: 20_000_000_000 - 1_500_000 });
  });

  it('refunds (yymmdd_appid_xxx in Vietnam time), asynchronously: accepted until query_refund says final, once per refund id', async () => {
    const { sim, client } = await setup({ settleMs: longSettle });
    const id = refundId(secrets.appId, 'R0001', new Date());
    expect(id).toMatch(/^\d{6}_2553_R0001$/);
    expect(await client.refund({ refundId: id, zpTransId: '231121000123', amountMinor: 50_000, description: 'Hoàn tiền' })).toMatchObject({ kind: 'accepted', providerRef: expect.stringMatching(/^\d+$/) });
    expect(await client.refundStatus(id)).toMatchObject({ kind: 'accepted' });
    expect(await client.refund({ refundId: id, zpTransId: '231121000123', amountMinor: 50_000, description: 'Hoàn tiền' })).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('-68') });
    sim.refunds.settleAll();
    expect(await client.refundStatus(id)).toMatchObject({ kind: 'succeeded' });
    const withFee = refundId(secrets.appId, 'R0002');
    expect(await client.refund({ refundId: withFee, zpTransId: '231121000124', amountMinor: 60_000, refundFeeMinor: 1_000, description: 'Hoàn tiền' })).toMatchObject({ kind: 'accepted' });
    expect(sim.refunds.entries().map((e) => e.payouts)).toEqual([1, 1]);
  });

  it('a refund id the provider never saw is unknown on query_refund, never "not found" (-101 there means refunded)', async () => {
    const { client } = await setup();
    expect(await client.refundStatus(refundId(secrets.appId, 'NOPE'))).toMatchObject({ kind: 'unknown' });
  });

  it('query_refund -101 ("Hoàn tiền thành công… 3-5 ngày") is succeeded, and the refund answer carrying it is not a no: refunded once', async () => {
    const { sim, client } = await setup();
    const id = refundId(secrets.appId, 'CARD1');
    const toCard = { refundId: id, zpTransId: '231121000101', amountMinor: 70_000, description: 'Hoàn tiền' };
    expect(await client.refund(toCard)).toMatchObject({ kind: 'accepted' });
    expect(await client.refundStatus(id)).toMatchObject({ kind: 'succeeded' });
    expect(sim.refunds.entries()).toMatchObject([{ orderId: id, target: '231121000101', payouts: 1 }]);
  });

  it('a refund that fails at the provider is failed on query_refund', async () => {
    const { client } = await setup({ failTargets: new Set(['231121000999']) });
    const id = refundId(secrets.appId, 'FAIL1');
    await client.refund({ refundId: id, zpTransId: '231121000999', amountMinor: 10_000, description: 'Hoàn tiền' });
    expect(await client.refundStatus(id)).toMatchObject({ kind: 'failed' });
  });

  it.each([
    ['a refund id that is not yymmdd_appid_xxx', 'bad-id'],
    ['a refund id with yesterday’s date', refundId(secrets.appId, 'OLD1', new Date(Date.now() - 86_400_000))],
    ['a refund id with another app’s id', refundId('9999', 'R1')],
  ])('refuses %s (-401) and refunds nothing', async (_label, id) => {
    const { sim, client } = await setup();
    expect(await client.refund({ refundId: id, zpTransId: '231121000123', amountMinor: 1_000, description: 'x' })).toMatchObject({ kind: 'rejected', code: '-401' });
    expect(sim.refunds.entries()).toEqual([]);
  });
});
