// npm run bench, part 6 (issue #13 item 2): the engine on its worker thread (the built
// out/main/engine-worker.js the app and `paybatch serve` start) keeps the calling thread — the
// Electron main process, the host — turning while it stores and checks 80,000 rows and writes
// their problems workbook. The figure: the calling thread's longest event-loop stall, against
// its target; the baseline, measured in the same run: the same work with the engine in process.
// Prints its line, then the result as JSON on the last line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { inProcessEngineHost, type EngineHost } from '../../electron/engine/host/engine-host.js';
import { workerEngineHost } from '../../electron/engine/host/worker-engine-host.js';
import { createMemoryKeyStore } from '../../electron/engine/keys/memory-key-store.js';
import { providerRules } from '../../shared/providers/provider-rules.js';
import { importedRow, sources } from '../support/drafts.js';

const rowCount = 80_000;
const perCall = 5_000;
// The window's target for any stall (as bench:ui's): the worker must keep the caller within it.
const targetMs = 50;

// Every other row repeats one account: a warning on each, so half the rows go in the workbook.
const rows = Array.from({ length: rowCount }, (_, i) => importedRow('appotapay', i + 2, i % 2 === 1 ? { accountNo: '0011009999999' } : {}));

/** Imports the rows as a draft through the contract, as the window does, then downloads its problems. */
async function importAndDownloadProblems(host: EngineHost): Promise<void> {
  const ctx = { transport: 'ipc' } as const;
  const created = await host.call(
    'batch.create',
    { provider: 'appotapay', currency: providerRules.appotapay.currency, fileName: 'Bảng lương.xlsx', fileHash: 'c'.repeat(64), sheet: 'Lương', headerSignature: 'ho va ten|so tai khoan', mapping: { ...sources }, amountFormat: 'auto', rowCount },
    ctx,
  );
  if (!created.ok) throw new Error(created.error.message);
  const { batchId } = created.value as { batchId: string };
  for (let from = 0; from < rowCount; from += perCall) {
    const added = await host.call('batch.addRows', { batchId, rows: rows.slice(from, from + perCall) }, ctx);
    if (!added.ok) throw new Error(added.error.message);
  }
  for (;;) {
    const got = await host.call('batch.get', { batchId, limit: 0 }, ctx);
    if (!got.ok) throw new Error(got.error.message);
    if ((got.value as { checking: unknown }).checking === null) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const problems = await host.call('batch.problems', { batchId }, ctx);
  if (!problems.ok) throw new Error(problems.error.message);
}

/** The longest and the 99th-percentile stall of this thread's event loop while `work` runs, in ms. */
async function stallsDuring(work: () => Promise<void>): Promise<{ maxMs: number; p99Ms: number; tookMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const started = performance.now();
  delay.enable();
  try {
    await work();
    // A stall is recorded when the loop next turns: one more tick, so the last one counts too.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    delay.disable();
  }
  return { maxMs: Math.round(delay.max / 1e6), p99Ms: Math.round(delay.percentile(99) / 1e6), tookMs: Math.round(performance.now() - started) };
}


const dir = mkdtempSync(join(tmpdir(), 'paybatch-bench-thread-'));
try {
  const worker = await workerEngineHost({ dataDir: join(dir, 'worker'), keyStore: 'memory' });
  let onWorker;
  try {
    onWorker = await stallsDuring(() => importAndDownloadProblems(worker));
  } finally {
    await worker.close();
  }
  const inProcess = inProcessEngineHost({ dataDir: join(dir, 'in-process'), keyStore: createMemoryKeyStore() });
  let sameThread;
  try {
    sameThread = await stallsDuring(() => importAndDownloadProblems(inProcess));
  } finally {
    await inProcess.close();
  }
  const ok = onWorker.maxMs <= targetMs;
  console.log(`engine on its worker, ${rowCount.toLocaleString('en-US')} rows imported and their problems written: the caller's longest stall ${onWorker.maxMs} ms, p99 ${onWorker.p99Ms} ms (target ≤ ${targetMs} ms) ${ok ? 'OK' : 'MISSED'}; in process ${sameThread.maxMs} ms, p99 ${sameThread.p99Ms} ms, ratio ${(onWorker.maxMs / Math.max(1, sameThread.maxMs)).toFixed(2)}`);
  console.log(JSON.stringify([{ label: 'engine worker: caller stall', ok }]));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
