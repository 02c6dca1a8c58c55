import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.js';
import type { EngineHost } from '../../../electron/engine/host/engine-host.js';
import { debugLogName } from '../../../electron/engine/debug-log.js';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { verifyChain } from '../../../electron/engine/audit/audit-verify.js';
import { useWorkerEngineHosts } from '../../support/engine-hosts.js';
import { call, importedRow, sources, valueOf } from '../../support/drafts.js';
import { useTempDir } from '../../support/temp-dir.js';
import { openLog } from './audit-fixtures.js';

/**
 * Two engines on one data folder, each on its own thread with its own SQLite connection (as the
 * app and a `paybatch` command are): both append at once, one sending a batch (row moves by the
 * hundred) and both saving settings, and the log stays one chain with every entry in it.
 * Needs the build (out/main/engine-worker.js).
 */
const openHost = useWorkerEngineHosts();
const tempDir = useTempDir('paybatch-audit-');

async function ask<M extends MethodName>(host: EngineHost, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return valueOf((await host.call(method, input, { transport: 'ipc' })) as Awaited<ReturnType<typeof call<M>>>);
}

async function sendPracticeBatch(host: EngineHost, rows: number): Promise<string> {
  const imported = Array.from({ length: rows }, (_, i) => importedRow('appotapay', i + 2, { amount: 1_500_000 + i * 1000, phone: `09${String(10_000_000 + i).padStart(8, '0')}` }));
  const { batchId } = await ask(host, 'batch.create', { provider: 'appotapay', currency: 'VND', fileName: 'Lương.xlsx', fileHash: '9'.repeat(64), sheet: null, headerSignature: 'sig', mapping: { ...sources }, amountFormat: 'auto', rowCount: rows });
  await ask(host, 'batch.addRows', { batchId, rows: imported });
  for (;;) {
    const got = await ask(host, 'batch.get', { batchId, limit: 0 });
    if (!got.checking && got.tally) {
      await ask(host, 'batch.approve', { batchId, typedTotal: String(got.tally.total) });
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await ask(host, 'send.check', { batchId, environment: 'practice' });
  await ask(host, 'send.start', { batchId, environment: 'practice' });
  return batchId;
}

describe('two engines on one data folder', () => {
  it('append at the same time and keep one valid chain: no entry lost, none doubled, no fork', async () => {
    const dataDir = tempDir();
    // One after the other: the second finds the schema made (two first opens at once race on it).
    const a = await openHost({ dataDir });
    const b = await openHost({ dataDir });
    const saves = 150;
    const save = (host: EngineHost, who: string, i: number) => ask(host, 'mapping.save', { signature: `${who}-${i}`, columns: { name: 'Họ và tên' } });
    const batchId = await sendPracticeBatch(a, 60);
    await Promise.all([...Array.from({ length: saves }, (_, i) => save(a, 'a', i)), ...Array.from({ length: saves }, (_, i) => save(b, 'b', i))]);
    for (;;) {
      const state = await ask(b, 'send.status', { batchId, limit: 0 });
      if (state.status === 'finished') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all([a.close(), b.close()]);
    // Each append took its turn: none failed and had to be tried again (the debug log would say).
    const debugLog = join(dataDir, debugLogName);
    expect(existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '').not.toContain('audit log');

    const db = openLog(dataDir);
    try {
      expect(verifyChain(db)).toMatchObject({ ok: true, broken: null });
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(count("SELECT count(*) AS n FROM audit_entry WHERE action = 'mapping.save'")).toBe(2 * saves);
      expect(count("SELECT count(DISTINCT details_json) AS n FROM audit_entry WHERE action = 'mapping.save'")).toBe(1);
      // Every row's moves: at least ready → sending → … → succeeded, each seq once.
      expect(count(`SELECT count(*) AS n FROM audit_entry WHERE action = 'row.status' AND details_json LIKE '%"to":"succeeded"%'`)).toBe(60);
      expect(count('SELECT count(*) - count(DISTINCT seq) AS n FROM audit_entry')).toBe(0);
      expect(count('SELECT max(seq) - count(*) AS n FROM audit_entry')).toBe(0);
    } finally {
      db.close();
    }
    const again = createEngine({ dataDir, keyStore: createMemoryKeyStore() });
    try {
      expect(valueOf(await call(again, 'audit.verify', {}))).toMatchObject({ ok: true });
    } finally {
      await again.close();
    }
  });
});
