import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { defaultRuleLimits } from '../../../shared/providers/rule-limits.js';
import { translator } from '../../../shared/i18n/translator.js';
import { useElectronMain } from '../../support/electron-main.js';
import { rsaKeyPair } from '../../support/test-keys.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * The desktop app's confirmation, through the built main process (out/main/index.js) with a
 * recording stand-in for `electron` (test/support/electron-stand-in): real glue, real engine,
 * real SQLite file. The test speaks as the window over IPC and clicks the dialogs' buttons.
 */
const tempDir = useTempDir();
const launch = useElectronMain();
const vnd = (minor: number) => translator('en').money(minor, 'VND');

async function start() {
  const dataDir = tempDir();
  const main = await launch({ PAYBATCH_DATA_DIR: dataDir, PAYBATCH_KEYCHAIN_SERVICE: `paybatch-main-test-${randomUUID()}` });
  return { main, dataDir };
}

function changeLog(dataDir: string): unknown[] {
  const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT provider, environment, kind, old_value, new_value, confirmed_via FROM destination_change ORDER BY id').all();
  } finally {
    db.close();
  }
}

// Read from the file: keys.status would also ask the keychain, which is not the subject here.
function storedSettings(dataDir: string): unknown {
  const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
  try {
    const row = db.prepare<[], { settings_json: string }>("SELECT settings_json FROM provider_settings WHERE provider = 'appotapay' AND environment = 'production'").get();
    return row ? JSON.parse(row.settings_json) : null;
  } finally {
    db.close();
  }
}

describe('the main process asks before an address, verification key or limit changes', () => {
  it('draws a dialog over the window with the old and new host; Cancel changes nothing, Confirm saves and logs it', async () => {
    const { main, dataDir } = await start();
    const target = { provider: 'appotapay', environment: 'production' } as const;
    expect(await main.invoke('keys.setSettings', { ...target, settings: { baseUrl: 'https://gateway.appotapay.com', partnerCode: 'P1' } })).toMatchObject({ ok: true });
    expect(main.dialogs).toEqual([]);

    const cancelled = await main.invoke('keys.setSettings', { ...target, settings: { baseUrl: 'http://127.0.0.1:4010' } });
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('You did not confirm') } });
    expect(main.dialogs).toHaveLength(1);
    const [drawn] = main.dialogs;
    expect(drawn?.hasParent).toBe(true);
    expect(drawn?.options).toMatchObject({ type: 'warning', message: 'Confirm this change for AppotaPay · Production?', buttons: ['Cancel', 'Confirm change'], defaultId: 0, cancelId: 0 });
    expect(drawn?.options.detail).toContain('Address https://gateway.appotapay.com → http://127.0.0.1:4010 (not an address AppotaPay publishes)');
    expect(storedSettings(dataDir)).toEqual({ baseUrl: 'https://gateway.appotapay.com', partnerCode: 'P1' });

    main.answerDialogs(1);
    expect(await main.invoke('keys.setSettings', { ...target, settings: { baseUrl: 'http://127.0.0.1:4010' } })).toMatchObject({ ok: true, value: { settings: { baseUrl: 'http://127.0.0.1:4010' } } });
    expect(main.dialogs).toHaveLength(2);
    expect(changeLog(dataDir)).toEqual([{ provider: 'appotapay', environment: 'production', kind: 'address', old_value: 'https://gateway.appotapay.com', new_value: 'http://127.0.0.1:4010', confirmed_via: 'dialog' }]);
  });

  it('shows the old and new fingerprint of a new verification key', async () => {
    const { main } = await start();
    const target = { provider: 'haipay', environment: 'sandbox' } as const;
    expect(await main.invoke('keys.setSettings', { ...target, settings: { platformPublicKey: rsaKeyPair().publicPem } })).toMatchObject({ ok: true });
    main.answerDialogs(1);
    expect(await main.invoke('keys.setSettings', { ...target, settings: { platformPublicKey: rsaKeyPair().publicPem } })).toMatchObject({ ok: true });
    expect(main.dialogs.map((d) => d.options.detail)).toEqual([expect.stringMatching(/^• Verification key sha256:[0-9a-f]{16} → sha256:[0-9a-f]{16}\n/)]);
  });

  it('asks before a limit goes above the published maximum, and not below it', async () => {
    const { main } = await start();
    expect(await main.invoke('limits.set', { provider: 'smilepayz', limits: { ...defaultRuleLimits.smilepayz, maxAmount: 2_000_000 } })).toMatchObject({ ok: true });
    expect(main.dialogs).toEqual([]);
    const raised = await main.invoke('limits.set', { provider: 'smilepayz', limits: { ...defaultRuleLimits.smilepayz, maxAmount: Number.MAX_SAFE_INTEGER } });
    expect(raised).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(main.dialogs.map((d) => [d.options.message, d.options.detail.split('\n')[0]])).toEqual([['Confirm this change for SmilePayz?', `• Largest amount per transfer ${vnd(2_000_000)} → ${vnd(Number.MAX_SAFE_INTEGER)} (SmilePayz publishes ${vnd(5_000_000)})`]]);
    expect(await main.invoke('limits.get', { provider: 'smilepayz' })).toMatchObject({ ok: true, value: { maxAmount: 2_000_000 } });
  });

  it('lets Practice follow its simulators without a dialog', async () => {
    const { main } = await start();
    for (const port of [4020, 4021]) {
      expect(await main.invoke('keys.setSettings', { provider: 'haipay', environment: 'practice', settings: { baseUrl: `http://127.0.0.1:${port}`, platformPublicKey: rsaKeyPair().publicPem } })).toMatchObject({ ok: true });
    }
    expect(main.dialogs).toEqual([]);
  });

  it("speaks the accountant's language: the system's, then the one chosen in the window", async () => {
    const dataDir = tempDir();
    const main = await launch({ PAYBATCH_DATA_DIR: dataDir, PAYBATCH_STAND_IN_LOCALE: 'th-TH', PAYBATCH_KEYCHAIN_SERVICE: `paybatch-main-test-${randomUUID()}` });
    const raise = (maxAmount: number) => main.invoke('limits.set', { provider: 'smilepayz', limits: { ...defaultRuleLimits.smilepayz, maxAmount } });
    await raise(9_000_000);
    expect(main.dialogs.at(-1)?.options).toMatchObject({ title: translator('th').t('confirm.title'), buttons: [translator('th').t('confirm.cancel'), translator('th').t('confirm.confirm')] });
    expect(await main.invoke('desktop.setLanguage', { language: 'vi' })).toEqual({ ok: true, value: {} });
    await raise(8_000_000);
    const vi = translator('vi');
    expect(main.dialogs.at(-1)?.options).toMatchObject({ title: vi.t('confirm.title'), message: vi.t('confirm.message', { subject: 'SmilePayz' }), buttons: [vi.t('confirm.cancel'), vi.t('confirm.confirm')] });
    expect(main.dialogs.at(-1)?.options.detail).toBe(
      `• ${vi.t('confirm.change.maxAmount', { from: vi.money(5_000_000, 'VND'), to: vi.money(8_000_000, 'VND'), published: vi.money(5_000_000, 'VND'), name: 'SmilePayz' })}\n\n${vi.t('confirm.warning.limit', { name: 'SmilePayz' })}`,
    );
  });
});
