import { describe, expect, it, vi } from 'vitest';
import { api, methodNames } from '../../../../shared/api.js';
import { ipcChannel } from '../../../../shared/api-methods.js';
import type { Result } from '../../../../shared/result.js';
import { inProcessEngineHost } from '../../../../electron/engine/host/engine-host.js';
import { createMemoryKeyStore } from '../../../../electron/engine/keys/memory-key-store.js';
import { registerIpcHandlers, type IpcRegistrar } from '../../../../electron/main/ipc-handlers.js';
import { sampleInputs, withoutSetup } from '../../../support/sample-inputs.js';
import { useTempDir } from '../../../support/temp-dir.js';

/**
 * The Electron binary cannot run on this machine, so `ipcMain` is the one thing mocked here: a
 * recorder with the same `handle(channel, listener)` shape. Everything behind it (the sender
 * gate, schema parsing, the real engine) is the production code. The Playwright `_electron`
 * test (test/e2e/electron-app.test.ts) covers the real ipcMain where a runtime exists.
 */
type FakeEvent = { readonly trusted: boolean };

// ipc-handlers.ts also holds the desktop app's registration on the real ipcMain, which these
// tests never call: the module only has to load without the Electron binary.
vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));

function recorder() {
  const handlers = new Map<string, (event: FakeEvent, payload: unknown) => Promise<Result<unknown>>>();
  const ipcMain: IpcRegistrar<FakeEvent> = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
  };
  return { ipcMain, handlers };
}

const tempDir = useTempDir();

function setup() {
  const { ipcMain, handlers } = recorder();
  const engine = inProcessEngineHost({ dataDir: tempDir(), keyStore: createMemoryKeyStore() });
  registerIpcHandlers(ipcMain, engine, (event) => event.trusted);
  const invoke = (method: string, payload: unknown, trusted = true) => {
    const handler = handlers.get(ipcChannel(method as (typeof methodNames)[number]));
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler({ trusted }, payload);
  };
  return { handlers, invoke };
}

describe('registerIpcHandlers', () => {
  it('tells app.info it was reached over IPC', async () => {
    expect(await setup().invoke('app.info', {})).toMatchObject({ ok: true, value: { transport: 'ipc' } });
  });

  it('registers exactly one handler per contract method', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(methodNames.map(ipcChannel).sort());
  });

  it.each(methodNames)('answers %s from a trusted sender with output matching the contract', async (method) => {
    const result = await setup().invoke(method, sampleInputs[method]);
    if (result.ok) expect(api[method].output.safeParse(result.value).success).toBe(true);
    else expect(result.error.code).toBe(withoutSetup[method]);
  });

  it.each(methodNames)('refuses %s from an untrusted sender without running it', async (method) => {
    expect(await setup().invoke(method, sampleInputs[method], false)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it.each(methodNames)('answers a malformed %s payload with a typed error', async (method) => {
    expect(await setup().invoke(method, { unexpected: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await setup().invoke(method, 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
