import { describe, expect, it } from 'vitest';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { call, valueOf } from '../../support/drafts.js';
import { usePractice } from '../../support/practice.js';
import { approvedBatch, checkedToSend } from '../../support/sending.js';

const { tempDir, engineIn } = usePractice();

describe('Practice across a restart', () => {
  it.each(['smilepayz', 'appotapay'] as const)('%s: the simulator inside the engine still knows what it paid when the app opens again, so rows left unclear end paid, not sent again and not left for review', async (provider) => {
    const dataDir = tempDir();
    const keyStore = createMemoryKeyStore();
    const first = engineIn(dataDir, keyStore);
    const { batchId } = await approvedBatch(first, provider, 4);
    await checkedToSend(first, batchId);
    valueOf(await call(first, 'send.start', { batchId, environment: 'practice' }));
    await first.send.idle(batchId);
    // As if the app had closed before the answers came back: two rows unclear, the batch sending.
    const { journal } = first.send;
    for (const seq of [2, 3]) expect(journal.record(batchId, seq, { status: 'unknown', errorCode: 'no_definite_answer', errorMessage: 'timeout' }, 'succeeded')).toBe(true);
    first.send.journal.reopen(batchId);
    await first.close();

    const second = engineIn(dataDir, keyStore);
    expect((await second.send.resumeAll({ continuePaused: false })).resumed).toEqual([batchId]);
    await second.send.idle(batchId);
    const rows = second.send.journal.rows(batchId);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([['succeeded', 1], ['succeeded', 1], ['succeeded', 1], ['succeeded', 1]]);
  });
});
