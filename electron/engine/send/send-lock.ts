import { hostname, uptime } from 'node:os';
import { EngineError } from '../engine-error.js';
import type { Db } from '../store/database.js';

export type LockHolder = { readonly pid: number; readonly host: string; readonly command: string; readonly takenAt: string };

/**
 * One sender per data folder: the desktop app, `paybatch serve` and `paybatch send|resume` each
 * take this before sending and give it back when nothing is left to send. The check and the
 * take are one IMMEDIATE transaction, so two processes cannot both find it free. A holder
 * whose process has ended (a crash, a kill) no longer holds it.
 */
export function createSendLock(db: Db, command: string) {
  const read = db.prepare<[], { pid: number; host: string; command: string; taken_at: string }>('SELECT pid, host, command, taken_at FROM send_lock WHERE id = 1');
  const write = db.prepare<[number, string, string, string]>(
    'INSERT INTO send_lock (id, pid, host, command, taken_at) VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET pid = excluded.pid, host = excluded.host, command = excluded.command, taken_at = excluded.taken_at',
  );
  const remove = db.prepare<[number, string]>('DELETE FROM send_lock WHERE id = 1 AND pid = ? AND host = ?');
  const me = { pid: process.pid, host: hostname() };
  let held = false;

  const take = db.transaction((): LockHolder | null => {
    const holder = read.get();
    if (holder && !(holder.pid === me.pid && holder.host === me.host) && isAlive(holder.pid, holder.host, holder.taken_at)) {
      return { pid: holder.pid, host: holder.host, command: holder.command, takenAt: holder.taken_at };
    }
    write.run(me.pid, me.host, command, new Date().toISOString());
    return null;
  });

  return {
    /** Takes the lock, or throws naming the process that holds it. */
    acquire(): void {
      if (held) return;
      const other = take.immediate();
      if (other) {
        const sinceText = other.takenAt.slice(0, 19).replace('T', ' ');
        throw new EngineError('refused', `Another Paybatch is sending from this data folder: ${other.command} (process ${other.pid} on ${other.host}, since ${sinceText} UTC). Let it finish, or close it, then try again.`, undefined, {
          reason: 'sender_busy',
          command: other.command,
          pid: other.pid,
          host: other.host,
          since: other.takenAt,
          sinceText,
        });
      }
      held = true;
    },
    release(): void {
      if (!held) return;
      held = false;
      if (db.open) remove.run(me.pid, me.host);
    },
    get held(): boolean {
      return held;
    },
  };
}

export type SendLock = ReturnType<typeof createSendLock>;

/**
 * Whether the holder's process still runs. Taken before this machine last started, it cannot
 * (whatever has its pid now). On another machine (a data folder on a shared drive) that cannot
 * be told: it counts as running, and the accountant is told who holds it.
 */
function isAlive(pid: number, host: string, takenAt: string): boolean {
  if (host !== hostname()) return true;
  if (Date.parse(takenAt) < Date.now() - uptime() * 1000) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
