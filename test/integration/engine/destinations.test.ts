import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../electron/engine/engine.js';
import { dispatch } from '../../../electron/engine/dispatch.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import type { ChangeConfirmer, ChangeRequest } from '../../../electron/engine/destinations/change-request.js';
import { defaultRuleLimits } from '../../../shared/providers/rule-limits.js';
import { rsaKeyPair } from '../../support/test-keys.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * Where money and keys go is decided outside the window: every call here comes in the way
 * the renderer's do (dispatch, over 'http' or 'ipc'), against a real SQLite file, with a real
 * HTTP listener on 127.0.0.1 standing in for whoever the window would like to send keys to.
 * The keychain is not the subject, so the in-memory key store stands in (STYLE.md §4).
 */
const tempDir = useTempDir();
const listeners: Server[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A confirmation port that answers as told and remembers what it was shown. */
function confirmer(answer: boolean): { asked: ChangeRequest[]; port: ChangeConfirmer } {
  const asked: ChangeRequest[] = [];
  return { asked, port: { via: 'dialog', confirm: async (request) => (asked.push(request), answer) } };
}

function engineWith(options: { confirm?: ChangeConfirmer; dataDir?: string } = {}): Engine {
  const dataDir = options.dataDir ?? tempDir();
  return createEngine({ dataDir, keyStore: createMemoryKeyStore(), ...(options.confirm ? { confirmChanges: options.confirm } : {}) });
}

/** A listener that records every request it gets: the place a JWT must never reach. */
async function listener(): Promise<{ url: string; requests: IncomingHttpHeaders[] }> {
  const requests: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    requests.push(req.headers);
    res.end('{}');
  });
  listeners.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, requests };
}

function changeLog(dataDir: string) {
  const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT provider, environment, kind, field, old_value, new_value, confirmed_via FROM destination_change ORDER BY id').all();
  } finally {
    db.close();
  }
}

const http = { transport: 'http' } as const;
const ipc = { transport: 'ipc' } as const;
const appotaCreds = { partnerCode: 'PARTNER1', apiKey: 'api-key-never-leaves-0123456789', secretKey: 'secret-key-never-leaves-0123456789' };

describe('the window cannot point money or keys somewhere else', () => {
  it('production AppotaPay is not pointed at a local listener by keys.import: nothing is saved and connection.test hands it no JWT', async () => {
    const e = engineWith();
    const trap = await listener();
    const imported = await dispatch(e, 'keys.import', { provider: 'appotapay', environment: 'production', creds: { ...appotaCreds, baseUrl: trap.url } }, http);
    expect(imported).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('paybatch keys import appotapay --env production --file creds.json --confirm-address') } });
    await dispatch(e, 'connection.test', { provider: 'appotapay', environment: 'production' }, http);
    expect(trap.requests).toEqual([]);
    const status = await dispatch(e, 'keys.status', { provider: 'appotapay', environment: 'production' }, http);
    expect(status).toMatchObject({ ok: true, value: [{ secrets: [{ set: false }, { set: false }], settings: {} }] });
    await e.close();
  });

  it('keys.setSettings does not move production AppotaPay to a local listener; the refusal names the old and new host and what to run', async () => {
    const e = engineWith();
    const trap = await listener();
    expect(await dispatch(e, 'keys.import', { provider: 'appotapay', environment: 'production', creds: { ...appotaCreds, baseUrl: 'https://gateway.appotapay.com' } }, http)).toMatchObject({ ok: true });
    const moved = await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'production', settings: { baseUrl: trap.url } }, http);
    // The parameters a translated message needs cross the contract beside the English one.
    expect(moved).toMatchObject({ ok: false, error: { code: 'refused', params: { reason: 'confirmation_unavailable', provider: 'appotapay', environment: 'production' } } });
    if (!moved.ok) {
      expect(moved.error.message).toContain('gateway.appotapay.com → ' + trap.url);
      expect(moved.error.message).toContain('--confirm-address');
      expect(moved.error.message).not.toContain(appotaCreds.apiKey);
    }
    const status = await dispatch(e, 'keys.status', { provider: 'appotapay', environment: 'production' }, http);
    expect(status).toMatchObject({ ok: true, value: [{ settings: { baseUrl: 'https://gateway.appotapay.com' } }] });
    expect(trap.requests).toEqual([]);
    await e.close();
  });

  it('an address an earlier version stored without confirmation is not used: connection.test refuses and the listener gets nothing', async () => {
    const dataDir = tempDir();
    const trap = await listener();
    const first = engineWith({ dataDir });
    await first.close();
    // What the window could write before addresses needed confirmation.
    const db = new Database(join(dataDir, 'paybatch.sqlite'));
    db.prepare('INSERT INTO provider_settings (provider, environment, settings_json, updated_at) VALUES (?, ?, ?, ?)').run('appotapay', 'production', JSON.stringify({ baseUrl: trap.url, partnerCode: 'PARTNER1' }), new Date().toISOString());
    db.close();
    const e = engineWith({ dataDir });
    await dispatch(e, 'keys.setSecret', { provider: 'appotapay', environment: 'production', field: 'apiKey', value: appotaCreds.apiKey }, http);
    await dispatch(e, 'keys.setSecret', { provider: 'appotapay', environment: 'production', field: 'secretKey', value: appotaCreds.secretKey }, http);
    const tested = await dispatch(e, 'connection.test', { provider: 'appotapay', environment: 'production' }, http);
    expect(tested).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('has not been confirmed') } });
    expect(trap.requests).toEqual([]);
    await e.close();
  });

  it.each([
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['http://gateway.appotapay.com'],
    ['http://192.168.1.20:8080'],
    ['ftp://gateway.appotapay.com'],
    ['https://user:pass@gateway.appotapay.com'],
    ['https://gateway.appotapay.com/?token=x'],
  ])('refuses %s in every environment, even where a confirmation would be given', async (baseUrl) => {
    const yes = confirmer(true);
    const e = engineWith({ confirm: yes.port });
    for (const environment of ['practice', 'sandbox', 'production'] as const) {
      const set = await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment, settings: { baseUrl } }, ipc);
      expect(set, environment).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      if (!set.ok) expect(set.error.message).not.toContain('user:pass');
      const imported = await dispatch(e, 'keys.import', { provider: 'appotapay', environment, creds: { ...appotaCreds, baseUrl } }, ipc);
      expect(imported, environment).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(yes.asked).toEqual([]);
    expect((await e.credentials.statusOf(['appotapay'])).map((s) => s.settings)).toEqual([{}, {}, {}]);
    await e.close();
  });

  it("takes the provider's published hosts without asking, and a local test server only once confirmed", async () => {
    const yes = confirmer(true);
    const e = engineWith({ confirm: yes.port });
    const trap = await listener();
    expect(await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'production', settings: { baseUrl: 'https://ebill.appotapay.com' } }, ipc)).toMatchObject({ ok: true });
    expect(await dispatch(e, 'keys.setSettings', { provider: 'smilepayz', environment: 'sandbox', settings: { baseUrl: 'https://sandbox-gateway.smilepayz.com' } }, ipc)).toMatchObject({ ok: true });
    expect(yes.asked).toEqual([]);
    expect(await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'sandbox', settings: { baseUrl: trap.url } }, ipc)).toMatchObject({ ok: true });
    expect(yes.asked).toEqual([{ provider: 'appotapay', environment: 'sandbox', changes: [{ kind: 'address', from: null, to: trap.url, published: false }] }]);
    await e.close();
  });

  it('asks again for a changed address, showing the old and new host; a declined change leaves everything as it was', async () => {
    const no = confirmer(false);
    const dataDir = tempDir();
    const e = engineWith({ dataDir, confirm: no.port });
    await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'production', settings: { baseUrl: 'https://gateway.appotapay.com' } }, ipc);
    const moved = await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'production', settings: { baseUrl: 'https://ebill.appotapay.com' } }, ipc);
    expect(moved).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('You did not confirm') } });
    expect(no.asked).toEqual([{ provider: 'appotapay', environment: 'production', changes: [{ kind: 'address', from: 'https://gateway.appotapay.com', to: 'https://ebill.appotapay.com', published: true }] }]);
    expect((await e.credentials.status('appotapay', 'production')).settings).toEqual({ baseUrl: 'https://gateway.appotapay.com' });
    expect(changeLog(dataDir)).toEqual([]);
    await e.close();
  });

  it('Practice talks to its loopback simulators without asking, and to nothing else', async () => {
    const yes = confirmer(true);
    const e = engineWith({ confirm: yes.port });
    const keys = [rsaKeyPair(), rsaKeyPair()];
    for (const [port, key] of [[41001, keys[0]], [41002, keys[1]]] as const) {
      const set = await dispatch(e, 'keys.setSettings', { provider: 'haipay', environment: 'practice', settings: { baseUrl: `http://127.0.0.1:${port}`, platformPublicKey: key?.publicPem ?? '' } }, http);
      expect(set).toMatchObject({ ok: true });
    }
    expect(yes.asked).toEqual([]);
    const away = await dispatch(e, 'keys.setSettings', { provider: 'haipay', environment: 'practice', settings: { baseUrl: 'https://uat-interface.haipay.asia' } }, ipc);
    expect(away).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Practice') } });
    expect(yes.asked).toEqual([]);
    await e.close();
  });
});

describe('the window cannot replace the key that verifies provider answers', () => {
  it('keys.setSettings refuses a new platformPublicKey without confirmation, naming both fingerprints', async () => {
    const e = engineWith();
    const [genuine, forged] = [rsaKeyPair(), rsaKeyPair()];
    const merchant = rsaKeyPair();
    expect(await dispatch(e, 'keys.import', { provider: 'haipay', environment: 'sandbox', creds: { appId: '1102', secretKey: 'hp-secret-0123456789abcdef', privateKey: merchant.pkcs8Pem, platformPublicKey: genuine.publicPem } }, http)).toMatchObject({ ok: true });
    const replaced = await dispatch(e, 'keys.setSettings', { provider: 'haipay', environment: 'sandbox', settings: { platformPublicKey: forged.publicPem } }, http);
    expect(replaced).toMatchObject({ ok: false, error: { code: 'refused' } });
    if (!replaced.ok) expect(replaced.error.message).toMatch(/Verification key sha256:[0-9a-f]{16} → sha256:[0-9a-f]{16}/);
    expect((await e.credentials.status('haipay', 'sandbox')).settings.platformPublicKey).toBe(genuine.publicPem.trim());
    const again = await dispatch(e, 'keys.import', { provider: 'haipay', environment: 'sandbox', creds: { appId: '1102', secretKey: 'hp-secret-0123456789abcdef', privateKey: merchant.pkcs8Pem, platformPublicKey: forged.publicPem } }, http);
    expect(again).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect((await e.credentials.status('haipay', 'sandbox')).settings.platformPublicKey).toBe(genuine.publicPem.trim());
    await e.close();
  });

  it('the same key in another form is no change; a confirmed new key is saved and logged by fingerprint only', async () => {
    const yes = confirmer(true);
    const dataDir = tempDir();
    const e = engineWith({ dataDir, confirm: yes.port });
    const [genuine, next] = [rsaKeyPair(), rsaKeyPair()];
    await dispatch(e, 'keys.setSettings', { provider: 'smilepayz', environment: 'production', settings: { platformPublicKey: genuine.publicPem } }, ipc);
    // A one-line text field drops the PEM's line breaks: still the same key.
    const flattened = genuine.publicPem.replace(/\n/g, '');
    expect(await dispatch(e, 'keys.setSettings', { provider: 'smilepayz', environment: 'production', settings: { platformPublicKey: flattened, merchantId: 'M-1' } }, ipc)).toMatchObject({ ok: true });
    expect(yes.asked).toEqual([]);
    expect(await dispatch(e, 'keys.setSettings', { provider: 'smilepayz', environment: 'production', settings: { platformPublicKey: next.publicPem } }, ipc)).toMatchObject({ ok: true });
    expect(yes.asked).toEqual([{ provider: 'smilepayz', environment: 'production', changes: [{ kind: 'verification_key', from: expect.stringMatching(/^sha256:[0-9a-f]{16}$/), to: expect.stringMatching(/^sha256:[0-9a-f]{16}$/) }] }]);
    const [change] = yes.asked[0]?.changes ?? [];
    if (change?.kind !== 'verification_key') throw new Error('no key change was asked about');
    expect(changeLog(dataDir)).toEqual([{ provider: 'smilepayz', environment: 'production', kind: 'verification_key', field: 'platformPublicKey', old_value: change.from, new_value: change.to, confirmed_via: 'dialog' }]);
    await e.close();
  });

  it('refuses a platformPublicKey that is not a key', async () => {
    const e = engineWith({ confirm: confirmer(true).port });
    expect(await dispatch(e, 'keys.setSettings', { provider: 'haipay', environment: 'sandbox', settings: { platformPublicKey: 'not a key' } }, ipc)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await e.close();
  });
});

describe('the window cannot raise limits past the published maxima', () => {
  it('limits.set to MAX_SAFE_INTEGER is refused without confirmation and the published limit stays', async () => {
    const e = engineWith();
    const limits = { ...defaultRuleLimits.smilepayz, maxAmount: Number.MAX_SAFE_INTEGER };
    const raised = await dispatch(e, 'limits.set', { provider: 'smilepayz', limits }, http);
    expect(raised).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('desktop app') } });
    expect(await dispatch(e, 'limits.get', { provider: 'smilepayz' }, http)).toEqual({ ok: true, value: defaultRuleLimits.smilepayz });
    const longer = await dispatch(e, 'limits.set', { provider: 'smilepayz', limits: { ...defaultRuleLimits.smilepayz, descriptionMax: 10_000 } }, http);
    expect(longer).toMatchObject({ ok: false, error: { code: 'refused' } });
    await e.close();
  });

  it('lower limits need no confirmation; a confirmed raise is saved and logged', async () => {
    const yes = confirmer(true);
    const dataDir = tempDir();
    const e = engineWith({ dataDir, confirm: yes.port });
    expect(await dispatch(e, 'limits.set', { provider: 'smilepayz', limits: { ...defaultRuleLimits.smilepayz, maxAmount: 1_000_000 } }, ipc)).toMatchObject({ ok: true });
    expect(yes.asked).toEqual([]);
    expect(await dispatch(e, 'limits.set', { provider: 'smilepayz', limits: { ...defaultRuleLimits.smilepayz, maxAmount: 9_000_000 } }, ipc)).toMatchObject({ ok: true, value: { maxAmount: 9_000_000 } });
    expect(yes.asked).toEqual([{ provider: 'smilepayz', environment: null, changes: [{ kind: 'limit', field: 'maxAmount', from: 1_000_000, to: 9_000_000, publishedMax: 5_000_000 }] }]);
    expect(changeLog(dataDir)).toEqual([{ provider: 'smilepayz', environment: null, kind: 'limit', field: 'maxAmount', old_value: '1000000', new_value: '9000000', confirmed_via: 'dialog' }]);
    await e.close();
  });
});

describe('confirmed changes are logged without secrets', () => {
  it('logs a confirmed address with its old and new value, and no secret reaches the data folder', async () => {
    const yes = confirmer(true);
    const dataDir = tempDir();
    const e = engineWith({ dataDir, confirm: yes.port });
    const trap = await listener();
    expect(await dispatch(e, 'keys.import', { provider: 'appotapay', environment: 'sandbox', creds: { ...appotaCreds, baseUrl: trap.url } }, ipc)).toMatchObject({ ok: true });
    expect(changeLog(dataDir)).toEqual([{ provider: 'appotapay', environment: 'sandbox', kind: 'address', field: 'baseUrl', old_value: null, new_value: trap.url, confirmed_via: 'dialog' }]);
    // Confirmed, it is used.
    await dispatch(e, 'connection.test', { provider: 'appotapay', environment: 'sandbox' }, ipc);
    expect(trap.requests).toHaveLength(1);
    await e.close();
    for (const file of readdirSync(dataDir)) {
      const bytes = readFileSync(join(dataDir, file));
      expect(bytes.includes(appotaCreds.apiKey), file).toBe(false);
      expect(bytes.includes(appotaCreds.secretKey), file).toBe(false);
    }
  });

  it('asks one question at a time: a second change while one is being confirmed is refused', async () => {
    let release: (answer: boolean) => void = () => undefined;
    const asked: ChangeRequest[] = [];
    const slow: ChangeConfirmer = { via: 'dialog', confirm: (request) => (asked.push(request), new Promise<boolean>((resolve) => (release = resolve))) };
    const e = createEngine({ dataDir: tempDir(), keyStore: createMemoryKeyStore(), confirmChanges: slow });
    const first = dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'sandbox', settings: { baseUrl: 'http://127.0.0.1:41003' } }, ipc);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await dispatch(e, 'keys.setSettings', { provider: 'haipay', environment: 'sandbox', settings: { baseUrl: 'http://127.0.0.1:41004' } }, ipc);
    expect(second).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('already') } });
    release(true);
    expect(await first).toMatchObject({ ok: true });
    expect(asked).toHaveLength(1);
    await e.close();
  });
});
