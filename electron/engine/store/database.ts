import { mkdirSync } from 'node:fs';
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
  mkdirSync(dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw new EngineError('unavailable', `Paybatch could not open its data file ${file}. Check that the folder exists and that you may write to it.`, String(error));
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > migrations.length) {
    throw new EngineError('unavailable', 'This data folder was written by a newer version of Paybatch. Install the newer version to open it.', `schema ${current} > ${migrations.length}`);
  }
  for (let version = current; version < migrations.length; version += 1) {
    db.transaction(() => {
      db.exec(migrations[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
