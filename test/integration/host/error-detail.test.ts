import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../electron/engine/engine.js';
import { debugLogName } from '../../../electron/engine/debug-log.js';
import { engineHostOf } from '../../../electron/engine/host/engine-host.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { startHost, type Host } from '../../../electron/host/host-server.js';
import { rawRequest } from '../../support/http.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * `detail` is for the log, and travels in every failed answer: it must never quote what the
 * caller sent, nor carry a stack (DESIGN.md, "one contract, two transports"). Real host, real
 * HTTP; the key store is not the subject, so the in-memory one stands in (STYLE.md §4).
 */
const tempDir = useTempDir('paybatch-detail-');
const open: Host[] = [];
afterEach(async () => {
  for (const host of open.splice(0)) await host.close();
});

const marker = 'MARKERq7Zx';

async function serve(change: (engine: Engine) => Engine = (engine) => engine) {
  const root = tempDir();
  const engine = change(createEngine({ dataDir: join(root, 'data'), keyStore: createMemoryKeyStore() }));
  const host = await startHost({ engine: engineHostOf(engine), rendererDir: join(root, 'renderer') });
  open.push(host);
  const post = async (path: string, body: string) => {
    const res = await rawRequest(host.port, { method: 'POST', path, headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' }, body });
    return { status: res.status, error: (JSON.parse(res.body) as { error: { code: string; message: string; detail?: string } }).error };
  };
  return { engine, post };
}

function throwing(error: unknown) {
  return (engine: Engine): Engine => ({ ...engine, handlers: { ...engine.handlers, 'app.info': async () => Promise.reject(error) } });
}

const stackLine = /\n\s+at |\.ts:\d+|\.js:\d+/;

describe('browser host: detail never quotes the request', () => {
  it.each([`${marker} is not JSON`, `{"name":"${marker}",`, `["${marker}" oops]`, `{"a":1}${marker}`])('bad JSON %j', async (body) => {
    const { post } = await serve();
    const { status, error } = await post('/api/app.info', body);
    expect([status, error.code]).toEqual([400, 'invalid_input']);
    expect(error.detail).not.toContain(marker);
    expect(error.detail).toContain('invalid JSON');
  });

  it('a payload the schema refuses: no unknown key, no record key, no value', async () => {
    const { post } = await serve();
    const body = JSON.stringify({ provider: 'appotapay', environment: 'sandbox', creds: { [`${marker}key`]: true, partnerCode: [`${marker}value`] }, [`${marker}extra`]: 1 });
    const { status, error } = await post('/api/keys.import', body);
    expect([status, error.code]).toEqual([400, 'invalid_input']);
    expect(error.detail).not.toContain(marker);
    // Still useful in a log: which method, which declared field, what kind of fault.
    expect(error.detail).toMatch(/^keys\.import: /);
    expect(error.detail).toContain('creds.*: invalid_union');
    expect(error.detail).toContain('unrecognized_keys ×1');
  });

  it('an unknown method name that is not shaped like one', async () => {
    const { post } = await serve();
    const { status, error } = await post(`/api/${marker}%20drop`, '{}');
    expect([status, error.code]).toEqual([404, 'unknown_method']);
    expect(error.detail ?? '').not.toContain(marker);
  });
});

describe('browser host: an internal error', () => {
  it('answers without stack or message, and logs both in the data folder, owner-only', async () => {
    const { engine, post } = await serve(throwing(new TypeError(`cannot read ${marker} from the request`)));
    const { status, error } = await post('/api/app.info', '{}');
    expect([status, error.code]).toEqual([500, 'internal']);
    expect(`${error.message}\n${error.detail}`).not.toMatch(stackLine);
    expect(`${error.message}\n${error.detail}`).not.toContain(marker);
    const ref = /logged as ([0-9a-f]{8})/.exec(error.detail ?? '')?.[1];
    expect(error.detail).toMatch(/^app\.info: TypeError, logged as [0-9a-f]{8} in debug\.log/);

    const logFile = join(engine.dataDir, debugLogName);
    const log = readFileSync(logFile, 'utf8');
    expect(log).toContain(`${ref} app.info`);
    expect(log).toContain(`TypeError: cannot read ${marker} from the request`);
    expect(log).toMatch(stackLine);
    if (process.platform !== 'win32') expect(statSync(logFile).mode & 0o777).toBe(0o600);
  });

  it('gives each failure its own reference', async () => {
    const { post } = await serve(throwing('a thrown string'));
    const [a, b] = [await post('/api/app.info', '{}'), await post('/api/app.info', '{}')];
    expect(a.error.detail).not.toContain('a thrown string');
    expect(a.error.detail).not.toBe(b.error.detail);
  });
});
