import { describe, expect, it } from 'vitest';
import { defaultRuleLimits } from '../../../shared/providers/rule-limits.js';
import { useServe } from '../../support/paybatch-process.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * `paybatch serve` as its own process: a browser page has no dialog Paybatch draws, so a
 * change that needs a confirmation is refused there, saying what to run instead.
 */
const serve = useServe();
const tempDir = useTempDir();

describe('the browser host cannot confirm a change of destination', () => {
  it('refuses a new production address and a raised limit, naming the command or the app that can confirm them', async () => {
    const served = await serve(['--port', '0', '--data-dir', tempDir()]);
    const call = async (method: string, input: unknown) =>
      (await fetch(`${served.origin}/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${served.token}` }, body: JSON.stringify(input) })).json();

    const moved = await call('keys.setSettings', { provider: 'hitechpay', environment: 'production', settings: { baseUrl: 'https://openapi.merchant-host.vn/v2' } });
    expect(moved).toEqual({
      ok: false,
      error: {
        code: 'refused',
        message:
          'Nothing was changed: HiTechPAY · Production: Address none → https://openapi.merchant-host.vn/v2 (not an address HiTechPAY publishes). Paybatch makes this change only when you confirm it yourself, and this request cannot ask you. To confirm it, put it in the credentials file (baseUrl, platformPublicKey) and run: paybatch keys import hitechpay --env production --file creds.json --confirm-address, or make the change in the Paybatch desktop app, which asks you.',
        detail: 'destination change refused: confirmation_unavailable hitechpay/production',
        params: {
          reason: 'confirmation_unavailable',
          provider: 'hitechpay',
          environment: 'production',
          changes: [{ kind: 'address', from: null, to: 'https://openapi.merchant-host.vn/v2', published: false }],
          // What the one translated sentence shows beside the structured changes.
          subject: 'HiTechPAY · Production',
          described: 'Address none → https://openapi.merchant-host.vn/v2 (not an address HiTechPAY publishes)',
          how: 'keys_import',
          command: 'paybatch keys import hitechpay --env production --file creds.json --confirm-address',
        },
      },
    });
    const raised = await call('limits.set', { provider: 'haipay', limits: { ...defaultRuleLimits.haipay, maxAmount: Number.MAX_SAFE_INTEGER } });
    expect(raised).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('Make this change in the Paybatch desktop app') } });
    expect(await call('limits.get', { provider: 'haipay' })).toEqual({ ok: true, value: defaultRuleLimits.haipay });
    const bad = await call('keys.setSettings', { provider: 'haipay', environment: 'sandbox', settings: { baseUrl: 'javascript:alert(1)' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('must start with https://') } });
  });
});
