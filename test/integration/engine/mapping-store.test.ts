import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/engine/dispatch.js';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { migrations } from '../../../electron/engine/store/migrations.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const ctx = { transport: 'http' } as const;
const signature = 'stt|ho va ten|so tai khoan|so tien';

// A real SQLite file in a fresh folder; the key store is not the subject here.
const open = (dataDir: string) => createEngine({ dataDir, keyStore: createMemoryKeyStore() });

describe('saved column mappings', () => {
  it('are remembered in the data folder across restarts', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    expect(await dispatch(first, 'mapping.find', { signature }, ctx)).toEqual({ ok: true, value: null });
    const saved = await dispatch(first, 'mapping.save', { signature, columns: { name: 'Họ và tên', amount: 'Số tiền' }, currency: 'VND', amountFormat: 'comma-decimal' }, ctx);
    expect(saved).toMatchObject({ ok: true, value: { savedAt: expect.any(String) } });
    await first.close();

    expect(existsSync(join(dataDir, 'paybatch.sqlite'))).toBe(true);
    const second = open(dataDir);
    expect(await dispatch(second, 'mapping.find', { signature }, ctx)).toEqual({
      ok: true,
      value: { columns: { name: 'Họ và tên', amount: 'Số tiền' }, currency: 'VND', amountFormat: 'comma-decimal', savedAt: expect.any(String) },
    });
    await second.close();
  });

  it('replaces the mapping saved for the same layout', async () => {
    const engine = open(tempDir());
    await dispatch(engine, 'mapping.save', { signature, columns: { name: 'Họ và tên' } }, ctx);
    await dispatch(engine, 'mapping.save', { signature, columns: { name: 'Tên', accountNo: 'STK' } }, ctx);
    expect(await dispatch(engine, 'mapping.find', { signature }, ctx)).toMatchObject({ ok: true, value: { columns: { name: 'Tên', accountNo: 'STK' } } });
    await engine.close();
  });

  it('refuses a mapping of unknown fields before it reaches the database', async () => {
    const engine = open(tempDir());
    const result = await dispatch(engine, 'mapping.save', { signature, columns: { salary: 'Lương' } }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await engine.close();
  });

  it('records the schema version, and refuses a data folder from a newer Paybatch', async () => {
    const dataDir = tempDir();
    await open(dataDir).close();
    const db = new Database(join(dataDir, 'paybatch.sqlite'));
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => open(dataDir)).toThrow(/written by a newer version of Paybatch/);
  });
});
