import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from './paybatch-process.js';

export type KilledRun = { code: number | null; killed: boolean; stderr: string };

/**
 * `paybatch ARGS` as its own process, SIGKILLed `killAfterMs` after `armed` resolves (at once:
 * after it starts) unless it ends first: what a crash or a power cut does to a sender.
 */
export function paybatchKilled(args: readonly string[], env: NodeJS.ProcessEnv, killAfterMs: number | null, armed: (alive: () => boolean) => Promise<void> = async () => {}): Promise<KilledRun> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/paybatch.js'), ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const ended = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let exited = false;
  let killed = false;
  void ended.then(() => (exited = true));
  if (killAfterMs !== null) {
    void armed(() => !exited).then(() => {
      const timer = setTimeout(() => {
        if (exited) return;
        killed = true;
        child.kill('SIGKILL');
      }, killAfterMs);
      void ended.then(() => clearTimeout(timer));
    });
  }
  return ended.then((code) => ({ code, killed, stderr }));
}

/** The data folder's approved (or later) batches, read from its SQLite file beside the sender. */
export function batchesIn(dataDir: string): Array<{ id: string; status: string }> {
  if (!existsSync(join(dataDir, 'paybatch.sqlite'))) return [];
  const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true, fileMustExist: true });
  try {
    // The file is there from the moment the sender opens it; its tables a moment later.
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'batch'").get()) return [];
    return db.prepare("SELECT id, status FROM batch WHERE status NOT IN ('draft', 'discarded')").all() as Array<{ id: string; status: string }>;
  } finally {
    db.close();
  }
}
