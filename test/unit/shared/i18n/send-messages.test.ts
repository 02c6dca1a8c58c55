import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { afterAll, describe } from 'vitest';
import { dispatch } from '../../../../electron/engine/dispatch.js';
import { createEngine, type Engine } from '../../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../../electron/engine/keys/memory-key-store.js';
import { sendMessages } from '../../../../shared/i18n/messages/send.js';
import type { ApiError, Result } from '../../../../shared/result.js';
import { draftOf, importedRow } from '../../../support/drafts.js';
import { refusalsInEveryLanguage } from '../../../support/refusal-texts.js';
import { approvedBatch, approvedBatchOf, checkedToSend, quickPolicy } from '../../../support/sending.js';
import { useTempDir } from '../../../support/temp-dir.js';

/**
 * Every refusal of sending (send.start / send.cancel), provoked through the engine's one door
 * on a real engine and SQLite file, Practice's own simulator answering.
 */
const tempDir = useTempDir();
const ctx = { transport: 'ipc' } as const;
const engines: Engine[] = [];
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

function refusal(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

async function provoked(): Promise<Array<[string, ApiError]>> {
  const engine = createEngine({ dataDir: tempDir(), keyStore: createMemoryKeyStore(), sendPolicy: quickPolicy });
  engines.push(engine);
  const found: Array<[string, ApiError]> = [];
  const add = (reason: string, result: Result<unknown>): void => void found.push([reason, refusal(result)]);

  const draft = await draftOf(engine, 'appotapay', [importedRow('appotapay', 2)], 'e'.repeat(64));
  add('send_not_approved', await dispatch(engine, 'send.start', { batchId: draft, environment: 'practice' }, ctx));

  const { batchId } = await approvedBatch(engine, 'appotapay', 2);
  add('cancel_not_sending', await dispatch(engine, 'send.cancel', { batchId }, ctx));
  await checkedToSend(engine, batchId);
  // Another process holds the send lock.
  const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  const db = new Database(`${engine.dataDir}/paybatch.sqlite`);
  db.prepare("INSERT INTO send_lock (id, pid, host, command, taken_at) VALUES (1, ?, ?, 'paybatch send', ?)").run(other.pid ?? 0, hostname(), new Date().toISOString());
  db.close();
  add('sender_busy', await dispatch(engine, 'send.start', { batchId, environment: 'practice' }, ctx));
  await new Promise((resolve) => {
    other.once('exit', resolve);
    other.kill('SIGKILL');
  });
  await dispatch(engine, 'send.start', { batchId, environment: 'practice' }, ctx);
  await engine.send.idle(batchId);
  // A batch paused in Practice is not sent in Sandbox too.
  const paused = (await approvedBatchOf(engine, 'appotapay', [{ accountNo: '5550001112', amount: 7_000_000 }], 'f'.repeat(64))).batchId;
  engine.send.journal.startSending(paused, 'practice');
  engine.send.journal.setStatus(paused, 'paused');
  add('send_other_environment', await dispatch(engine, 'send.start', { batchId: paused, environment: 'sandbox' }, ctx));
  add('send_over', await dispatch(engine, 'send.start', { batchId, environment: 'practice' }, ctx));
  add('resolve_no_such_row', await dispatch(engine, 'send.resolve', { batchId, seq: 99, paid: true }, ctx));
  add('resolve_not_needed', await dispatch(engine, 'send.resolve', { batchId, seq: 1, paid: true }, ctx));
  return found;
}

describe('sending refusals in every language', async () => {
  const cases = await provoked();
  refusalsInEveryLanguage(cases, Object.keys(sendMessages).filter((id) => id.startsWith('error.')).map((id) => id.replace(/^error\./, '')), 'the sending catalogue holds');
});
