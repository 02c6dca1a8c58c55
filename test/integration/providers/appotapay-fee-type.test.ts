import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch.js';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { clientFor } from '../../../electron/engine/providers/client-for.js';
import { startAppotapaySim } from '../../../electron/simulator/appotapay/appotapay-sim.js';
import { generateSimCredentials } from '../../../electron/simulator/sim-credentials.js';
import { defaultRuleLimits } from '../../../shared/providers/rule-limits.js';
import { useSims } from '../../support/sim-harness.js';
import { useTempDir } from '../../support/temp-dir.js';

const sims = useSims();
const tempDir = useTempDir();
const ctx = { transport: 'http' } as const;

const order = { orderId: 'PB261121FEE000001', amountMinor: 1_500_000, name: 'NGUYEN VAN AN', accountNo: '0011001234567', accountType: 'account', bankCode: 'VCB', phone: null, email: null, description: 'Luong thang 10', partnerUserId: null };

describe('AppotaPay feeType: the merchant’s setting reaches the wire', () => {
  it.each(['receiver', 'payer'] as const)('limits feeType "%s" is the feeType AppotaPay receives', async (feeType) => {
    const credentials = generateSimCredentials('appotapay');
    const s = credentials.sim.secrets;
    const sim = sims.track(await startAppotapaySim({ partnerCode: s['partnerCode'] ?? '', apiKey: s['apiKey'] ?? '', secretKey: s['secretKey'] ?? '' }, sims.faults()));
    const engine = createEngine({ dataDir: tempDir(), keyStore: createMemoryKeyStore() });
    sims.track(engine);
    expect(await dispatch(engine, 'keys.import', { provider: 'appotapay', environment: 'practice', creds: { ...credentials.creds, baseUrl: sim.baseUrl } }, ctx)).toMatchObject({ ok: true });
    expect(await dispatch(engine, 'limits.set', { provider: 'appotapay', limits: { ...defaultRuleLimits.appotapay, feeType } }, ctx)).toMatchObject({ ok: true });

    const limits = await engine.handlers['limits.get']({ provider: 'appotapay' }, ctx);
    const { client, http } = await clientFor('appotapay', 'practice', engine.credentials, { baseUrl: sim.baseUrl, partnerCode: s['partnerCode'] ?? '' }, limits);
    sims.track(http);
    expect(await client.payout(order)).toMatchObject({ kind: 'succeeded' });
    expect(sim.feeTypeOf(order.orderId)).toBe(feeType);
  });
});
