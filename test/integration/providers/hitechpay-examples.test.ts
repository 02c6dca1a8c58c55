import { createHmac, createSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHitechpayClient } from '../../../electron/engine/providers/hitechpay/hitechpay-client.js';
import type { PayoutOrder } from '../../../electron/engine/providers/payout-outcome.js';
import { startHitechpaySim } from '../../../electron/simulator/hitechpay/hitechpay-sim.js';
import type { HitechpayStrictness } from '../../../electron/simulator/hitechpay/hitechpay-sim-wire.js';
import { filledExample, providerExample, startCannedProvider } from '../../support/canned-provider.js';
import { useSims } from '../../support/sim-harness.js';
import { rsaKeyPair } from '../../support/test-keys.js';

/**
 * HiTechPAY's own examples (test/fixtures/providers/hitechpay) and ZaloPay's spec: the seeds'
 * requests, filled in, are accepted by the simulator and answered in the seeds' shape; each
 * documented answer, sent over loopback, means to the client what the spec says it means.
 */
const sims = useSims();
const merchant = rsaKeyPair();
const key1 = 'hitech-key1-test';
const appId = 2553;

/** PROVIDERS.md's formulas, written out here rather than taken from either side under test. */
const mac = (body: Record<string, unknown>, fields: readonly string[]) => createHmac('sha256', key1).update(fields.map((f) => String(body[f])).join('|'), 'utf8').digest('hex');
const sig = (hexMac: string) => createSign('RSA-SHA256').update(hexMac, 'utf8').sign(merchant.privateKey, 'base64');
const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', '');

async function post(baseUrl: string, path: string, body: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
}

async function sim(strictness: Partial<HitechpayStrictness> = {}) {
  return sims.track(await startHitechpaySim({ appId: String(appId), paymentId: 'PMT-01', key1, merchantPublicKey: merchant.publicKey }, sims.faults(), 0, strictness));
}

const lookup = (baseUrl: string, phone: string, time = Date.now()) => {
  const body = { request_id: 'req-1', app_id: appId, phone, time };
  return post(baseUrl, '/disbursement/user', { ...body, mac: mac(body, ['app_id', 'phone', 'time']) });
};

function topupRequest(mUid: string, values: Record<string, unknown> = {}) {
  const unsigned = filledExample(providerExample('hitechpay', 'topup.request.json'), {
    app_id: appId,
    payment_id: 'PMT-01',
    partner_order_id: 'PB261121FFFFFF00001',
    m_u_id: mUid,
    amount: 1_500_000,
    description: 'Chi lương tháng 10',
    partner_embed_data: '{"store_id":"s2"}',
    reference_id: 'REF1',
    extra_info: '{}',
    time: Date.now(),
    sig: '',
    ...values,
  });
  return { ...unsigned, sig: sig(mac(unsigned, ['app_id', 'payment_id', 'partner_order_id', 'm_u_id', 'amount', 'description', 'partner_embed_data', 'extra_info', 'time'])) };
}

function refundRequest(values: Record<string, unknown> = {}) {
  const unsigned = filledExample(providerExample('hitechpay', 'refund.request.json'), {
    app_id: appId,
    m_refund_id: `${todayInVietnam()}_${appId}_R0001`,
    zp_trans_id: '231121000123',
    amount: 50_000,
    refund_fee_amount: 1_000,
    timestamp: Date.now(),
    description: 'Hoàn tiền',
    mac: '',
    ...values,
  });
  return { ...unsigned, mac: mac(unsigned, ['app_id', 'zp_trans_id', 'amount', 'refund_fee_amount', 'description', 'timestamp']) };
}

describe('HiTechPAY simulator ← the seeds’ example requests', () => {
  it('finds a wallet by the user’s phone in the 0 form and the 84 form alike', async () => {
    const hitech = await sim();
    const national = await lookup(hitech.baseUrl, '0912345678');
    expect(national).toMatchObject({ return_code: 1, data: { m_u_id: expect.any(String), reference_id: expect.any(String), name: expect.any(String) } });
    expect(await lookup(hitech.baseUrl, '84912345678')).toMatchObject({ return_code: 1, data: { m_u_id: (national['data'] as { m_u_id: string }).m_u_id } });
  });

  it('strictPhone (off by default) takes only the 0 form', async () => {
    const hitech = await sim({ strictPhone: true });
    expect(await lookup(hitech.baseUrl, '84912345678')).toMatchObject({ return_code: 2, sub_return_code: -401 });
    expect(await lookup(hitech.baseUrl, '0912345678')).toMatchObject({ return_code: 1 });
  });

  it('accepts the top-up example and answers in the seed’s shape (upgrade_url only with -406)', async () => {
    const hitech = await sim();
    const mUid = ((await lookup(hitech.baseUrl, '0912345678'))['data'] as { m_u_id: string }).m_u_id;
    const answer = await post(hitech.baseUrl, '/disbursement/topup', topupRequest(mUid));
    const seed = providerExample('hitechpay', 'topup.response.json');
    expect(Object.keys(answer).sort()).toEqual(Object.keys(seed).sort());
    expect(Object.keys(answer['data'] as object).sort()).toEqual(Object.keys(seed['data'] as object).filter((key) => key !== 'upgrade_url').sort());
    expect(answer).toMatchObject({ return_code: 1, data: { status: 1, amount: 1_500_000, phone: '0912345678', extra_info: '{}' } });
    expect(hitech.ledger.entries()).toMatchObject([{ orderId: 'PB261121FFFFFF00001', payouts: 1 }]);
  });

  it.each([
    ['a time 20 minutes old', { time: Date.now() - 20 * 60_000 }],
    ['the example’s own time 0', { time: 0 }],
    ['a time 20 minutes ahead', { time: Date.now() + 20 * 60_000 }],
  ])('refuses a top-up with %s (-401), and pays nothing', async (_label, values) => {
    const hitech = await sim();
    const mUid = ((await lookup(hitech.baseUrl, '0912345678'))['data'] as { m_u_id: string }).m_u_id;
    expect(await post(hitech.baseUrl, '/disbursement/topup', topupRequest(mUid, values))).toMatchObject({ return_code: 2, sub_return_code: -401 });
    expect(hitech.ledger.entries()).toEqual([]);
  });

  it('refuses a user lookup whose time is stale', async () => {
    const hitech = await sim();
    expect(await lookup(hitech.baseUrl, '0912345678', Date.now() - 20 * 60_000)).toMatchObject({ return_code: 2, sub_return_code: -401 });
  });

  it('accepts the refund example (with its fee) and answers in the seed’s shape, refund_id a number', async () => {
    const hitech = await sim();
    const answer = await post(hitech.baseUrl, '/refund', refundRequest());
    expect(Object.keys(answer).sort()).toEqual(Object.keys(providerExample('hitechpay', 'refund.response.json')).sort());
    expect(answer).toMatchObject({ return_code: 1, refund_id: expect.any(Number) });
    expect(hitech.refunds.entries()).toMatchObject([{ amountMinor: 50_000, payouts: 1 }]);
  });

  it.each([
    ['an m_refund_id with yesterday’s date', { m_refund_id: `${new Date(Date.now() + 7 * 3_600_000 - 86_400_000).toISOString().slice(2, 10).replaceAll('-', '')}_${appId}_R0001` }],
    ['an m_refund_id with another app id', { m_refund_id: `${todayInVietnam()}_9999_R0001` }],
    ['a timestamp 20 minutes old', { timestamp: Date.now() - 20 * 60_000 }],
  ])('refuses a refund with %s (-401), and refunds nothing', async (_label, values) => {
    const hitech = await sim();
    expect(await post(hitech.baseUrl, '/refund', refundRequest(values))).toMatchObject({ return_code: 2, sub_return_code: -401 });
    expect(hitech.refunds.entries()).toEqual([]);
  });
});

describe('HiTechPAY client ← each documented answer', () => {
  const order: PayoutOrder = { orderId: 'PB261121FFFFFF00001', amountMinor: 1_500_000, name: 'Nguyễn Văn An', accountNo: null, accountType: 'wallet', bankCode: null, phone: '0912345678', email: null, description: 'Chi lương', partnerUserId: null };
  const wallet = { return_code: 1, return_message: '', sub_return_code: 1, sub_return_message: '', data: { reference_id: 'REF1', m_u_id: 'MU1', name: 'NGUYEN VAN AN', phone: '0912345678' } };
  const topupSeed = providerExample('hitechpay', 'topup.response.json');
  const refundSeed = providerExample('hitechpay', 'refund.response.json');
  const topupAnswer = (return_code: number, sub_return_code: number, status?: number) => ({ ...topupSeed, return_code, sub_return_code, data: { ...(topupSeed['data'] as object), ...(status === undefined ? {} : { status }) } });
  const refundAnswer = (return_code: number, sub_return_code: number) => ({ ...refundSeed, return_code, sub_return_code, refund_id: 800_000_001 });

  /** A client whose canned provider finds the wallet and gives these answers, by path. */
  async function client(answers: Readonly<Record<string, unknown>>) {
    const canned = sims.track(await startCannedProvider());
    for (const [path, json] of Object.entries({ '/disbursement/user': wallet, ...answers })) canned.answer(path, json);
    return { canned, hitech: createHitechpayClient({ baseUrl: canned.baseUrl, appId: String(appId), paymentId: 'PMT-01', key1, privateKey: merchant.privateKey }, sims.http()) };
  }

  it.each([
    ['the seed’s answer as printed (return_code 0)', topupSeed, { kind: 'unknown' }],
    ['1, status 1 SUCCESS', topupAnswer(1, 1, 1), { kind: 'succeeded' }],
    ['1, status 3 PROCESSING', topupAnswer(1, 1, 3), { kind: 'accepted' }],
    ['1, status 2 FAIL', topupAnswer(1, 1, 2), { kind: 'rejected', code: 'status_2' }],
    ['1, status 4 PENDING (manual)', topupAnswer(1, 1, 4), { kind: 'unknown', needsReview: true }],
    ['2, -68 Duplicate resource', topupAnswer(2, -68), { kind: 'unknown' }],
    ['2, -101 User wallet account not exists', topupAnswer(2, -101), { kind: 'rejected', code: '-101' }],
    ['2, -401 Request param illegal', topupAnswer(2, -401), { kind: 'rejected', code: '-401' }],
    ['2, -402 Unauthorized', topupAnswer(2, -402), { kind: 'rejected', code: '-402' }],
    ['2, -406 fund-in limitation', topupAnswer(2, -406), { kind: 'rejected', code: '-406' }],
    ['2, -500 ZaloPay system error', topupAnswer(2, -500), { kind: 'unknown' }],
    ['2, -503 maintenance', topupAnswer(2, -503), { kind: 'unknown' }],
    ['2, -429 rate limit', topupAnswer(2, -429), { kind: 'unknown' }],
  ])('top-up: %s', async (_label, answer, outcome) => {
    const { hitech } = await client({ '/disbursement/topup': answer });
    expect(await hitech.payout(order)).toMatchObject(outcome);
  });

  it.each([
    ['2, -101 Order not found', topupAnswer(2, -101), { kind: 'not_found' }],
    ['1, status 2 FAIL', topupAnswer(1, 1, 2), { kind: 'failed', code: 'status_2' }],
    ['2, -500 system error', topupAnswer(2, -500), { kind: 'unknown' }],
    ['2, -402 Unauthorized', topupAnswer(2, -402), { kind: 'unknown' }],
  ])('txn: %s', async (_label, answer, outcome) => {
    const { hitech } = await client({ '/disbursement/txn': answer });
    expect(await hitech.status(order.orderId)).toMatchObject(outcome);
  });

  it.each([
    ['2, -101 User wallet account not exists (with onboarding_url)', { ...wallet, return_code: 2, sub_return_code: -101, data: { onboarding_url: 'https://onboard.example' } }, { kind: 'rejected', code: 'wallet_not_found', message: expect.stringContaining('https://onboard.example') }],
    ['2, -1011 wallet locked', { ...wallet, return_code: 2, sub_return_code: -1011, data: {} }, { kind: 'rejected', code: 'wallet_locked' }],
    ['2, -500 system error', { ...wallet, return_code: 2, sub_return_code: -500, data: {} }, { kind: 'rejected', code: 'not_sent' }],
  ])('user lookup: %s, and no top-up is sent', async (_label, answer, outcome) => {
    const { canned, hitech } = await client({ '/disbursement/user': answer });
    expect(await hitech.payout(order)).toMatchObject(outcome);
    expect(canned.requests.map((r) => r.path)).toEqual(['/disbursement/user']);
  });

  const refund = { refundId: `${todayInVietnam()}_${appId}_R0001`, zpTransId: '231121000123', amountMinor: 50_000, description: 'Hoàn tiền' };

  it.each([
    ['the seed’s answer as printed (return_code 0)', refundSeed, { kind: 'unknown' }],
    ['1 SUCCESS (the seed: asynchronous, query for the status)', refundAnswer(1, 1), { kind: 'accepted', providerRef: '800000001' }],
    ['3 PROCESSING', refundAnswer(3, 1), { kind: 'accepted' }],
    ['2, -101 (the spec: refunded): not a no, never refund again', refundAnswer(2, -101), { kind: 'accepted' }],
    ['2, -401 Request param illegal', refundAnswer(2, -401), { kind: 'rejected', code: '-401' }],
    ['2, -402 Unauthorized', refundAnswer(2, -402), { kind: 'rejected', code: '-402' }],
    ['2, -68 Duplicate', refundAnswer(2, -68), { kind: 'unknown' }],
    ['2, -500 system error', refundAnswer(2, -500), { kind: 'unknown' }],
  ])('refund: %s', async (_label, answer, outcome) => {
    const { hitech } = await client({ '/refund': answer });
    expect(await hitech.refund(refund)).toMatchObject(outcome);
  });

  it.each([
    ['1, 1 Giao dịch thành công', refundAnswer(1, 1), { kind: 'succeeded' }],
    ['2, -101 "Hoàn tiền thành công… 3-5 ngày làm việc"', refundAnswer(2, -101), { kind: 'succeeded' }],
    ['1, -101', refundAnswer(1, -101), { kind: 'succeeded' }],
    ['3 PROCESSING', refundAnswer(3, 1), { kind: 'accepted' }],
    ['2 FAIL', refundAnswer(2, -2), { kind: 'failed' }],
    ['2, -33 app in maintenance', refundAnswer(2, -33), { kind: 'unknown' }],
    ['2, -500 system error', refundAnswer(2, -500), { kind: 'unknown' }],
    ['2, -429 rate limit', refundAnswer(2, -429), { kind: 'unknown' }],
    ['2, -402 Unauthorized (the query, not the refund)', refundAnswer(2, -402), { kind: 'unknown' }],
    ['return_code -401 ILLEGAL_DATA_REQUEST', refundAnswer(-401, 0), { kind: 'unknown' }],
    ['the seed’s refund answer as printed (return_code 0)', refundSeed, { kind: 'unknown' }],
  ])('query_refund: %s', async (_label, answer, outcome) => {
    const { hitech } = await client({ '/query_refund': answer });
    expect(await hitech.refundStatus(refund.refundId)).toMatchObject(outcome);
  });
});
