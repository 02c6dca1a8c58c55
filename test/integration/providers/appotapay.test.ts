import { describe, expect, it } from 'vitest';
import { createAppotapayClient } from '../../../electron/engine/providers/appotapay/appotapay-client.js';
import type { PayoutOrder } from '../../../electron/engine/providers/payout-outcome.js';
import { startAppotapaySim } from '../../../electron/simulator/appotapay/appotapay-sim.js';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import type { Faults } from '../../../electron/simulator/sim-faults.js';
import { longSettle, useSims } from '../../support/sim-harness.js';

const sims = useSims();
const secrets = { partnerCode: 'PB-PARTNER', apiKey: 'PB-API-KEY', secretKey: 'appota-secret-for-tests' };

async function setup(faults: Partial<Faults> = {}, clientSecret = secrets.secretKey) {
  const sim = sims.track(await startAppotapaySim(secrets, sims.faults(faults)));
  const client = createAppotapayClient({ baseUrl: sim.baseUrl, partnerCode: secrets.partnerCode, apiKey: secrets.apiKey, secretKey: clientSecret, feeType: 'payer' }, sims.httpFor(faults));
  return { sim, client };
}

const order = (overrides: Partial<PayoutOrder> = {}): PayoutOrder => ({
  orderId: 'PB261121AAAAAA00001',
  amountMinor: 1_500_000,
  name: 'NGUYEN VAN AN',
  accountNo: '0011001234567',
  accountType: 'account',
  bankCode: 'VPBANK',
  phone: null,
  email: null,
  description: 'Luong thang 10',
  partnerUserId: null,
  ...overrides,
});

describe('AppotaPay client ↔ simulator over loopback', () => {
  it('pays a transfer that settles at once: succeeded, and the ledger moved it once', async () => {
    const { sim, client } = await setup();
    expect(await client.payout(order())).toEqual({ kind: 'succeeded', providerRef: expect.stringMatching(/^AP/) });
    expect(sim.ledger.entries()).toMatchObject([{ orderId: 'PB261121AAAAAA00001', amountMinor: 1_500_000, payouts: 1 }]);
    expect(await client.status('PB261121AAAAAA00001')).toMatchObject({ kind: 'succeeded' });
  });

  it('a pending transfer is accepted, then settles to succeeded or failed', async () => {
    const { sim, client } = await setup({ settleMs: longSettle, failTargets: new Set(['0771000999888']) });
    expect(await client.payout(order())).toMatchObject({ kind: 'accepted' });
    expect(await client.payout(order({ orderId: 'PB2', accountNo: '0771000999888' }))).toMatchObject({ kind: 'accepted' });
    expect(await client.status('PB261121AAAAAA00001')).toMatchObject({ kind: 'accepted' });
    sim.ledger.settleAll();
    expect(await client.status('PB261121AAAAAA00001')).toMatchObject({ kind: 'succeeded' });
    expect(await client.status('PB2')).toMatchObject({ kind: 'failed' });
  });

  it('pays the sandbox’s own test card (bank APPOTA_TEST, card 9704000000000018, AP APPOTAPAY)', async () => {
    const { sim, client } = await setup();
    const card = { orderId: 'PB-CARD-1', bankCode: 'APPOTA_TEST', accountType: 'card', accountNo: '9704000000000018', name: 'AP APPOTAPAY', description: 'Test transfer payment' };
    expect(await client.payout(order(card))).toMatchObject({ kind: 'succeeded' });
    expect(await client.status('PB-CARD-1')).toMatchObject({ kind: 'succeeded' });
    expect(sim.ledger.entries()).toMatchObject([{ orderId: 'PB-CARD-1', target: '9704000000000018', payouts: 1 }]);
  });

  it('a row without a description sends no message field, and the signature still matches', async () => {
    const { client } = await setup();
    expect(await client.payout(order({ description: '' }))).toMatchObject({ kind: 'succeeded' });
  });

  it('answers a repeated order id as a duplicate (unknown: query), and never pays it twice', async () => {
    const { sim, client } = await setup();
    await client.payout(order());
    expect(await client.payout(order())).toEqual({ kind: 'unknown', reason: expect.stringContaining('AppotaPay 31') });
    expect(sim.ledger.entries().map((e) => e.payouts)).toEqual([1]);
  });

  it.each([
    ['an account that does not exist', { accountNo: reserved.missingAccount }, '200'],
    ['an account number shorter than 3', { accountNo: '12' }, '160'],
    ['a bank code AppotaPay does not publish', { bankCode: 'XYZ' }, '190'],
    ['a NAPAS short code instead of AppotaPay’s own (VPB for VPBANK)', { bankCode: 'VPB' }, '190'],
    ['a name with accents', { name: 'Nguyễn Văn An' }, '168'],
    ['more than the balance', { amountMinor: 60_000_000_000 }, '12'],
  ])('rejects %s: definitely not paid', async (_label, overrides, code) => {
    const { sim, client } = await setup();
    expect(await client.payout(order(overrides))).toMatchObject({ kind: 'rejected', code });
    expect(sim.ledger.entries()).toEqual([]);
  });

  it('a transfer that fails at once is rejected, and no money moved', async () => {
    const { sim, client } = await setup({ failTargets: new Set(['0771000999888']) });
    expect(await client.payout(order({ accountNo: '0771000999888' }))).toMatchObject({ kind: 'rejected', code: '33' });
    expect(sim.ledger.balanceMinor()).toBe(50_000_000_000);
  });

  it('refuses requests signed with the wrong secret', async () => {
    const { sim, client } = await setup({}, 'not-the-secret');
    expect(await client.payout(order())).toMatchObject({ kind: 'rejected', code: '2' });
    expect(sim.ledger.entries()).toEqual([]);
  });

  it('never takes a badly signed answer for success', async () => {
    const { sim, client } = await setup({ badSignature: 1 });
    expect(await client.payout(order())).toEqual({ kind: 'unknown', reason: 'AppotaPay’s answer had a wrong signature' });
    sim.faults.badSignature = 0;
    expect(await client.status('PB261121AAAAAA00001')).toMatchObject({ kind: 'succeeded' });
  });

  it('a 5xx is unknown, and nothing was recorded', async () => {
    const { sim, client } = await setup({ error5xx: 1 });
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown' });
    expect(sim.ledger.entries()).toEqual([]);
  });

  it.each([
    ['a timeout after the payout was recorded', { timeout: 1 }],
    ['the connection dropped after the payout was recorded', { drop: 1 }],
  ])('%s is unknown; the status query finds it; resending the same id pays nothing more', async (_label, faults) => {
    const { sim, client } = await setup(faults);
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown' });
    sim.faults.timeout = 0;
    sim.faults.drop = 0;
    expect(await client.status('PB261121AAAAAA00001')).toMatchObject({ kind: 'succeeded' });
    expect(await client.payout(order())).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('31') });
    expect(sim.ledger.entries().map((e) => e.payouts)).toEqual([1]);
  });

  it('an order the provider never saw is not_found', async () => {
    const { client } = await setup();
    expect(await client.status('PB-NEVER-SENT')).toEqual({ kind: 'not_found' });
  });

  it('a provider that cannot be reached: rejected, nothing sent', async () => {
    const { sim, client } = await setup();
    await sim.close();
    expect(await client.payout(order())).toMatchObject({ kind: 'rejected', code: 'not_sent' });
  });

  it('answers the balance, less what it paid', async () => {
    const { client } = await setup();
    await client.payout(order());
    expect(await client.balance()).toEqual({ ok: true, balanceMinor: 50_000_000_000 - 1_500_000 });
  });

  it('inquires the account holder’s name: found, different, or no such account', async () => {
    const { client } = await setup();
    const inquire = (accountNo: string) => client.inquireName?.({ orderId: 'PB9', accountNo, accountType: 'account', bankCode: 'MARITIMEBANK', phone: null });
    expect(await inquire('0011001234567')).toEqual({ kind: 'found', name: reserved.holderName });
    expect(await inquire(reserved.mismatchedAccount)).toEqual({ kind: 'found', name: reserved.mismatchedName });
    expect(await inquire(reserved.missingAccount)).toMatchObject({ kind: 'not_found' });
  });
});

describe('AppotaPay simulator latency', () => {
  it('adds the configured latency to every answer', async () => {
    const { client } = await setup({ latencyMs: 300 });
    const started = Date.now();
    expect(await client.balance()).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
