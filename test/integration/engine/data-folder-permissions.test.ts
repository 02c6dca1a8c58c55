import { chmodSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { openDatabase } from '../../../electron/engine/store/database.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * Real SQLite files on a real disk: the payout journal must be readable by its owner only.
 * Modes are POSIX; on Windows the profile folder's ACL does this job.
 */
const tempDir = useTempDir('paybatch-perms-');
const modeOf = (path: string): number => statSync(path).mode & 0o777;

/** Every file in the folder with its mode, e.g. { 'paybatch.sqlite': 0o600, ... }. */
function modes(folder: string): Record<string, number> {
  return Object.fromEntries(readdirSync(folder).map((name) => [name, modeOf(join(folder, name))]));
}

describe.skipIf(process.platform === 'win32')('data folder permissions', () => {
  it('creates the folder 0700 and the database with its WAL and shared-memory files 0600', () => {
    const folder = join(tempDir(), 'nested', 'Paybatch');
    const db = openDatabase(join(folder, 'paybatch.sqlite'));
    db.exec('CREATE TABLE probe (x); INSERT INTO probe VALUES (1);');
    expect(modeOf(folder)).toBe(0o700);
    expect(modes(folder)).toEqual({ 'paybatch.sqlite': 0o600, 'paybatch.sqlite-wal': 0o600, 'paybatch.sqlite-shm': 0o600 });
    db.close();
  });

  it('tightens a folder and files an earlier version left readable by everyone', () => {
    const folder = join(tempDir(), 'Paybatch');
    mkdirSync(folder);
    const file = join(folder, 'paybatch.sqlite');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE probe (x); INSERT INTO probe VALUES (1);');
    chmodSync(folder, 0o755);
    for (const name of readdirSync(folder)) chmodSync(join(folder, name), 0o644);

    const db = openDatabase(file);
    expect(modeOf(folder)).toBe(0o700);
    expect(Object.values(modes(folder))).toEqual(readdirSync(folder).map(() => 0o600));
    expect(Object.keys(modes(folder))).toContain('paybatch.sqlite-wal');
    db.close();
    old.close();
  });

  it('holds for the folder the engine itself makes', async () => {
    // The key store is not the subject here, so the in-memory one stands in (STYLE.md §4).
    const engine = createEngine({ dataDir: join(tempDir(), 'Paybatch'), keyStore: createMemoryKeyStore() });
    await engine.handlers['limits.get']({ provider: 'appotapay' }, { transport: 'ipc' });
    expect(modeOf(engine.dataDir)).toBe(0o700);
    expect(Object.values(modes(engine.dataDir)).every((mode) => mode === 0o600)).toBe(true);
    await engine.close();
  });
});
