import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../../electron/engine/engine.js';
import { dispatch } from '../../../../electron/engine/dispatch.js';
import { debugLogName } from '../../../../electron/engine/debug-log.js';
import { EngineError } from '../../../../electron/engine/engine-error.js';
import { createMemoryKeyStore } from '../../../../electron/engine/keys/memory-key-store.js';
import { useTempDir } from '../../../support/temp-dir.js';

const tempDir = useTempDir();
const ctx = { transport: 'http' } as const;

// The key store is not the subject here, so the in-memory one stands in (STYLE.md §4).
function engine(): Engine {
  return createEngine({ dataDir: tempDir(), keyStore: createMemoryKeyStore() });
}

function withThrowingInfo(base: Engine, error: unknown): Engine {
  return { ...base, handlers: { ...base.handlers, 'app.info': async () => Promise.reject(error) } };
}

describe('dispatch', () => {
  it('runs a known method with valid input', async () => {
    const e = engine();
    const result = await dispatch(e, 'app.info', {}, ctx);
    expect(result).toMatchObject({ ok: true, value: { name: 'Paybatch', dataDir: e.dataDir, transport: 'http' } });
  });

  it('treats a missing payload as an empty object', async () => {
    expect((await dispatch(engine(), 'app.info', undefined, ctx)).ok).toBe(true);
  });

  it.each([
    ['an unexpected field', { surprise: 1 }],
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['null', null],
    ['a number', 42],
  ])('refuses %s as invalid_input', async (_label, payload) => {
    const result = await dispatch(engine(), 'app.info', payload, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(/could not accept/);
      expect(result.error.detail).toContain('app.info');
    }
  });

  it.each(['app.nope', '', '__proto__', 'constructor', 'toString'])('refuses the unknown method %j', async (name) => {
    const result = await dispatch(engine(), name, {}, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('passes an EngineError through with its own code and message', async () => {
    const e = withThrowingInfo(engine(), new EngineError('unavailable', 'The keychain is locked.', 'dbus said no'));
    expect(await dispatch(e, 'app.info', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'The keychain is locked.', detail: 'dbus said no' },
    });
  });

  it('turns any other error into internal, its message and stack kept for the debug log only', async () => {
    const e = withThrowingInfo(engine(), new TypeError('boom at line 3'));
    const result = await dispatch(e, 'app.info', {}, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toContain('boom');
      expect(result.error.detail).not.toContain('boom');
      expect(result.error.detail).not.toMatch(/\n\s+at /);
      expect(result.error.detail).toMatch(/^app\.info: TypeError, logged as [0-9a-f]{8}/);
      expect(readFileSync(join(e.dataDir, debugLogName), 'utf8')).toContain('TypeError: boom at line 3\n    at ');
    }
  });
});
