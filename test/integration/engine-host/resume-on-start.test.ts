import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import type { SendState } from '../../../shared/send/send-contract.js';
import { approvedBatch } from '../../support/sending.js';
import { useWorkerEngineHosts } from '../../support/engine-hosts.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * The built engine worker as the desktop app and `paybatch serve` start it (sender with
 * resumeOnStart): a batch a crash left mid-send is taken up as the engine opens, rows left in
 * flight asked about first, and followed to the end with nobody pressing anything.
 */
const tempDir = useTempDir('paybatch-resume-');
const startWorker = useWorkerEngineHosts();

describe('opening the app after a crash mid-send', () => {
  it('reconciles the rows left in flight and finishes the batch on its own', async () => {
    const dataDir = tempDir();
    const before = createEngine({ dataDir, keyStore: createMemoryKeyStore() });
    const { batchId } = await approvedBatch(before, 'appotapay', 6);
    // As a crash leaves it: sending in Practice, two rows claimed, nothing heard back.
    before.send.journal.startSending(batchId, 'practice');
    for (const row of before.send.journal.rows(batchId).slice(0, 2)) expect(before.send.journal.claim(batchId, row.seq, row.orderId)).toBe(true);
    await before.close();

    const host = await startWorker({ dataDir, sender: { name: 'the Paybatch app', resumeOnStart: true } });
    let state: SendState | undefined;
    await expect
      .poll(
        async () => {
          const result = await host.call('send.status', { batchId, limit: 10 }, { transport: 'ipc' });
          state = result.ok ? (result.value as SendState) : undefined;
          return state?.status;
        },
        { timeout: 30_000 },
      )
      .toBe('finished');
    expect(state?.counts).toEqual({ succeeded: 6 });
  });

  it('leaves a paused batch paused', async () => {
    const dataDir = tempDir();
    const before = createEngine({ dataDir, keyStore: createMemoryKeyStore() });
    const { batchId } = await approvedBatch(before, 'appotapay', 3);
    before.send.journal.startSending(batchId, 'practice');
    before.send.journal.setStatus(batchId, 'paused');
    await before.close();

    const host = await startWorker({ dataDir, sender: { name: 'the Paybatch app', resumeOnStart: true } });
    // The engine has opened and looked; a paused batch sends nothing until the accountant says so.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const result = await host.call('send.status', { batchId, limit: 0 }, { transport: 'ipc' });
    expect(result).toMatchObject({ ok: true, value: { status: 'paused', counts: { ready: 3 } } });
  });
});
