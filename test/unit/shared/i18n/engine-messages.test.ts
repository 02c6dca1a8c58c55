import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect } from 'vitest';
import { addressUnconfirmed } from '../../../../electron/engine/destinations/change-refused.js';
import type { ChangeConfirmer } from '../../../../electron/engine/destinations/change-request.js';
import { dispatch } from '../../../../electron/engine/dispatch.js';
import { EngineError } from '../../../../electron/engine/engine-error.js';
import { createEngine, type Engine } from '../../../../electron/engine/engine.js';
import { keychainError } from '../../../../electron/engine/keys/os-key-store.js';
import { createMemoryKeyStore } from '../../../../electron/engine/keys/memory-key-store.js';
import { openDatabase } from '../../../../electron/engine/store/database.js';
import { engineMessages } from '../../../../shared/i18n/messages/engine.js';
import { transportError, transportFailures, type ApiError, type Result } from '../../../../shared/result.js';
import { rsaKeyPair } from '../../../support/test-keys.js';
import { refusalsInEveryLanguage } from '../../../support/refusal-texts.js';
import { useTempDir } from '../../../support/temp-dir.js';

/**
 * Every refusal a person can meet, provoked the way the window meets it (dispatch on a real
 * engine, a real SQLite file) where that is practical: its `error.<reason>` says in English
 * exactly what its `message` says, and in Vietnamese and Thai formats with every value given.
 */
const tempDir = useTempDir();
const ctx = { transport: 'ipc' } as const;
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

function engineWith(confirm?: ChangeConfirmer, dataDir = tempDir()): Engine {
  return createEngine({ dataDir, keyStore: createMemoryKeyStore(), ...(confirm ? { confirmChanges: confirm } : {}) });
}

const answering = (answer: boolean): ChangeConfirmer => ({ via: 'dialog', confirm: async () => answer });

/** A local server that answers every request with an empty JSON object: no provider's balance. */
async function emptyAnswers(): Promise<string> {
  const server = createServer((_req, res) => res.end('{}'));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

function refusal(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function thrown(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof EngineError) return { code: error.code, message: error.message, ...(error.params ? { params: error.params } : {}) };
    throw error;
  }
  throw new Error('expected an EngineError');
}

const appotaCreds = { partnerCode: 'PARTNER1', apiKey: 'api-key-0123456789', secretKey: 'secret-key-0123456789' };
const keys = rsaKeyPair();

/** Refusals of electron/engine/batches, catalogued in engine.ts and provoked by the batches' tests. */
const batchReasons = new Set(['batch_not_found', 'batch_gone', 'not_draft', 'batch_locked', 'discard_not_draft', 'blocked', 'total_mismatch', 'approved_before', 'changed_meanwhile', 'nothing_to_download', 'still_checking', 'import_closed', 'too_many_rows', 'nothing_to_undo', 'undo_moved', 'no_such_row', 'fix_outdated', 'no_warning_to_acknowledge', 'typed_amount_unreadable', 'retry_not_ended', 'nothing_to_retry', 'unsent_not_sent', 'operation_not_offered']);

/** Each refusal by the reason it should carry. */
async function provoked(): Promise<Array<[string, ApiError]>> {
  const e = engineWith();
  const found: Array<[string, ApiError]> = [];
  const add = (reason: string, result: Result<unknown>): void => void found.push([reason, refusal(result)]);

  add('credentials_malformed', await dispatch(e, 'keys.import', { provider: 'haipay', environment: 'sandbox', creds: { appId: 'A1' } }, ctx));
  add('private_key_invalid', await dispatch(e, 'keys.import', { provider: 'haipay', environment: 'sandbox', creds: { appId: 'A1', secretKey: 's', privateKey: 'not a key', platformPublicKey: keys.publicPem } }, ctx));
  add('platform_key_invalid', await dispatch(e, 'keys.import', { provider: 'haipay', environment: 'sandbox', creds: { appId: 'A1', secretKey: 's', privateKey: keys.pkcs8Pem, platformPublicKey: 'not a key' } }, ctx));
  add('not_a_secret', await dispatch(e, 'keys.setSecret', { provider: 'haipay', environment: 'sandbox', field: 'appId', value: 'x' }, ctx));
  add('typed_private_key_invalid', await dispatch(e, 'keys.setSecret', { provider: 'haipay', environment: 'sandbox', field: 'privateKey', value: 'not a key' }, ctx));
  add('secret_empty', await dispatch(e, 'keys.setSecret', { provider: 'haipay', environment: 'sandbox', field: 'secretKey', value: '   ' }, ctx));
  add('settings_invalid', await dispatch(e, 'keys.setSettings', { provider: 'haipay', environment: 'sandbox', settings: { connectTimeoutMs: -1 } }, ctx));
  add('platform_key_invalid_unchanged', await dispatch(e, 'keys.setSettings', { provider: 'haipay', environment: 'sandbox', settings: { platformPublicKey: 'not a key' } }, ctx));
  add('address_not_allowed', await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'production', settings: { baseUrl: 'http://192.168.1.20:8080' } }, ctx));
  add('address_not_allowed', await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'practice', settings: { baseUrl: 'https://gateway.appotapay.com' } }, ctx));
  add('confirmation_unavailable', await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'production', settings: { baseUrl: 'http://127.0.0.1:9' } }, ctx));
  add('confirmation_unavailable', await dispatch(e, 'limits.set', { provider: 'appotapay', limits: { ...(await limitsOf(e)), maxAmount: 9_000_000_000_000 } }, ctx));
  add('no_address', await dispatch(e, 'connection.test', { provider: 'appotapay', environment: 'practice' }, ctx));
  add('setting_not_set', await dispatch(e, 'connection.test', { provider: 'appotapay', environment: 'sandbox' }, ctx));
  await dispatch(e, 'keys.setSettings', { provider: 'appotapay', environment: 'sandbox', settings: { partnerCode: 'PARTNER1' } }, ctx);
  add('secret_not_set', await dispatch(e, 'connection.test', { provider: 'appotapay', environment: 'sandbox' }, ctx));
  add('request_unknown', await dispatch(e, 'keys.steal', {}, ctx));
  add('request_malformed', await dispatch(e, 'keys.remove', { provider: 'nobody' }, ctx));
  add('internal_error', await dispatch({ ...e, handlers: { ...e.handlers, 'keys.remove': async () => Promise.reject(new Error('boom')) } }, 'keys.remove', { provider: 'haipay', environment: 'sandbox' }, ctx));
  await e.close();

  // A second change while the first is still being asked about.
  let answer: (yes: boolean) => void = () => undefined;
  const slow = engineWith({ via: 'dialog', confirm: () => new Promise<boolean>((resolve) => (answer = resolve)) });
  const first = dispatch(slow, 'keys.setSettings', { provider: 'appotapay', environment: 'production', settings: { baseUrl: 'https://payout.example.com' } }, ctx);
  add('confirmation_busy', await dispatch(slow, 'keys.setSettings', { provider: 'appotapay', environment: 'sandbox', settings: { baseUrl: 'https://other.example.com' } }, ctx));
  answer(false);
  await first;
  await slow.close();

  const declining = engineWith(answering(false));
  add('confirmation_declined', await dispatch(declining, 'keys.setSettings', { provider: 'appotapay', environment: 'production', settings: { baseUrl: 'https://payout.example.com' } }, ctx));
  await declining.close();

  const confirming = engineWith(answering(true));
  const server = await emptyAnswers();
  expect(await dispatch(confirming, 'keys.import', { provider: 'appotapay', environment: 'sandbox', creds: { ...appotaCreds, baseUrl: server } }, ctx)).toMatchObject({ ok: true });
  add('no_balance', await dispatch(confirming, 'connection.test', { provider: 'appotapay', environment: 'sandbox' }, ctx));
  await confirming.close();

  // Keys that were readable when stored and are not now (another program changed them).
  const keyStore = createMemoryKeyStore();
  const dataDir = tempDir();
  const stale = createEngine({ dataDir, keyStore });
  await dispatch(stale, 'keys.setSettings', { provider: 'haipay', environment: 'sandbox', settings: { appId: 'A1' } }, ctx);
  await dispatch(stale, 'keys.setSecret', { provider: 'haipay', environment: 'sandbox', field: 'secretKey', value: 'secret' }, ctx);
  await keyStore.set('haipay/sandbox/privateKey', 'garbage');
  add('stored_private_key_unreadable', await dispatch(stale, 'connection.test', { provider: 'haipay', environment: 'sandbox' }, ctx));
  await dispatch(stale, 'keys.setSecret', { provider: 'haipay', environment: 'sandbox', field: 'privateKey', value: keys.pkcs8Pem }, ctx);
  await stale.close();
  const edited = new Database(join(dataDir, 'paybatch.sqlite'));
  edited.prepare('UPDATE provider_settings SET settings_json = ? WHERE provider = ? AND environment = ?').run(JSON.stringify({ appId: 'A1', platformPublicKey: 'garbage' }), 'haipay', 'sandbox');
  edited.close();
  const reopened = createEngine({ dataDir, keyStore });
  add('stored_platform_key_unreadable', await dispatch(reopened, 'connection.test', { provider: 'haipay', environment: 'sandbox' }, ctx));
  await reopened.close();

  // Where no request reaches it (a stored address from an older version, the keychain, the
  // data file), the error itself.
  found.push(['address_unconfirmed', thrown(() => { throw addressUnconfirmed('appotapay', 'production', 'payout.example.com'); })]);
  found.push(['keychain_locked', thrown(() => { throw keychainError('read', 'appotapay/production/apiKey', new Error('the collection is locked')); })]);
  found.push(['keychain_unreachable', thrown(() => { throw keychainError('save', 'haipay/sandbox/privateKey', new Error('AccessDenied')); })]);
  found.push(['data_file_unopenable', thrown(() => openDatabase(tempDir()))]);
  const newer = join(tempDir(), 'paybatch.sqlite');
  const db = new Database(newer);
  db.pragma('user_version = 999');
  db.close();
  found.push(['data_from_newer_version', thrown(() => openDatabase(newer))]);
  for (const reason of Object.keys(transportFailures) as Array<keyof typeof transportFailures>) found.push([reason, transportError(reason, 'detail')]);
  return found;
}

async function limitsOf(e: Engine) {
  const got = await dispatch(e, 'limits.get', { provider: 'appotapay' }, ctx);
  if (!got.ok) throw new Error(got.error.message);
  return got.value as Record<string, unknown>;
}

describe('engine refusals in every language', async () => {
  const cases = await provoked();

  refusalsInEveryLanguage(cases, Object.keys(engineMessages).map((id) => id.replace(/^error\./, '')).filter((reason) => !batchReasons.has(reason)), "the engine catalogue holds, but the batches' (their own tests hold those)");
});
