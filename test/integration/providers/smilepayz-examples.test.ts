import { createSign } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSmilepayzSim, type SmilepayzSimOptions } from '../../../electron/simulator/smilepayz/smilepayz-sim.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { providerExample } from '../../support/canned-provider.js';
import { useSims } from '../../support/sim-harness.js';
import { rsaKeyPair } from '../../support/test-keys.js';

/**
 * SmilePayz's own example requests (test/fixtures/providers/smilepayz) sent to the simulator as
 * a merchant following SmilePayz's pages and demos would send them: each is accepted and answered
 * in the documented shape. Signing is written out here, from PROVIDERS.md, not taken from either side.
 */
const sims = useSims();
const merchant = rsaKeyPair();
const secret = 'smile-secret';
const example = (name: string) => providerExample('smilepayz', name);
const payoutExample = example('pay-out.request.json');
const exampleMerchantId = String(example('pay-out.request.headers.json')['X-PARTNER-ID']);

/** `yyyy-MM-ddTHH:mm:ss+07:00` (SmilePayz's pages, its Python and Go demos) or `…Z` (its Java demo). */
function timestamp(form: 'vietnam' | 'utc', at = new Date()): string {
  if (form === 'utc') return `${at.toISOString().slice(0, 19)}Z`;
  return `${new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

async function post(baseUrl: string, path: string, payload: unknown, options: { form?: 'vietnam' | 'utc'; key?: typeof merchant.privateKey; at?: Date } = {}) {
  const body = JSON.stringify(payload);
  const ts = timestamp(options.form ?? 'vietnam', options.at);
  const signature = createSign('RSA-SHA256').update(`${ts}|${secret}|${body}`, 'utf8').sign(options.key ?? merchant.privateKey, 'base64');
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-TIMESTAMP': ts, 'X-SIGNATURE': signature, 'X-PARTNER-ID': exampleMerchantId }, body });
  return { json: (await response.json()) as Record<string, unknown>, timestampHeader: response.headers.get('x-timestamp') };
}

async function sim(options: SmilepayzSimOptions & { accountNo?: string } = {}) {
  const { accountNo, ...rest } = options;
  return sims.track(await startSmilepayzSim({ merchantId: exampleMerchantId, merchantSecret: secret, merchantPublicKey: merchant.publicKey, ...(accountNo ? { accountNo } : {}) }, sims.faults(), 0, rest));
}

const keysOf = (value: unknown) => Object.keys(value as object).sort();

describe('SmilePayz simulator ← the pay-out page’s example request', () => {
  it('accepts it as printed (phone 845965823652, amount 50,000) and answers in the page’s shape', async () => {
    const smile = await sim();
    const { json, timestampHeader } = await post(smile.baseUrl, '/v2.0/disbursement/pay-out', payoutExample);
    const documented = example('pay-out.response.json');
    expect(keysOf(json)).toEqual(keysOf(documented));
    for (const part of ['merchant', 'money', 'channel']) expect(keysOf(json[part])).toEqual(keysOf(documented[part]));
    expect(json).toMatchObject({ code: '00', message: 'successful', orderNo: '2000102900000000000001', tradeNo: expect.any(String), money: { currency: 'VND', amount: 50_000 }, channel: { paymentMethod: 'ABB', cashAccount: '09171234567', accountName: 'Maria Santos Cruz' } });
    expect(json['status']).toMatch(/^(PROCESSING|SUCCESS)$/);
    expect(json['disbursementTime']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(timestampHeader).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    expect(smile.ledger.entries()).toMatchObject([{ orderId: '2000102900000000000001', amountMinor: 50_000, payouts: 1 }]);
  });

  it('accepts the …Z timestamp SmilePayz’s Java demo sends', async () => {
    const smile = await sim();
    expect((await post(smile.baseUrl, '/v2.0/disbursement/pay-out', payoutExample, { form: 'utc' })).json).toMatchObject({ code: '00' });
  });

  it('accepts amounts under 50,000 (the range is "for reference only"); refuses them only when asked to be strict', async () => {
    const lenient = await sim();
    expect((await post(lenient.baseUrl, '/v2.0/disbursement/pay-out', { ...payoutExample, money: { amount: 20_000, currency: 'VND' } })).json).toMatchObject({ code: '00' });
    const strict = await sim({ strict: { amountRange: true } });
    expect((await post(strict.baseUrl, '/v2.0/disbursement/pay-out', { ...payoutExample, money: { amount: 20_000, currency: 'VND' } })).json).toMatchObject({ code: expect.not.stringMatching(/^00$/), message: expect.stringContaining('50000-5000000') });
    expect(strict.ledger.entries()).toEqual([]);
  });

  it('refuses the example’s 12-digit phone only when asked to be strict about 84 + 9 digits', async () => {
    const strict = await sim({ strict: { phone84: true } });
    expect((await post(strict.baseUrl, '/v2.0/disbursement/pay-out', payoutExample)).json).toMatchObject({ code: expect.not.stringMatching(/^00$/) });
    strict.strict.phone84 = false;
    expect((await post(strict.baseUrl, '/v2.0/disbursement/pay-out', payoutExample)).json).toMatchObject({ code: '00' });
  });

  it.each([
    ['a timestamp six minutes old', { at: new Date(Date.now() - 6 * 60_000) }],
    ['another key', { key: rsaKeyPair().privateKey }],
  ])('refuses it with %s, and pays nothing', async (_label, options) => {
    const smile = await sim();
    expect((await post(smile.baseUrl, '/v2.0/disbursement/pay-out', payoutExample, options)).json).toMatchObject({ code: expect.not.stringMatching(/^00$/) });
    expect(smile.ledger.entries()).toEqual([]);
  });

  it('pays a repeated orderNo once', async () => {
    const smile = await sim();
    await post(smile.baseUrl, '/v2.0/disbursement/pay-out', payoutExample);
    expect((await post(smile.baseUrl, '/v2.0/disbursement/pay-out', payoutExample)).json).toMatchObject({ code: expect.not.stringMatching(/^00$/) });
    expect(smile.ledger.entries()).toMatchObject([{ payouts: 1 }]);
  });
});

describe('SmilePayz simulator ← the inquiry pages’ example requests', () => {
  it('finds a pay-out by orderNo and by tradeNo, answering in the status page’s shape', async () => {
    const smile = await sim();
    const tradeNo = (await post(smile.baseUrl, '/v2.0/disbursement/pay-out', payoutExample)).json['tradeNo'];
    const byOrder = (await post(smile.baseUrl, '/v2.0/inquiry-status', { ...example('inquiry-status.request.order-no.json'), tradeType: 2, orderNo: '2000102900000000000001' })).json;
    const byTrade = (await post(smile.baseUrl, '/v2.0/inquiry-status', { ...example('inquiry-status.request.trade-no.json'), tradeNo })).json;
    for (const answer of [byOrder, byTrade]) {
      expect(answer).toMatchObject({ code: '00', orderNo: '2000102900000000000001', tradeNo, tradeType: 2, paymentMethod: 'ABB', money: { currency: 'VND', amount: 50_000 }, status: expect.stringMatching(/^(PROCESSING|SUCCESS)$/) });
      expect(keysOf(answer)).toEqual([...keysOf(example('inquiry-status.response.v2.json')), 'orderNo'].sort());
    }
  });

  it('knows no order for the page’s own ids, or a tradeNo that belongs to another order', async () => {
    const smile = await sim();
    const tradeNo = String((await post(smile.baseUrl, '/v2.0/disbursement/pay-out', payoutExample)).json['tradeNo']);
    for (const request of [example('inquiry-status.request.order-no.json'), example('inquiry-status.request.trade-no.json'), { tradeType: 2, orderNo: 'PB0000000001', tradeNo }]) {
      expect((await post(smile.baseUrl, '/v2.0/inquiry-status', request)).json).toMatchObject({ code: expect.not.stringMatching(/^00$/) });
    }
  });

  it('answers the balance example for the merchant’s account number, in accountInfos[].amount{currency, value}', async () => {
    const request = example('inquiry-balance.request.json');
    const smile = await sim({ accountNo: String(request['accountNo']) });
    const { json } = await post(smile.baseUrl, '/v2.0/inquiry-balance', request);
    expect(json).toEqual({ code: '00', message: 'Successful', accountNo: '21120030202403071031', accountInfos: [{ balanceType: 'BALANCE', amount: { currency: 'VND', value: '10000000000' } }] });
    expect((await post(smile.baseUrl, '/v2.0/inquiry-balance', { ...request, accountNo: exampleMerchantId })).json).toMatchObject({ code: expect.not.stringMatching(/^00$/) });
  });
});

describe('SmilePayz simulator is written from the docs', () => {
  it('imports nothing of the client (electron/engine/providers)', () => {
    const folder = join(repoRoot, 'electron/simulator/smilepayz');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      expect(readFileSync(join(folder, file), 'utf8'), file).not.toMatch(/from '[^']*engine\/providers/);
    }
  });
});
