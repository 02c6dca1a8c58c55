import { describe, expect, it } from 'vitest';
import { classifyAddress, isLoopbackHost } from '../../../../../electron/engine/destinations/address-rules.js';
import { publishedAddresses } from '../../../../../electron/engine/destinations/published-addresses.js';
import { providerIds } from '../../../../../shared/providers/provider-ids.js';

const verdict = (environment: 'practice' | 'sandbox' | 'production', text: string, provider: (typeof providerIds)[number] = 'appotapay') => {
  const v = classifyAddress(provider, environment, text);
  return v.ok ? { ok: true, published: v.published } : { ok: false, rule: v.rule, host: v.host };
};

describe('classifyAddress', () => {
  it.each([
    ['javascript:alert(1)', 'https_only'],
    ['file:///etc/passwd', 'https_only'],
    ['data:text/plain,hi', 'https_only'],
    ['ftp://gateway.appotapay.com', 'https_only'],
    ['ws://127.0.0.1:1', 'https_only'],
    ['http://gateway.appotapay.com', 'https_only'],
    ['http://192.168.1.20', 'https_only'],
    ['http://10.0.0.1', 'https_only'],
    ['http://localhost:8080', 'https_only'],
    ['http://127.0.0.1.nip.io', 'https_only'],
    ['http://[::ffff:127.0.0.1]', 'https_only'],
    ['http://0.0.0.0:80', 'https_only'],
    ['not a url', 'not_a_url'],
    ['', 'not_a_url'],
    ['//gateway.appotapay.com', 'not_a_url'],
    ['https://user:pw@gateway.appotapay.com', 'no_extras'],
    ['https://user@gateway.appotapay.com', 'no_extras'],
    ['https://gateway.appotapay.com/?k=v', 'no_extras'],
    ['https://gateway.appotapay.com/?', 'no_extras'],
    ['https://gateway.appotapay.com/#x', 'no_extras'],
    ['http://u:p@127.0.0.1:1', 'no_extras'],
  ])('never allows %s, in any environment', (text, rule) => {
    for (const environment of ['practice', 'sandbox', 'production'] as const) expect(verdict(environment, text), environment).toMatchObject({ ok: false, rule });
  });

  it('repeats only the host of a refused address, never a user name or password', () => {
    expect(verdict('production', 'https://admin:hunter2@evil.example/x')).toEqual({ ok: false, rule: 'no_extras', host: 'evil.example' });
    expect(verdict('production', 'javascript:alert(1)')).toEqual({ ok: false, rule: 'https_only', host: null });
  });

  it.each(['http://127.0.0.1:4000', 'http://127.0.0.1', 'http://127.1:80/v2', 'http://127.255.0.9:9', 'http://[::1]:8080', 'https://127.0.0.1:8443'])(
    'allows %s in every environment, confirmed outside Practice',
    (text) => {
      expect(verdict('practice', text)).toEqual({ ok: true, published: false });
      expect(verdict('sandbox', text)).toEqual({ ok: true, published: false });
      expect(verdict('production', text)).toEqual({ ok: true, published: false });
    },
  );

  it.each(['https://gateway.appotapay.com', 'https://uat-interface.haipay.asia', 'https://sandbox.example.com'])('keeps Practice to this computer: %s', (text) => {
    expect(verdict('practice', text)).toMatchObject({ ok: false, rule: 'practice_loopback_only' });
  });

  it.each(providerIds.flatMap((provider) => (['sandbox', 'production'] as const).flatMap((environment) => publishedAddresses[provider][environment].map((address) => [provider, environment, address] as const))))(
    '%s %s: %s is published, in that environment only',
    (provider, environment, address) => {
      expect(verdict(environment, address, provider)).toEqual({ ok: true, published: true });
      expect(verdict(environment, `${address}/some/path`, provider)).toEqual({ ok: true, published: true });
      const other = environment === 'sandbox' ? 'production' : 'sandbox';
      if (!publishedAddresses[provider][other].includes(address)) expect(verdict(other, address, provider)).toEqual({ ok: true, published: false });
      const others = providerIds.filter((p) => p !== provider && !publishedAddresses[p][environment].includes(address));
      for (const p of others) expect(verdict(environment, address, p), p).toEqual({ ok: true, published: false });
    },
  );

  it.each([
    'https://gateway.appotapay.com.evil.example',
    'https://evil.example/gateway.appotapay.com',
    'https://gateway.appotapay.com:8443',
    'https://gateway-appotapay.com',
    'https://gateway.appotapay.com.',
    'https://g\u0430teway.appotapay.com',
  ])('a look-alike of a published host is not published: %s', (text) => {
    expect(verdict('production', text)).toEqual({ ok: true, published: false });
  });

  it('reads hosts as the URL parser normalises them', () => {
    expect(verdict('production', 'https://GATEWAY.AppotaPay.com:443/')).toEqual({ ok: true, published: true });
  });

  it('has no published production host for HiTechPAY and HaiPay (both come with the contract)', () => {
    expect(publishedAddresses.hitechpay.production).toEqual([]);
    expect(publishedAddresses.haipay.production).toEqual([]);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.9.8.7', true],
    ['[::1]', true],
    ['localhost', false],
    ['127.0.0.1.nip.io', false],
    ['0.0.0.0', false],
    ['[::]', false],
    ['128.0.0.1', false],
    ['', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
