import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { runCli } from '../../support/cli-in-process.js';
import { call, valueOf } from '../../support/drafts.js';
import { quickPolicy } from '../../support/sending.js';
import { useTempDir } from '../../support/temp-dir.js';
import { openLog, paybatch, swapContents, swapNumbers, writeSomeHistory } from './audit-fixtures.js';

/**
 * The audit log's tamper test (issue #15 item 6) on the real SQLite file: an entry edited,
 * deleted or moved is named by `paybatch audit verify` (exit 1) and by the app's audit.verify,
 * as the first broken entry and why. Needs the build (bin/paybatch.js and its engine worker).
 * The untouched log is verified by the command as its own process; the tampered ones by the
 * same command's main in this process (in English, as LANG=C would have it), a call each.
 */
const tempDir = useTempDir('paybatch-audit-');
beforeEach(() => {
  vi.stubEnv('LC_ALL', 'C');
});
let seeded = '';
let entries = 0;

beforeAll(async () => {
  seeded = mkdtempSync(join(tmpdir(), 'paybatch-audit-seed-'));
  const engine = createEngine({ dataDir: seeded, keyStore: createMemoryKeyStore(), sendPolicy: quickPolicy });
  try {
    ({ entries } = await writeSomeHistory(engine));
  } finally {
    await engine.close();
  }
});

afterAll(() => {
  if (seeded) rmSync(seeded, { recursive: true, force: true });
});

/** A copy of the seeded data folder, tampered with by `change`. */
function tampered(change: (db: ReturnType<typeof openLog>) => void): string {
  const dataDir = tempDir();
  cpSync(seeded, dataDir, { recursive: true });
  const db = openLog(dataDir);
  try {
    change(db);
  } finally {
    db.close();
  }
  return dataDir;
}

/** What the app's own door says of the folder (audit.verify, through dispatch). */
async function appVerdict(dataDir: string) {
  const engine = createEngine({ dataDir, keyStore: createMemoryKeyStore() });
  try {
    return valueOf(await call(engine, 'audit.verify', {}));
  } finally {
    await engine.close();
  }
}

describe('paybatch audit verify', () => {
  it('says OK with the count for a log nobody touched', async () => {
    expect(entries).toBeGreaterThan(20);
    const run = paybatch(['audit', 'verify', '--data-dir', tampered(() => {})]);
    expect(run.stdout).toBe(`OK: the audit log is intact, ${entries} entries, each chained to the one before.\n`);
    expect(run.status).toBe(0);
  });

  it('names an entry whose details were edited (a row’s move made to look paid)', async () => {
    let edited = 0;
    const dataDir = tampered((db) => {
      const move = db.prepare<[], { seq: number }>("SELECT seq FROM audit_entry WHERE action = 'row.status' AND details_json LIKE '%\"to\":\"accepted\"%' ORDER BY seq LIMIT 1").get();
      if (!move) throw new Error('a move to accepted expected');
      db.prepare("UPDATE audit_entry SET details_json = replace(details_json, '\"to\":\"accepted\"', '\"to\":\"succeeded\"') WHERE seq = ?").run(move.seq);
      edited = move.seq;
    });
    const run = await runCli(['audit', 'verify', '--data-dir', dataDir]);
    expect([run.status, run.stdout]).toEqual([1, `BROKEN: the audit log has been tampered with: entry ${edited} was changed after it was written. Entries before it are intact.\n`]);
    expect(await appVerdict(dataDir)).toEqual({ ok: false, entries: edited, broken: { seq: edited, reason: 'edited' } });
  });

  it.each([
    ['time', "UPDATE audit_entry SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 5"],
    ['action', "UPDATE audit_entry SET action = 'batch.discard' WHERE seq = 5"],
    ['batch', 'UPDATE audit_entry SET batch_id = NULL WHERE seq = 5'],
    // Its first digit made another (a hash that starts with f already would be left as it was).
    ['hash', "UPDATE audit_entry SET hash = (CASE substr(hash, 1, 1) WHEN 'f' THEN 'e' ELSE 'f' END) || substr(hash, 2) WHERE seq = 5"],
    ['details (made unreadable)', "UPDATE audit_entry SET details_json = '{broken' WHERE seq = 5"],
  ])('names an entry whose %s was edited', async (_what, sql) => {
    const dataDir = tampered((db) => db.exec(sql));
    const run = await runCli(['audit', 'verify', '--data-dir', dataDir]);
    expect([run.status, run.stdout]).toEqual([1, 'BROKEN: the audit log has been tampered with: entry 5 was changed after it was written. Entries before it are intact.\n']);
  });

  it('names a deleted entry as missing', async () => {
    const dataDir = tampered((db) => db.prepare('DELETE FROM audit_entry WHERE seq = 9').run());
    const run = await runCli(['audit', 'verify', '--data-dir', dataDir]);
    expect([run.status, run.stdout]).toEqual([1, 'BROKEN: the audit log has been tampered with: entry 9 is missing. Entries before it are intact.\n']);
    expect(await appVerdict(dataDir)).toMatchObject({ ok: false, broken: { seq: 9, reason: 'missing' } });
  });

  it('names the last entries deleted as missing, and entries deleted with the rest numbered down', async () => {
    const cut = tampered((db) => db.prepare('DELETE FROM audit_entry WHERE seq >= ?').run(entries - 1));
    expect((await runCli(['audit', 'verify', '--data-dir', cut])).stdout).toContain(`entry ${entries - 1} is missing`);
    const renumbered = tampered((db) => {
      db.prepare('DELETE FROM audit_entry WHERE seq = 6').run();
      db.prepare('UPDATE audit_entry SET seq = seq - 1 WHERE seq > 6').run();
    });
    expect(await appVerdict(renumbered)).toMatchObject({ ok: false, broken: { seq: 6, reason: 'missing' } });
  });

  it('names two entries swapped (their numbers exchanged) as reordered at the first of them', async () => {
    const dataDir = tampered((db) => swapNumbers(db, 11, 12));
    const run = await runCli(['audit', 'verify', '--data-dir', dataDir]);
    expect([run.status, run.stdout]).toEqual([1, 'BROKEN: the audit log has been tampered with: entry 11 is not in its place: entries were moved. Entries before it are intact.\n']);
    expect(await appVerdict(dataDir)).toMatchObject({ ok: false, broken: { seq: 11, reason: 'reordered' } });
  });

  it('names two entries whose contents were swapped (numbers and hashes left in place) as reordered', async () => {
    const dataDir = tampered((db) => swapContents(db, 3, 8));
    const run = await runCli(['audit', 'verify', '--data-dir', dataDir]);
    expect([run.status, run.stdout]).toEqual([1, 'BROKEN: the audit log has been tampered with: entry 3 is not in its place: entries were moved. Entries before it are intact.\n']);
  });

  it('keeps the break visible after more is appended, and names the same entry', async () => {
    const dataDir = tampered((db) => db.prepare('DELETE FROM audit_entry WHERE seq = ?').run(entries));
    const engine = createEngine({ dataDir, keyStore: createMemoryKeyStore() });
    try {
      valueOf(await call(engine, 'mapping.save', { signature: 'ho va ten', columns: { name: 'Họ và tên' } }));
    } finally {
      await engine.close();
    }
    expect((await runCli(['audit', 'verify', '--data-dir', dataDir])).stdout).toContain(`entry ${entries} is missing`);
  });
});
