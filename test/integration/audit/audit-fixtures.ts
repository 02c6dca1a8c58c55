import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Engine } from '../../../electron/engine/engine.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { call, draftOf, importedRow, valueOf } from '../../support/drafts.js';
import { approvedBatch, checkedToSend } from '../../support/sending.js';

const bin = join(repoRoot, 'bin/paybatch.js');

/** `paybatch ARGS` as its own process (the built CLI), in English. */
export function paybatch(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000, cwd: repoRoot, env: { ...process.env, LANG: 'C', LC_ALL: 'C' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A log with a bit of everything: a draft edited and discarded, a batch approved, checked and
 * sent in Practice (every row's moves), an export. Returns the number of entries written.
 */
export async function writeSomeHistory(engine: Engine): Promise<{ batchId: string; entries: number }> {
  const draft = await draftOf(engine, 'appotapay', [importedRow('appotapay', 2), importedRow('appotapay', 3)], 'a'.repeat(64), 'Nháp.xlsx');
  valueOf(await call(engine, 'batch.edit', { batchId: draft, change: { kind: 'exclude', index: 1, excluded: true } }));
  valueOf(await call(engine, 'batch.discard', { batchId: draft }));
  const { batchId } = await approvedBatch(engine, 'appotapay', 4);
  await checkedToSend(engine, batchId);
  valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
  await engine.send.idle(batchId);
  valueOf(await call(engine, 'audit.export', { batchId }));
  const { matching } = valueOf(await call(engine, 'audit.list', { limit: 0 }));
  return { batchId, entries: matching };
}

/** The audit_entry table of a closed data folder, opened as anyone could open it. */
export function openLog(dataDir: string): Database.Database {
  return new Database(join(dataDir, 'paybatch.sqlite'));
}

type Row = { seq: number; at: string; action: string; batch_id: string | null; details_json: string; prev_hash: string; hash: string };

/** Swaps two entries' numbers: each keeps its content and hashes, in the other's place. */
export function swapNumbers(db: Database.Database, a: number, b: number): void {
  db.transaction(() => {
    db.prepare('UPDATE audit_entry SET seq = -1 WHERE seq = ?').run(a);
    db.prepare('UPDATE audit_entry SET seq = ? WHERE seq = ?').run(a, b);
    db.prepare('UPDATE audit_entry SET seq = ? WHERE seq = -1').run(b);
  })();
}

/** Swaps two entries' contents (time, action, batch, details), numbers and hashes left where they were. */
export function swapContents(db: Database.Database, a: number, b: number): void {
  const read = db.prepare<[number], Row>('SELECT * FROM audit_entry WHERE seq = ?');
  const first = read.get(a);
  const second = read.get(b);
  if (!first || !second) throw new Error(`entries ${a} and ${b} expected`);
  const write = db.prepare('UPDATE audit_entry SET at = ?, action = ?, batch_id = ?, details_json = ? WHERE seq = ?');
  db.transaction(() => {
    write.run(second.at, second.action, second.batch_id, second.details_json, a);
    write.run(first.at, first.action, first.batch_id, first.details_json, b);
  })();
}
