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
  if (levels.get(db) === level && Number(db.pragma('synchronous', { simple: true })) === (level === 'FULL' ? 2 : 1)) return;
  db.pragma(`synchronous = ${level}`);
  levels.set(db, level);
}
