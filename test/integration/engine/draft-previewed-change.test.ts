import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { call, checked, draftOf, importedRow, undoOffered, valueOf } from '../../support/drafts.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const open = (dataDir = tempDir()) => ({ dataDir, engine: createEngine({ dataDir, keyStore: createMemoryKeyStore() }) });
const row = (n: number, name: string) => importedRow('appotapay', n, { name });
const fixNames = { kind: 'fixAll', field: 'name', fix: 'unaccent-upper' } as const;
const names = async (engine: ReturnType<typeof open>['engine'], batchId: string) => valueOf(await call(engine, 'batch.get', { batchId, offset: 0, limit: 500 })).rows.map((r) => r.payee.name);

// A bulk change applied right after its preview takes the rows the preview worked out; these
// say that it is always the change as the rows now stand, however the two were interleaved.
describe('a change applied after its preview', () => {
  it('is what the preview showed, written so that it survives a restart and can be undone', async () => {
    const { engine, dataDir } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5, 'Trần Thị Ánh'), row(6, 'Lê Văn Cường'), row(7, 'NGUYEN VAN AN')]);
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: fixNames, preview: true })).rows).toBe(2);
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: fixNames }))).toMatchObject({ rows: 2, undo: { kind: 'fixAll', rows: 2 }, tally: { errors: 0 } });
    await engine.close();

    const again = open(dataDir).engine;
    await checked(again, batchId);
    expect(await names(again, batchId)).toEqual(['TRAN THI ANH', 'LE VAN CUONG', 'NGUYEN VAN AN']);
    valueOf(await call(again, 'batch.edit', { batchId, change: await undoOffered(again, batchId) }));
    expect(await names(again, batchId)).toEqual(['Trần Thị Ánh', 'Lê Văn Cường', 'NGUYEN VAN AN']);
    await again.close();
  });

  it('takes in a row changed between the preview and the apply', async () => {
    const { engine } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5, 'Trần Thị Ánh'), row(6, 'Lê Văn Cường'), row(7, 'NGUYEN VAN AN')]);
    valueOf(await call(engine, 'batch.edit', { batchId, change: fixNames, preview: true }));
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 1, field: 'name', text: 'Phạm Văn Đức' } }));
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 2, field: 'name', text: 'Võ Thị Sáu' } }));
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: fixNames })).rows).toBe(3);
    expect(await names(engine, batchId)).toEqual(['TRAN THI ANH', 'PHAM VAN DUC', 'VO THI SAU']);
    await engine.close();
  });

  it('applies the change asked for, not the one previewed, and only once', async () => {
    const { engine } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5, 'Trần Thị Ánh'), row(6, 'Lê Văn Cường')]);
    valueOf(await call(engine, 'batch.edit', { batchId, change: fixNames, preview: true }));
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'excludeAll', code: null } })).rows).toBe(2);
    expect(await names(engine, batchId)).toEqual(['Trần Thị Ánh', 'Lê Văn Cường']);
    // Excluded rows are out of a bulk fix: the preview's plan is not applied behind the exclusion.
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: fixNames })).rows).toBe(0);
    expect(await names(engine, batchId)).toEqual(['Trần Thị Ánh', 'Lê Văn Cường']);
    await engine.close();
  });

  it('is worked out again for another batch previewed meanwhile', async () => {
    const { engine } = open();
    const first = await draftOf(engine, 'appotapay', [row(5, 'Trần Thị Ánh')], 'c'.repeat(64));
    const second = await draftOf(engine, 'appotapay', [row(5, 'Lê Văn Cường'), row(6, 'Đỗ Văn Bảy')], 'd'.repeat(64));
    valueOf(await call(engine, 'batch.edit', { batchId: second, change: fixNames, preview: true }));
    expect(valueOf(await call(engine, 'batch.edit', { batchId: first, change: fixNames })).rows).toBe(1);
    expect(await names(engine, first)).toEqual(['TRAN THI ANH']);
    expect(await names(engine, second)).toEqual(['Lê Văn Cường', 'Đỗ Văn Bảy']);
    await engine.close();
  });

  it('keeps what the import said about a cell through a change to another cell, its undo and a restart', async () => {
    const { engine, dataDir } = open();
    const unread = { ...row(5, 'Trần Thị Ánh'), issues: [{ field: 'amount' as const, column: 'Số tiền', severity: 'error' as const, code: 'amount_too_precise', message: 'Row 5, column Số tiền: 100000.5 has decimals.', params: { written: '100000.5' } }] };
    const batchId = await draftOf(engine, 'appotapay', [{ ...unread, payee: { ...unread.payee, amount: null } }]);
    const first = async (on = engine) => valueOf(await call(on, 'batch.get', { batchId, offset: 0, limit: 1 })).rows[0];
    valueOf(await call(engine, 'batch.edit', { batchId, change: fixNames }));
    expect(await first()).toMatchObject({ payee: { name: 'TRAN THI ANH', amount: null }, written: { amount: '100000.5' } });
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 0, field: 'amount', text: '100.000' } }));
    await engine.close();

    const again = open(dataDir).engine;
    await checked(again, batchId);
    expect(await first(again)).toMatchObject({ payee: { name: 'TRAN THI ANH', amount: 100_000 }, written: {}, state: 'ok' });
    valueOf(await call(again, 'batch.edit', { batchId, change: await undoOffered(again, batchId) }));
    expect(await first(again)).toMatchObject({ payee: { name: 'TRAN THI ANH', amount: null }, written: { amount: '100000.5' }, state: 'error' });
    valueOf(await call(again, 'batch.edit', { batchId, change: await undoOffered(again, batchId) }));
    expect(await first(again)).toMatchObject({ payee: { name: 'Trần Thị Ánh', amount: null }, written: { amount: '100000.5' } });
    await again.close();
  });
});
