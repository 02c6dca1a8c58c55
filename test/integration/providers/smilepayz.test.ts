import { describe, expect, it } from 'vitest';
import { createSmilepayzClient } from '../../../electron/engine/providers/smilepayz/smilepayz-client.js';
import type { PayoutOrder } from '../../../electron/engine/providers/payout-outcome.js';
import { startSmilepayzSim } from '../../../electron/simulator/smilepayz/smilepayz-sim.js';
import type { Faults } from '../../../electron/simulator/sim-faults.js';
import { longSettle, useSims } from '../../support/sim-harness.js';
import { rsaKeyPair } from '../../support/test-keys.js';

const sims = useSims();
const keys = rsaKeyPair();
const other = rsaKeyPair();

async function setup(faults: Partial<Faults> = {}, signWith = keys.privateKey) {
  const sim = sims.track(await startSmilepayzSim({ merchantId: '20001', merchantSecret: 'smile-secret', merchantPublicKey: keys.publicKey }, sims.faults(faults)));
  const client = createSmilepayzClient({ baseUrl: sim.baseUrl, merchantId: '20001', merchantSecret: 'smile-secret', privateKey: signWith }, sims.httpFor(faults));
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

  it.each([
    ['a duplicate orderNo', async (c: Awaited<ReturnType<typeof setup>>['client']) => (await c.payout(order()), c.payout(order()))],
    ['an amount below the channel minimum', (c: Awaited<ReturnType<typeof setup>>['client']) => c.payout(order({ amountMinor: 49_999 }))],
    ['an unknown payment method', (c: Awaited<ReturnType<typeof setup>>['client']) => c.payout(order({ bankCode: 'NOPE' }))],
  ])('any code but "00" (%s) is unknown: query before deciding', async (_label, run) => {
    const { sim, client } = await setup();
    expect(await run(client)).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('query before deciding') });
    expect(sim.ledger.entries().every((e) => e.payouts === 1)).toBe(true);
  });

  it('refuses a request signed with another key, and pays nothing', async () => {
    const { sim, client } = await setup({}, other.privateKey);
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('41') });
    expect(sim.ledger.entries()).toEqual([]);
    expect(await createSmilepayzClient({ baseUrl: sim.baseUrl, merchantId: '20001', merchantSecret: 'smile-secret', privateKey: keys.privateKey }, sims.http()).status('PB261121BBBBBB00001')).toEqual({ kind: 'not_found' });
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
    expect(await client.status('PB261121BBBBBB00001')).toMatchObject({ kind: recorded ? 'succeeded' : 'not_found' });
  });

  it('unreachable: rejected, nothing sent', async () => {
    const { sim, client } = await setup();
    await sim.close();
    expect(await client.payout(order())).toMatchObject({ kind: 'rejected', code: 'not_sent' });
  });

  it('answers the balance', async () => {
    const { client } = await setup();
    await client.payout(order());
    expect(await client.balance()).toEqual({ ok: true, balanceMinor: 10_000_000_000 - 1_500_000 });
  });
});
