import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { EngineError } from '../engine-error.js';
import { migrations } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the engine's SQLite file and brings its schema up to date.
 * WAL with synchronous=FULL: a committed state change survives a crash or power cut, which
 * the at-most-once send relies on.
 */
export function openDatabase(file: string): Db {
  let db: Db;
  try {
    restrictToOwner(file);
    db = new Database(file);
  } catch (error) {
    throw new EngineError('unavailable', `Paybatch could not open its data file ${file}. Check that the folder exists and that you may write to it.`, String(error), { reason: 'data_file_unopenable', file });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

// The journal of every payout lives here: on a shared machine, other accounts must not read it.
const ownerOnlyFolder = 0o700;
const ownerOnlyFile = 0o600;

/**
 * Creates the data folder and the database file for their owner only, and tightens both when
 * an earlier version left them readable by everyone. SQLite gives the files it adds beside the
 * database (-wal, -shm, -journal) the database file's own mode, so creating that file first is
 * what keeps them private too. Windows has ACLs, not modes: the folder under the profile is
 * already the user's own there.
 */
function restrictToOwner(file: string): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true, mode: ownerOnlyFolder });
  if (process.platform === 'win32') return;
  tighten(folder, ownerOnlyFolder);
  closeSync(openSync(file, 'a', ownerOnlyFile));
  for (const companion of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(companion)) tighten(companion, ownerOnlyFile);
  }
}

function tighten(path: string, mode: number): void {
  try {
    chmodSync(path, mode);
  } catch (error) {
    // Only the owner may change a mode; in a folder someone else owns (a shared /tmp) the
    // files we create are still ours and still private.
    if (!(error instanceof Error && 'code' in error && error.code === 'EPERM')) throw error;
  }
}

function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > migrations.length) {
    throw new EngineError('unavailable', 'This data folder was written by a newer version of Paybatch. Install the newer version to open it.', `schema ${current} > ${migrations.length}`, { reason: 'data_from_newer_version' });
  }
  // IMMEDIATE, and the version read again inside: two processes opening a new data folder at
  // once (the app and a command) each run only what the other has not.
  for (let version = current; version < migrations.length; version += 1) {
    db.transaction(() => {
      if (Number(db.pragma('user_version', { simple: true })) !== version) return;
      db.exec(migrations[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
