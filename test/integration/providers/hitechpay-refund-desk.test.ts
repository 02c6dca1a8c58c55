import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCapturedMinor } from '../../../electron/simulator/hitechpay/hitechpay-sim-captures.js';
import { startHitechpaySim } from '../../../electron/simulator/hitechpay/hitechpay-sim.js';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import type { Faults } from '../../../electron/simulator/sim-faults.js';
import { filledExample, providerExample } from '../../support/canned-provider.js';
import { longSettle, useSims } from '../../support/sim-harness.js';
import { useTempDir } from '../../support/temp-dir.js';
import { rsaKeyPair } from '../../support/test-keys.js';

/**
 * Issue #14: the simulator's refund desk knows what each payment captured. Partial refunds add
 * up to it and no further, a refund above it is refused with nothing recorded, a failed refund
 * gives its amount back, refunds settle asynchronously and are remembered across a restart.
 * Requests are built from the seed's example and ZaloPay's spec, signed here, over real HTTP.
 */
const sims = useSims();
const tempDir = useTempDir('paybatch-refund-desk-');
const merchant = rsaKeyPair();
const key1 = 'hitech-key1-test';
const appId = 2553;

/** PROVIDERS.md's formulas, written out here rather than taken from either side under test. */
const mac = (body: Record<string, unknown>, fields: readonly string[]) => createHmac('sha256', key1).update(fields.map((f) => String(body[f])).join('|'), 'utf8').digest('hex');
const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', '');
const refundIdOf = (suffix: string) => `${todayInVietnam()}_${appId}_${suffix}`;

async function post(baseUrl: string, path: string, body: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
}

async function sim(faults: Partial<Faults> = {}) {
  return sims.track(await startHitechpaySim({ appId: String(appId), paymentId: 'PMT-01', key1, merchantPublicKey: merchant.publicKey }, sims.faults(faults)));
}

/** The seed's refund request, filled in; without a fee it leaves `refund_fee_amount` out and signs without it. */
function refundRequest(suffix: string, zpTransId: string, amount: number, fee?: number) {
  const filled = filledExample(providerExample('hitechpay', 'refund.request.json'), { app_id: appId, m_refund_id: refundIdOf(suffix), zp_trans_id: zpTransId, amount, refund_fee_amount: fee ?? 0, timestamp: Date.now(), description: 'Hoàn tiền', mac: '' });
  if (fee !== undefined) return { ...filled, mac: mac(filled, ['app_id', 'zp_trans_id', 'amount', 'refund_fee_amount', 'description', 'timestamp']) };
  const { refund_fee_amount: _fee, ...unsigned } = filled;
  return { ...unsigned, mac: mac(unsigned, ['app_id', 'zp_trans_id', 'amount', 'description', 'timestamp']) };
}

const refund = (baseUrl: string, suffix: string, zpTransId: string, amount: number, fee?: number) => post(baseUrl, '/refund', refundRequest(suffix, zpTransId, amount, fee));

function queryRefund(baseUrl: string, suffix: string) {
  const body = { app_id: appId, m_refund_id: refundIdOf(suffix), timestamp: Date.now() };
  return post(baseUrl, '/query_refund', { ...body, mac: mac(body, ['app_id', 'm_refund_id', 'timestamp']) });
}

const accepted = { return_code: expect.any(Number), sub_return_code: 1, refund_id: expect.any(Number) };
const aboveCaptured = (remaining: number) => ({ return_code: 2, sub_return_code: -401, sub_return_message: expect.stringContaining(`${remaining} VND remains`) });

describe('HiTechPAY refund desk: what each payment captured', () => {
  it('takes partial refunds that add up to the default capture, then refuses the next 1 VND and records nothing for it', async () => {
    const hitech = await sim();
    const zp = '231121000123';
    const parts = [defaultCapturedMinor / 2, defaultCapturedMinor / 4, defaultCapturedMinor / 4];
    for (const [i, part] of parts.entries()) expect(await refund(hitech.baseUrl, `P${i}`, zp, part)).toMatchObject(accepted);
    expect(await refund(hitech.baseUrl, 'P9', zp, 1)).toMatchObject(aboveCaptured(0));
    expect(hitech.refunds.entries().map((e) => [e.target, e.amountMinor])).toEqual(parts.map((part) => [zp, part]));
  });

  it('refuses a refund above the reserved small capture with nothing recorded, and says how much remains', async () => {
    const hitech = await sim();
    const zp = reserved.zpTransOfSmallCapture;
    expect(await refund(hitech.baseUrl, 'S1', zp, reserved.smallCapturedMinor + 1)).toMatchObject(aboveCaptured(reserved.smallCapturedMinor));
    expect(hitech.refunds.entries()).toEqual([]);
    expect(await refund(hitech.baseUrl, 'S2', zp, reserved.smallCapturedMinor)).toMatchObject(accepted);
  });

  it('counts only the amount against the capture: the fee is kept back from it, not added to it', async () => {
    const hitech = await sim();
    const zp = reserved.zpTransOfSmallCapture;
    expect(await refund(hitech.baseUrl, 'F1', zp, reserved.smallCapturedMinor, 1_000)).toMatchObject(accepted);
    expect(await refund(hitech.baseUrl, 'F2', zp, 1, 0)).toMatchObject(aboveCaptured(0));
  });

  it('refuses a fee larger than the amount it is kept back from (-401)', async () => {
    const hitech = await sim();
    expect(await refund(hitech.baseUrl, 'F3', '231121000123', 1_000, 1_001)).toMatchObject({ return_code: 2, sub_return_code: -401 });
    expect(hitech.refunds.entries()).toEqual([]);
  });

  it('uses the captured amount it was taught instead of the default', async () => {
    const hitech = await sim();
    const zp = '231121000777';
    const captured = 120_000;
    hitech.captures.learn([[zp, captured]]);
    expect(await refund(hitech.baseUrl, 'L1', zp, captured + 1)).toMatchObject(aboveCaptured(captured));
    expect(await refund(hitech.baseUrl, 'L2', zp, captured)).toMatchObject(accepted);
    expect(hitech.refunds.entries()).toMatchObject([{ target: zp, amountMinor: captured }]);
    expect(() => hitech.captures.learn([[zp, captured + 0.5]])).toThrow(RangeError);
  });

  it('refuses a refund of the reserved transaction with no payment behind it (-401), even when taught one, and records nothing', async () => {
    const hitech = await sim();
    hitech.captures.learn([[reserved.zpTransWithoutPayment, defaultCapturedMinor]]);
    expect(await refund(hitech.baseUrl, 'M1', reserved.zpTransWithoutPayment, 1_000)).toMatchObject({ return_code: 2, sub_return_code: -401, sub_return_message: expect.stringContaining('not found') });
    expect(hitech.refunds.entries()).toEqual([]);
  });

  it.each([
    ['letters', 'ZP231121'],
    ['empty', ''],
    ['negative', '-231121000123'],
    ['20 digits', '12345678901234567890'],
    ['above int64', '9223372036854775808'],
  ])('refuses a zp_trans_id that is not an int64 transaction code (%s): 2/-401, nothing recorded', async (_label, zp) => {
    const hitech = await sim();
    expect(await refund(hitech.baseUrl, 'X1', zp, 1_000)).toMatchObject({ return_code: 2, sub_return_code: -401, sub_return_message: 'Invalid zp_trans_id' });
    expect(hitech.refunds.entries()).toEqual([]);
  });

  it('holds a refund’s amount while it is processing and gives it back when it fails', async () => {
    const zp = reserved.zpTransOfSmallCapture;
    const hitech = await sim({ settleMs: longSettle, failTargets: new Set([zp]) });
    expect(await refund(hitech.baseUrl, 'A1', zp, reserved.smallCapturedMinor)).toMatchObject({ return_code: 3 });
    expect(await refund(hitech.baseUrl, 'A2', zp, 1)).toMatchObject(aboveCaptured(0));
    hitech.refunds.settleAll();
    expect(await queryRefund(hitech.baseUrl, 'A1')).toMatchObject({ return_code: 2, sub_return_code: -2 });
    hitech.faults.failTargets.delete(zp);
    expect(await refund(hitech.baseUrl, 'A3', zp, reserved.smallCapturedMinor)).toMatchObject(accepted);
    hitech.refunds.settleAll();
    expect(await queryRefund(hitech.baseUrl, 'A3')).toMatchObject({ return_code: 1, sub_return_code: 1 });
  });

  it('answers a repeated m_refund_id -68 before anything else, even once the capture is used up, and refunds once', async () => {
    const hitech = await sim();
    const zp = reserved.zpTransOfSmallCapture;
    expect(await refund(hitech.baseUrl, 'D1', zp, reserved.smallCapturedMinor)).toMatchObject(accepted);
    expect(await refund(hitech.baseUrl, 'D1', zp, reserved.smallCapturedMinor)).toMatchObject({ return_code: 2, sub_return_code: -68 });
    expect(await refund(hitech.baseUrl, 'D1', reserved.zpTransWithoutPayment, 1)).toMatchObject({ return_code: 2, sub_return_code: -68 });
    expect(hitech.refunds.entries()).toMatchObject([{ orderId: refundIdOf('D1'), payouts: 1 }]);
  });

  it('settles asynchronously: query_refund says processing, then success once the settle time has passed, with the same refund_id', async () => {
    const settleMs = 150;
    const hitech = await sim({ settleMs });
    const answer = await refund(hitech.baseUrl, 'Q1', '231121000123', 50_000);
    expect(answer).toMatchObject({ return_code: 3, refund_id: expect.any(Number) });
    expect(await queryRefund(hitech.baseUrl, 'Q1')).toMatchObject({ return_code: 3, refund_id: answer['refund_id'] });
    await new Promise((resolve) => setTimeout(resolve, settleMs + 50));
    expect(await queryRefund(hitech.baseUrl, 'Q1')).toMatchObject({ return_code: 1, sub_return_code: 1, refund_id: answer['refund_id'] });
  });

  it('remembers its refunds across a restart with refundBooks: same refund_id, -68 on a repeat, the capture still used', async () => {
    const refundBooks = join(tempDir(), 'hitechpay-refunds.jsonl');
    const zp = reserved.zpTransOfSmallCapture;
    const before = await sim({ refundBooks });
    const answer = await refund(before.baseUrl, 'B1', zp, reserved.smallCapturedMinor);
    expect(answer).toMatchObject(accepted);
    await before.close();

    const after = await sim({ refundBooks });
    expect(await queryRefund(after.baseUrl, 'B1')).toMatchObject({ return_code: 1, refund_id: answer['refund_id'] });
    expect(await refund(after.baseUrl, 'B1', zp, reserved.smallCapturedMinor)).toMatchObject({ return_code: 2, sub_return_code: -68 });
    expect(await refund(after.baseUrl, 'B2', zp, 1)).toMatchObject(aboveCaptured(0));
    const next = await refund(after.baseUrl, 'B3', '231121000123', 1_000);
    expect(next['refund_id']).not.toBe(answer['refund_id']);
    expect(after.refunds.entries()).toMatchObject([{ orderId: refundIdOf('B1'), payouts: 1 }, { orderId: refundIdOf('B3'), payouts: 1 }]);
  });
});
