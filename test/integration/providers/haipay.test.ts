import { describe, expect, it } from 'vitest';
import { createHaipayClient } from '../../../electron/engine/providers/haipay/haipay-client.js';
import type { PayoutOrder } from '../../../electron/engine/providers/payout-outcome.js';
import { startHaipaySim } from '../../../electron/simulator/haipay/haipay-sim.js';
import type { Faults } from '../../../electron/simulator/sim-faults.js';
import { longSettle, useSims } from '../../support/sim-harness.js';
import { rsaKeyPair } from '../../support/test-keys.js';

const sims = useSims();
const merchant = rsaKeyPair();
const platform = rsaKeyPair();
const stranger = rsaKeyPair();

async function setup(faults: Partial<Faults> = {}, trust = platform.publicKey) {
  const sim = sims.track(await startHaipaySim({ appId: '1102', secretKey: 'hp-secret', merchantPublicKey: merchant.publicKey, platformPrivateKey: platform.privateKey }, sims.faults(faults)));
  const client = createHaipayClient({ baseUrl: sim.baseUrl, appId: '1102', secretKey: 'hp-secret', privateKey: merchant.privateKey, platformPublicKey: trust }, sims.httpFor(faults));
  return { sim, client };
}

const order = (overrides: Partial<PayoutOrder> = {}): PayoutOrder => ({
  orderId: 'PB261121CCCCCC00001',
  amountMinor: 1_500_050,
  name: 'Somchai Jaidee',
  accountNo: '0123456789',
  accountType: 'BANK_ACCOUNT',
  bankCode: 'KBANK',
  phone: '0812345678',
  email: 'somchai@example.com',
  description: 'Salary October',
  partnerUserId: 'EMP-001',
  ...overrides,
});

describe('HaiPay client ↔ simulator over loopback', () => {
  it('applies (accepted, amount sent as 15000.50), then the query says success; moved once', async () => {
    const { sim, client } = await setup();
    expect(await client.payout(order())).toEqual({ kind: 'accepted', providerRef: expect.stringMatching(/^HP/) });
    expect(sim.ledger.entries()).toMatchObject([{ orderId: 'PB261121CCCCCC00001', amountMinor: 1_500_050, payouts: 1 }]);
    expect(await client.status('PB261121CCCCCC00001')).toMatchObject({ kind: 'succeeded' });
  });

  it('pending until settled, then success or failure', async () => {
    const { sim, client } = await setup({ settleMs: longSettle, failTargets: new Set(['0999999999']) });
    await client.payout(order());
    await client.payout(order({ orderId: 'PB261121CCCCCC00002', accountNo: '0999999999' }));
    expect(await client.status('PB261121CCCCCC00001')).toMatchObject({ kind: 'accepted' });
    sim.ledger.settleAll();
    expect(await client.status('PB261121CCCCCC00001')).toMatchObject({ kind: 'succeeded' });
    expect(await client.status('PB261121CCCCCC00002')).toMatchObject({ kind: 'failed', message: 'beneficiary account rejected' });
  });

  it.each([
    ['a Thai-script name', { name: 'สมชาย ใจดี' }, '9400'],
    ['a phone without its zero', { phone: '812345678' }, '9400'],
    ['more than the balance', { amountMinor: 600_000_000 }, '9412'],
    ['an e-wallet paid through a bank’s code', { accountType: 'EWALLET', bankCode: 'KBANK' }, '9400'],
    ['a bank account paid through an e-wallet’s code', { accountType: 'BANK_ACCOUNT', bankCode: 'TRUEMONEY' }, '9400'],
  ])('refuses %s with an error HaiPay has not published: unknown (query first), and nothing paid', async (_label, overrides, code) => {
    const { sim, client } = await setup();
    expect(await client.payout(order(overrides))).toMatchObject({ kind: 'unknown', reason: expect.stringContaining(code) });
    expect(sim.ledger.entries()).toEqual([]);
    expect(await client.status('PB261121CCCCCC00001')).toMatchObject({ kind: 'unknown' });
  });

  it('a bankCode HaiPay has no channel for is its documented 4002: definitely not paid', async () => {
    const { sim, client } = await setup();
    expect(await client.payout(order({ bankCode: 'NOSUCHBANK' }))).toEqual({ kind: 'rejected', code: '4002', message: 'system:channel code does not exist' });
    expect(sim.ledger.entries()).toEqual([]);
  });

  it('a repeated orderId is unknown (query), never a second payment', async () => {
    const { sim, client } = await setup();
    await client.payout(order());
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('9409') });
    expect(sim.ledger.entries().map((e) => e.payouts)).toEqual([1]);
  });

  it('does not believe an answer signed by anyone but HaiPay', async () => {
    const badsig = await setup({ badSignature: 1 });
    expect(await badsig.client.payout(order())).toEqual({ kind: 'unknown', reason: 'HaiPay’s answer had a wrong signature' });
    const wrongTrust = await setup({}, stranger.publicKey);
    expect(await wrongTrust.client.payout(order({ orderId: 'PB2' }))).toMatchObject({ kind: 'unknown' });
  });

  it.each([
    ['a timeout', { timeout: 1 }],
    ['a dropped connection', { drop: 1 }],
  ])('%s after recording is unknown; the query finds the payout', async (_label, faults) => {
    const { sim, client } = await setup(faults);
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown' });
    Object.assign(sim.faults, { timeout: 0, drop: 0 });
    expect(await client.status('PB261121CCCCCC00001')).toMatchObject({ kind: 'succeeded' });
  });

  it('a 5xx is unknown; an order never seen is unknown too (HaiPay publishes no "no such order"); unreachable is rejected', async () => {
    const { sim, client } = await setup({ error5xx: 1 });
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown' });
    sim.faults.error5xx = 0;
    expect(await client.status('PB261121CCCCCC00001')).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('order not exist') });
    await sim.close();
    // The pooled connection died under a request: it may have been sent, so: unknown.
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown' });
    // A fresh connection that is refused was never sent: a definite no.
    const fresh = createHaipayClient({ baseUrl: sim.baseUrl, appId: '1102', secretKey: 'hp-secret', privateKey: merchant.privateKey, platformPublicKey: platform.publicKey }, sims.http());
    expect(await fresh.payout(order())).toMatchObject({ kind: 'rejected', code: 'not_sent' });
  });

  it('answers the balance in satang', async () => {
    const { client } = await setup();
    await client.payout(order());
    expect(await client.balance()).toEqual({ ok: true, balanceMinor: 500_000_000 - 1_500_050 });
  });
});
