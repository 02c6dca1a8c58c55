import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSendJournal } from '../../../electron/engine/send/send-journal.js';
import { openDatabase } from '../../../electron/engine/store/database.js';
import { usePractice } from '../../support/practice.js';
import { approvedRefunds, refundRow } from '../../support/refunds.js';

const { tempDir, engineIn } = usePractice();

/**
 * The one write that may change a row's id: its claim, in the same full-sync commit, and only
 * while nothing was ever sent with the id it has. Against the real SQLite file.
 */
describe('claiming a refund with a fresh m_refund_id', () => {
  it('takes the new id for a row never sent, and refuses it once a request left with the stored one', async () => {
    const dataDir = tempDir();
    const engine = engineIn(dataDir);
    const { batchId } = await approvedRefunds(engine, [refundRow(2), refundRow(3)]);
    await engine.close();
    const db = openDatabase(join(dataDir, 'paybatch.sqlite'));
    try {
      const journal = createSendJournal(db);
      const [first, second] = journal.rows(batchId);
      if (!first || !second) throw new Error('two rows expected');
      // A refund request logged with the second row's id, as if sent before a crash that lost its claim.
      db.prepare("INSERT INTO attempt (batch_id, order_id, kind, method, url, started_at) VALUES (?, ?, 'payout', 'POST', 'http://127.0.0.1/refund', ?)").run(batchId, second.orderId, new Date().toISOString());
      const claimed = journal.claimMany(batchId, [
        { seq: 1, orderId: first.orderId, sendAs: `261121_2554_${first.orderId.slice(7)}` },
        { seq: 2, orderId: second.orderId, sendAs: `261121_2554_${second.orderId.slice(7)}` },
      ]);
      expect([...claimed]).toEqual([1]);
      expect(journal.row(batchId, 1)).toMatchObject({ status: 'sending', orderId: `261121_2554_${first.orderId.slice(7)}`, attempts: 1 });
      expect(journal.row(batchId, 2)).toMatchObject({ status: 'ready', orderId: second.orderId, attempts: 0 });
      // With its own id it is claimed as any row is.
      expect([...journal.claimMany(batchId, [{ seq: 2, orderId: second.orderId }])]).toEqual([2]);
    } finally {
      db.close();
    }
  });
});
