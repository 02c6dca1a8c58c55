import type { Db } from '../store/database.js';

const levels = new WeakMap<Db, 'FULL' | 'NORMAL'>();

/**
 * Sets how a connection's next commits reach the disk, when it is not set so already.
 * FULL: fsync'd before the commit returns (a row's move to `sending`). NORMAL: in the WAL at
 * once, fsync'd with the next FULL commit or checkpoint (what comes back, attempts): an app
 * crash loses none of it, only a power cut in between could. One setting per connection,
 * shared by every writer on it.
 */
export function durable(db: Db, level: 'FULL' | 'NORMAL'): void {
  // FULL is read back from SQLite every time: another writer on the connection (draft steps)
  // sets its own level, and the claim before a request must never go out on a guess. NORMAL
  // only costs speed if it is wrong, so the remembered level will do.
  if (levels.get(db) === level && (level === 'NORMAL' || Number(db.pragma('synchronous', { simple: true })) === 2)) return;
  db.pragma(`synchronous = ${level}`);
  levels.set(db, level);
}
