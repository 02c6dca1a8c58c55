import { describe, expect, it } from 'vitest';
import { createSmilepayzClient } from '../../../electron/engine/providers/smilepayz/smilepayz-client.js';
import type { PayoutOrder } from '../../../electron/engine/providers/payout-outcome.js';
import { startSmilepayzSim, type SmilepayzSimOptions } from '../../../electron/simulator/smilepayz/smilepayz-sim.js';
import type { Faults } from '../../../electron/simulator/sim-faults.js';
import { longSettle, useSims } from '../../support/sim-harness.js';
import { rsaKeyPair } from '../../support/test-keys.js';

const sims = useSims();
const keys = rsaKeyPair();
const other = rsaKeyPair();

async function setup(faults: Partial<Faults> = {}, signWith = keys.privateKey, strict: SmilepayzSimOptions['strict'] = {}) {
  const sim = sims.track(await startSmilepayzSim({ merchantId: '20001', merchantSecret: 'smile-secret', merchantPublicKey: keys.publicKey, accountNo: '2000124234782342' }, sims.faults(faults), 0, { strict }));
  const client = createSmilepayzClient({ baseUrl: sim.baseUrl, merchantId: '20001', merchantSecret: 'smile-secret', privateKey: signWith, balanceAccountNo: '2000124234782342' }, sims.httpFor(faults));
  return { sim, client };
}

const order = (overrides: Partial<PayoutOrder> = {}): PayoutOrder => ({
  orderId: 'PB261121BBBBBB00001',
  amountMinor: 1_500_000,
  name: 'Nguyễn Văn An',
  accountNo: '0011001234567',
  accountType: 'bank',
  bankCode: 'VCB',
  phone: '0912345678',
  email: 'an@example.com',
  description: 'Chi lương tháng 10',
  partnerUserId: null,
  ...overrides,
});

describe('SmilePayz client ↔ simulator over loopback', () => {
  it('pays out: the answer and the status query agree, the ledger moved it once', async () => {
    const { sim, client } = await setup();
    expect(await client.payout(order())).toEqual({ kind: 'succeeded', providerRef: expect.any(String) });
    expect(await client.status('PB261121BBBBBB00001')).toMatchObject({ kind: 'succeeded' });
    expect(sim.ledger.entries()).toMatchObject([{ orderId: 'PB261121BBBBBB00001', target: '0011001234567', amountMinor: 1_500_000, payouts: 1 }]);
  });

  it('PROCESSING is accepted; it settles to SUCCESS or FAILED', async () => {
    const { sim, client } = await setup({ settleMs: longSettle, failTargets: new Set(['0771000999888']) });
    expect(await client.payout(order())).toMatchObject({ kind: 'accepted' });
    expect(await client.payout(order({ orderId: 'PB261121BBBBBB00002', accountNo: '0771000999888' }))).toMatchObject({ kind: 'accepted' });
    sim.ledger.settleAll();
    expect(await client.status('PB261121BBBBBB00001')).toMatchObject({ kind: 'succeeded' });
    expect(await client.status('PB261121BBBBBB00002')).toMatchObject({ kind: 'failed', code: 'FAILED' });
  });

  it('pays 20,000 (the 50,000 minimum is "for reference only") and MoMo as W_MOMO', async () => {
    const { sim, client } = await setup();
    expect(await client.payout(order({ amountMinor: 20_000 }))).toMatchObject({ kind: 'succeeded' });
    expect(await client.payout(order({ orderId: 'PB261121BBBBBB00002', bankCode: 'W_MOMO', accountNo: '0912345678', accountType: 'wallet' }))).toMatchObject({ kind: 'succeeded' });
    expect(sim.ledger.entries().map((e) => e.amountMinor)).toEqual([20_000, 1_500_000]);
  });

  it.each([
    ['a duplicate orderNo', {}, async (c: Awaited<ReturnType<typeof setup>>['client']) => (await c.payout(order()), c.payout(order()))],
    ['an amount a strict channel refuses', { amountRange: true }, (c: Awaited<ReturnType<typeof setup>>['client']) => c.payout(order({ amountMinor: 49_999 }))],
    ['an unknown payment method', {}, (c: Awaited<ReturnType<typeof setup>>['client']) => c.payout(order({ bankCode: 'NOPE' }))],
  ])('any code but "00" (%s) is unknown: query before deciding', async (_label, strict, run) => {
    const { sim, client } = await setup({}, keys.privateKey, strict);
    expect(await run(client)).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('query before deciding') });
    expect(sim.ledger.entries().every((e) => e.payouts === 1)).toBe(true);
  });

  it('refuses a request signed with another key, and pays nothing; the status of an order it never got is unknown, not "not found"', async () => {
    const { sim, client } = await setup({}, other.privateKey);
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown' });
    expect(sim.ledger.entries()).toEqual([]);
    expect(await createSmilepayzClient({ baseUrl: sim.baseUrl, merchantId: '20001', merchantSecret: 'smile-secret', privateKey: keys.privateKey }, sims.http()).status('PB261121BBBBBB00001')).toMatchObject({ kind: 'unknown' });
  });

  it.each([
    ['a timeout', { timeout: 1 }],
    ['a dropped connection', { drop: 1 }],
    ['a 5xx', { error5xx: 1 }],
  ])('%s is unknown, and the status query tells the truth', async (_label, faults) => {
    const { sim, client } = await setup(faults);
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown' });
    const recorded = sim.faults.error5xx === 0;
    Object.assign(sim.faults, { timeout: 0, drop: 0, error5xx: 0 });
    // Nothing recorded (5xx): SmilePayz publishes no "no such order", so the row stays unknown.
    expect(await client.status('PB261121BBBBBB00001')).toMatchObject({ kind: recorded ? 'succeeded' : 'unknown' });
  });

  it('unreachable: rejected, nothing sent', async () => {
    const { sim, client } = await setup();
    await sim.close();
    expect(await client.payout(order())).toMatchObject({ kind: 'rejected', code: 'not_sent' });
  });

  it('answers the balance of the merchant account number from the settings', async () => {
    const { sim, client } = await setup();
    await client.payout(order());
    expect(await client.balance()).toEqual({ ok: true, balanceMinor: 10_000_000_000 - 1_500_000 });
    const byMerchantId = createSmilepayzClient({ baseUrl: sim.baseUrl, merchantId: '20001', merchantSecret: 'smile-secret', privateKey: keys.privateKey, balanceAccountNo: '20001' }, sims.http());
    expect(await byMerchantId.balance()).toMatchObject({ ok: false });
  });
});
