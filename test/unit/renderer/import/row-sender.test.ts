import { describe, expect, it } from 'vitest';
import type { ImportedRow } from '../../../../shared/import/model.js';
import { chunksInFlight, decodeRows, rowChunkSize, rowSender, type ImportReply } from '../../../../renderer/src/import/import-protocol.js';
import { goodPayee } from '../../../support/payees.js';

const sources = Object.freeze({ name: 'Họ và tên' });
const rowsOf = (count: number): ImportedRow[] =>
  Array.from({ length: count }, (_, i) => ({ row: i + 2, payee: goodPayee('appotapay', { name: `Người ${i}` }), sources, issues: [] }));

function recorder() {
  const replies: ImportReply[] = [];
  return { replies, sender: rowSender((reply) => replies.push(reply)) };
}

describe('rows crossing to the window a chunk at a time', () => {
  it('sends only a few chunks ahead, one more each time the window takes one, then done', () => {
    const { replies, sender } = recorder();
    const rows = rowsOf(rowChunkSize * 4 + 1);
    sender.start(7, rows);
    expect(replies.map((r) => r.type)).toEqual(Array(chunksInFlight).fill('rows'));
    // The window takes every chunk as it arrives, as use-import does.
    for (let taken = 0; replies.at(-1)?.type !== 'done'; taken += 1) {
      expect(taken).toBeLessThan(10);
      sender.taken(7);
    }
    const arrived: ImportedRow[] = [];
    for (const reply of replies) if (reply.type === 'rows') decodeRows(reply.rows, arrived);
    expect(arrived).toStrictEqual(rows);
    expect(replies.filter((r) => r.type === 'done')).toHaveLength(1);
    expect(replies.every((r) => r.id === 7)).toBe(true);
  });

  it('says done at once for a run without rows, and after its only chunk for a small one', () => {
    const { replies, sender } = recorder();
    sender.start(1, []);
    expect(replies.map((r) => r.type)).toEqual(['done']);
    replies.length = 0;
    sender.start(2, rowsOf(3));
    expect(replies.map((r) => r.type)).toEqual(['rows']);
    sender.taken(2);
    expect(replies.map((r) => r.type)).toEqual(['rows', 'done']);
    // A late take of a finished run sends nothing more.
    sender.taken(2);
    expect(replies).toHaveLength(2);
  });

  it('drops a run when a new one starts or it is stopped: its late takes send nothing', () => {
    const { replies, sender } = recorder();
    sender.start(1, rowsOf(rowChunkSize * 5));
    sender.start(2, rowsOf(rowChunkSize * 5));
    replies.length = 0;
    sender.taken(1);
    expect(replies).toEqual([]);
    sender.taken(2);
    expect(replies.map((r) => [r.type, r.id])).toEqual([['rows', 2]]);
    sender.stop();
    sender.taken(2);
    expect(replies).toHaveLength(1);
  });
});
