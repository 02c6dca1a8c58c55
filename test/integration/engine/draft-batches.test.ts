import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../../electron/engine/batches/draft-store.js';
import { openDatabase } from '../../../electron/engine/store/database.js';
import { durable } from '../../../electron/engine/send/durability.js';
import { migrations } from '../../../electron/engine/store/migrations.js';
import Database from 'better-sqlite3';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { call, checked, draftOf, importedRow, undoOffered, valueOf } from '../../support/drafts.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const open = (dataDir = tempDir()) => ({ dataDir, engine: createEngine({ dataDir, keyStore: createMemoryKeyStore() }) });
const row = (n: number, overrides: Parameters<typeof importedRow>[2] = {}) => importedRow('appotapay', n, overrides);
const page = async (engine: ReturnType<typeof open>['engine'], batchId: string, filter: Parameters<typeof call<'batch.get'>>[2]['filter'] = 'all') => valueOf(await call(engine, 'batch.get', { batchId, filter, offset: 0, limit: 500 }));

describe('draft batches', () => {
  it('keeps every change across an engine restart, with the imported value beside the edited one', async () => {
    const { engine, dataDir } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5, { amount: 15_000_000 }), row(6, { name: 'Nguyễn Văn Bình' }), row(7)]);
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 0, field: 'amount', text: '15.100.000' } }));
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'fix', index: 1, field: 'name', fix: 'unaccent-upper' } }));
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'exclude', index: 2, excluded: true } }));
    await engine.close();

    const again = open(dataDir).engine;
    expect(valueOf(await call(again, 'batch.list', {}))).toEqual([expect.objectContaining({ batchId, status: 'draft', rowCount: 3, total: 16_600_000 })]);
    const view = await checked(again, batchId);
    expect(valueOf(await call(again, 'batch.list', {}))[0]?.total).toBe(16_600_000);
    expect(view.tally).toMatchObject({ rows: 3, valid: 2, errors: 0, excluded: 1, total: 16_600_000 });
    const { rows } = await page(again, batchId);
    expect(rows[0]).toMatchObject({ row: 5, payee: { amount: 15_100_000 }, original: { amount: 15_000_000 } });
    expect(rows[1]).toMatchObject({ row: 6, payee: { name: 'NGUYEN VAN BINH' }, original: { name: 'Nguyễn Văn Bình' }, state: 'ok' });
    expect(rows[2]).toMatchObject({ row: 7, excluded: true, state: 'excluded', original: {} });
    expect((await page(again, batchId, 'edited')).rows.map((r) => r.row)).toEqual([5, 6]);
    await again.close();
  });

  it('undoes only the change its offer named: a second click on the same offer takes back nothing more', async () => {
    const { engine } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5), row(6)]);
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 0, field: 'accountNo', text: '0011001111111' } }));
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 1, field: 'accountNo', text: '0011002222222' } }));
    const offer = (await checked(engine, batchId)).undo;
    expect(offer).toEqual({ kind: 'set', rows: 1, step: 2 });
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'undo', step: 2 } }))).toMatchObject({ rows: 1, undo: { step: 1 } });
    const twice = await call(engine, 'batch.edit', { batchId, change: { kind: 'undo', step: 2 } });
    expect(twice).toMatchObject({ ok: false, error: { code: 'refused', params: { reason: 'undo_moved' } } });
    // The first edit stands; only the second was taken back.
    expect((await page(engine, batchId)).rows.map((r) => r.payee.accountNo)).toEqual(['0011001111111', '1000006']);
    // An offer from before a newer change is refused too, and the newer change stands.
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 1, field: 'accountNo', text: '0011003333333' } }));
    expect(await call(engine, 'batch.edit', { batchId, change: { kind: 'undo', step: 1 } })).toMatchObject({ ok: false, error: { params: { reason: 'undo_moved' } } });
    expect((await page(engine, batchId)).rows[1]?.payee.accountNo).toBe('0011003333333');
    await engine.close();
  });

  it('undoes the last change, single or bulk, step by step, and says what the next undo is', async () => {
    const { engine } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5, { name: 'Trần Thị Ánh' }), row(6, { name: 'Lê Văn Cường' }), row(7)]);
    // Totalled as soon as it is checked, before any change: the Batches screen shows it.
    expect(valueOf(await call(engine, 'batch.list', {}))[0]?.total).toBe(4_500_000);
    const preview = valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'fixAll', field: 'name', fix: 'unaccent-upper' }, preview: true }));
    expect(preview).toEqual({ rows: 2, examples: [{ row: 5, field: 'name', before: 'Trần Thị Ánh', after: 'TRAN THI ANH' }, { row: 6, field: 'name', before: 'Lê Văn Cường', after: 'LE VAN CUONG' }], undo: null, tally: expect.objectContaining({ errors: 2 }) });
    // A preview changes nothing.
    expect((await checked(engine, batchId)).tally).toMatchObject({ errors: 2 });
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'fixAll', field: 'name', fix: 'unaccent-upper' } }))).toMatchObject({ rows: 2, undo: { kind: 'fixAll', rows: 2 } });
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 2, field: 'accountNo', text: '0011009999999' } }));
    expect((await checked(engine, batchId)).undo).toEqual({ kind: 'set', rows: 1, step: 2 });

    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: await undoOffered(engine, batchId) }))).toMatchObject({ rows: 1, undo: { kind: 'fixAll', rows: 2 } });
    expect((await page(engine, batchId)).rows[2]).toMatchObject({ payee: { accountNo: '1000007' }, original: {} });
    valueOf(await call(engine, 'batch.edit', { batchId, change: await undoOffered(engine, batchId) }));
    const after = await checked(engine, batchId);
    expect([after.tally?.errors, after.undo]).toEqual([2, null]);
    expect((await page(engine, batchId)).rows.map((r) => r.payee.name)).toEqual(['Trần Thị Ánh', 'Lê Văn Cường', 'NGUYEN VAN AN']);
    expect(await call(engine, 'batch.edit', { batchId, change: { kind: 'undo', step: 1 } })).toMatchObject({ ok: false, error: { code: 'refused', message: 'There is nothing to undo in this batch.' } });
    await engine.close();
  });

  it('excludes every row with an error, or with one chosen problem, counted first', async () => {
    const { engine } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5, { name: 'Nguyễn A' }), row(6, { bank: 'Ngân hàng Mặt Trăng' }), row(7), row(8, { bank: 'Ngân hàng Sao Hỏa' })]);
    const head = await checked(engine, batchId);
    expect(head.offers.problems).toEqual(expect.arrayContaining([{ code: 'bank_unknown', severity: 'error', count: 2 }]));
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'excludeAll', code: 'bank_unknown' }, preview: true })).rows).toBe(2);
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'excludeAll', code: 'bank_unknown' } }));
    expect((await page(engine, batchId, 'excluded')).rows.map((r) => r.row)).toEqual([6, 8]);
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'excludeAll', code: null } }));
    expect((await checked(engine, batchId)).tally).toMatchObject({ errors: 0, excluded: 3, valid: 1, total: 1_500_000 });
    await engine.close();
  });

  it('shows a value that could not be read as it was written', async () => {
    const { engine } = open();
    const unread = { ...row(5), payee: { ...row(5).payee, amount: null }, issues: [{ field: 'amount' as const, column: 'Số tiền', severity: 'error' as const, code: 'amount_too_precise', message: 'Row 5, column Số tiền: 100000.5 has decimals, but VND amounts are whole đồng.', params: { written: '100000.5' } }] };
    const batchId = await draftOf(engine, 'appotapay', [unread]);
    expect((await page(engine, batchId)).rows[0]).toMatchObject({ payee: { amount: null }, state: 'error', issues: [expect.objectContaining({ code: 'amount_too_precise', params: { written: '100000.5' } })], written: { amount: '100000.5' } });
    // Typing something that is not an amount is refused; the cell keeps what it had.
    expect(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 0, field: 'amount', text: '2,5 triệu' } })).toMatchObject({ ok: false, error: { code: 'refused', message: 'Row 5: "2,5 triệu" cannot be read as an amount in VND (type it like 1.500.000). The amount was not changed.' } });
    expect((await checked(engine, batchId)).undo).toBeNull();
    // Corrected: the imported cell is shown as it was written, not as "empty".
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 0, field: 'amount', text: '100000' } }));
    expect((await page(engine, batchId)).rows[0]).toMatchObject({ payee: { amount: 100_000 }, original: { amount: '100000.5' }, written: {} });
    await engine.close();
  });

  it('discards a draft: gone from the list, rows removed, no longer editable; an approved batch is read-only', async () => {
    const { engine } = open();
    const gone = await draftOf(engine, 'appotapay', [row(5)]);
    expect(valueOf(await call(engine, 'batch.discard', { batchId: gone }))).toEqual({ status: 'discarded' });
    expect(valueOf(await call(engine, 'batch.list', {}))).toEqual([]);
    expect(valueOf(await call(engine, 'batch.list', { includeDiscarded: true }))).toEqual([expect.objectContaining({ batchId: gone, status: 'discarded' })]);
    expect(await call(engine, 'batch.edit', { batchId: gone, change: { kind: 'exclude', index: 0, excluded: true } })).toMatchObject({ ok: false, error: { message: 'This batch is discarded and can no longer be changed.' } });

    const kept = await draftOf(engine, 'appotapay', [row(5)], 'e'.repeat(64));
    valueOf(await call(engine, 'batch.approve', { batchId: kept, typedTotal: '1.500.000' }));
    expect(await call(engine, 'batch.edit', { batchId: kept, change: { kind: 'exclude', index: 0, excluded: true } })).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await call(engine, 'batch.discard', { batchId: kept })).toMatchObject({ ok: false, error: { code: 'refused' } });
    // Still readable: its rows as approved.
    expect((await checked(engine, kept)).batch).toMatchObject({ status: 'approved', rowCount: 1 });
    expect((await page(engine, kept)).rows).toHaveLength(1);
    await engine.close();
  });

  it('forgets an import whose rows never all arrived (the window closed part way)', async () => {
    const { engine, dataDir } = open();
    const { batchId } = valueOf(await call(engine, 'batch.create', { provider: 'appotapay', currency: 'VND', fileName: 'half.csv', fileHash: 'f'.repeat(64), sheet: null, headerSignature: 'x', mapping: { name: 'Tên', accountNo: 'STK', bank: 'NH', amount: 'Tiền' }, amountFormat: 'auto', rowCount: 2 }));
    valueOf(await call(engine, 'batch.addRows', { batchId, rows: [row(5)] }));
    expect(valueOf(await call(engine, 'batch.list', {}))).toEqual([]);
    expect(await call(engine, 'batch.get', { batchId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call(engine, 'batch.addRows', { batchId, rows: [row(6), row(7)] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await engine.close();
    const again = open(dataDir).engine;
    expect(await call(again, 'batch.addRows', { batchId, rows: [row(6)] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await again.close();
  });

  it('refuses a draft whose mapping cannot be paid, whatever the window let through', async () => {
    const { engine } = open();
    const base = { provider: 'appotapay', currency: 'VND', fileName: 'x.csv', fileHash: 'a'.repeat(64), sheet: null, headerSignature: 'x', amountFormat: 'auto', rowCount: 1 } as const;
    expect(await call(engine, 'batch.create', { ...base, mapping: { name: 'Tên', accountNo: 'STK', bank: 'NH', amount: 'SĐT', phone: 'SĐT' } })).toMatchObject({ ok: false, error: { code: 'refused', params: { reason: 'column_mapped_twice', column: 'SĐT' } } });
    expect(await call(engine, 'batch.create', { ...base, mapping: { name: 'Tên', accountNo: 'STK', bank: 'NH' } })).toMatchObject({ ok: false, error: { params: { reason: 'amount_not_mapped' } } });
    expect(await call(engine, 'batch.create', { ...base, mapping: { name: 'Tên', accountNo: 'STK', amount: 'Tiền' } })).toMatchObject({ ok: false, error: { params: { reason: 'required_field_not_mapped', field: 'bank' } } });
    expect(await call(engine, 'batch.create', { ...base, currency: 'THB', mapping: { name: 'Tên', accountNo: 'STK', bank: 'NH', amount: 'Tiền' } })).toMatchObject({ ok: false, error: { params: { reason: 'currency_not_provider' } } });
    expect(valueOf(await call(engine, 'batch.list', {}))).toEqual([]);
    await engine.close();
  });

  it('pages the rows a filter matches, and names the earlier batches of the same file', async () => {
    const { engine } = open();
    const rows = Array.from({ length: 1200 }, (_, i) => row(i + 2, i % 3 === 0 ? { name: `Nguyễn ${i}` } : {}));
    const batchId = await draftOf(engine, 'appotapay', rows, 'a'.repeat(64));
    const second = valueOf(await call(engine, 'batch.get', { batchId, filter: 'errors', offset: 100, limit: 50 }));
    expect([second.matched, second.rows.length, second.rows[0]?.row, second.rows[0]?.index]).toEqual([400, 50, 302, 300]);
    // The next and the previous problem from a row, for the keyboard.
    const next = valueOf(await call(engine, 'batch.get', { batchId, filter: 'problems', near: { index: 301, direction: 'next' }, limit: 1 }));
    const previous = valueOf(await call(engine, 'batch.get', { batchId, filter: 'problems', near: { index: 300, direction: 'previous' }, limit: 1 }));
    expect([next.rows.map((r) => r.index), previous.rows.map((r) => r.index), next.matched]).toEqual([[303], [297], 400]);
    const { earlier } = valueOf(await call(engine, 'batch.create', { provider: 'appotapay', currency: 'VND', fileName: 'again.xlsx', fileHash: 'a'.repeat(64), sheet: null, headerSignature: 'x', mapping: { name: 'Tên', accountNo: 'STK', bank: 'NH', amount: 'Tiền' }, amountFormat: 'auto', rowCount: 1 }));
    expect(earlier).toEqual([expect.objectContaining({ batchId, fileName: 'Bảng lương T10.xlsx', status: 'draft' })]);
    await engine.close();
  });
});

describe('draft writes', () => {
  it('do not wait for the disk, and leave the connection waiting for it (synchronous=FULL) for what comes next', () => {
    const db = openDatabase(join(tempDir(), 'paybatch.sqlite'));
    const store = createDraftStore(db);
    store.create('00000000-0000-4000-8000-000000000001', { provider: 'appotapay', operation: 'payout', currency: 'VND', fileName: 'x.csv', fileHash: 'a'.repeat(64), sheet: null, headerSignature: 'x', mapping: {}, amountFormat: 'auto', rowCount: 1 });
    const seen: number[] = [];
    const pragma = db.pragma.bind(db);
    // Records the level each write ran at, through the connection the store itself uses.
    db.pragma = ((source: string, options?: { simple?: boolean }) => {
      if (source === 'synchronous = NORMAL') seen.push(1);
      return pragma(source, options);
    }) as typeof db.pragma;
    store.saveStep('00000000-0000-4000-8000-000000000001', 'exclude', [{ index: 0, field: null, before: { excluded: false }, after: { excluded: true } }], 0);
    store.saveUndo('00000000-0000-4000-8000-000000000001', 1, 0);
    expect(seen).toEqual([1, 1]);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.lastUndoable('00000000-0000-4000-8000-000000000001')).toBeNull();
    db.close();
  });
});

describe('draft writes beside the audit log', () => {
  it('leave the remembered level true, so the audit entry after a step is written without waiting for the disk', () => {
    const db = openDatabase(join(tempDir(), 'paybatch.sqlite'));
    const store = createDraftStore(db);
    store.create('00000000-0000-4000-8000-000000000001', { provider: 'appotapay', operation: 'payout', currency: 'VND', fileName: 'x.csv', fileHash: 'a'.repeat(64), sheet: null, headerSignature: 'x', mapping: {}, amountFormat: 'auto', rowCount: 1 });
    // The audit log's entry for the call before (batch.create) left the connection at NORMAL.
    durable(db, 'NORMAL');
    store.saveStep('00000000-0000-4000-8000-000000000001', 'exclude', [{ index: 0, field: null, before: { excluded: false }, after: { excluded: true } }], 0);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    // The step's own audit entry, as audit-log.ts writes it: NORMAL, not the FULL the step restored.
    durable(db, 'NORMAL');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });
});

describe('what the review found', () => {
  it('leaves a cell left as it was unchanged: its import warning stays, no step is recorded', async () => {
    const { engine } = open();
    const warned = { ...row(5), issues: [{ field: 'accountNo' as const, column: 'Số tài khoản', severity: 'warning' as const, code: 'account_stored_as_number', message: 'Row 5, column Số tài khoản: Excel stored this account number as a number.' }] };
    const batchId = await draftOf(engine, 'appotapay', [warned]);
    expect(valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 0, field: 'accountNo', text: '1000005' } }))).toMatchObject({ rows: 0, undo: null });
    expect((await checked(engine, batchId)).tally).toMatchObject({ warnings: 1 });
    // Changed and undone: the import's warning on that cell comes back with the old value.
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 0, field: 'accountNo', text: '0011009999' } }));
    expect((await checked(engine, batchId)).tally).toMatchObject({ warnings: 0 });
    valueOf(await call(engine, 'batch.edit', { batchId, change: await undoOffered(engine, batchId) }));
    expect((await page(engine, batchId)).rows[0]).toMatchObject({ payee: { accountNo: '1000005' }, issues: [expect.objectContaining({ code: 'account_stored_as_number' })] });
    await engine.close();
  });

  it('takes an edit back out when its step cannot be written, so nothing unsaved can be approved', async () => {
    const { engine, dataDir } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5), row(6)]);
    // The table the step goes to disappears under the engine (as a disk or lock failure would).
    const other = new Database(join(dataDir, 'paybatch.sqlite'));
    other.exec('ALTER TABLE draft_step RENAME TO draft_step_gone');
    expect(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 0, field: 'amount', text: '9.000.000' } })).toMatchObject({ ok: false, error: { code: 'internal' } });
    other.exec('ALTER TABLE draft_step_gone RENAME TO draft_step');
    other.close();
    expect((await page(engine, batchId)).rows[0]?.payee.amount).toBe(1_500_000);
    expect((await checked(engine, batchId)).tally?.total).toBe(3_000_000);
    expect(await call(engine, 'batch.approve', { batchId, typedTotal: '3.000.000' })).toMatchObject({ ok: true });
    await engine.close();
  });

  it('shows an approved batch as frozen, after a restart too, and does not check it against new limits', async () => {
    const { engine, dataDir } = open();
    const batchId = await draftOf(engine, 'appotapay', [row(5), row(6, { amount: 2_000_000 }), row(7)]);
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'exclude', index: 2, excluded: true } }));
    valueOf(await call(engine, 'batch.approve', { batchId, typedTotal: '3.500.000' }));
    await engine.close();
    const again = open(dataDir).engine;
    const limits = valueOf(await call(again, 'limits.get', { provider: 'appotapay' }));
    valueOf(await call(again, 'limits.set', { provider: 'appotapay', limits: { ...limits, maxAmount: 1_000_000 } }));
    const frozen = await checked(again, batchId);
    expect(frozen.tally).toMatchObject({ rows: 2, valid: 2, errors: 0, total: 3_500_000 });
    const db = new Database(join(dataDir, 'paybatch.sqlite'), { readonly: true });
    const paid = db.prepare('SELECT sheet_row, amount_minor FROM batch_row WHERE batch_id = ? ORDER BY seq').all(batchId);
    db.close();
    expect((await page(again, batchId)).rows.map((r) => ({ sheet_row: r.row, amount_minor: r.payee.amount }))).toEqual(paid);
    expect(await call(again, 'batch.edit', { batchId, change: { kind: 'exclude', index: 0, excluded: true } })).toMatchObject({ ok: false, error: { params: { reason: 'batch_locked' } } });
    await again.close();
  });
});

describe('upgrading a data folder', () => {
  it('opens a folder where the same content was approved twice before, recording the second as a repeat', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'paybatch.sqlite');
    const old = new Database(file);
    for (const sql of migrations.slice(0, 4)) old.exec(sql);
    old.pragma('user_version = 4');
    const insert = old.prepare("INSERT INTO batch (id, provider, currency, file_name, file_hash, row_count, total_minor, content_hash, status, approved_at) VALUES (?, 'appotapay', 'VND', ?, NULL, 1, 1500000, 'h', 'approved', ?)");
    insert.run('00000000-0000-4000-8000-00000000000a', 'a.xlsx', '2026-10-01T00:00:00Z');
    insert.run('00000000-0000-4000-8000-00000000000b', 'b.xlsx', '2026-10-02T00:00:00Z');
    old.prepare("INSERT INTO batch_row (batch_id, seq, sheet_row, order_id, payee_json, bank_code, account_type, amount_minor, status) VALUES ('00000000-0000-4000-8000-00000000000b', 1, 5, 'PB1', ?, 'VCB', NULL, 1500000, 'ready')").run(JSON.stringify(row(5).payee));
    old.close();
    const { engine } = open(dataDir);
    expect(valueOf(await call(engine, 'batch.list', {})).map((b) => [b.fileName, b.repeatOf])).toEqual([
      ['b.xlsx', '00000000-0000-4000-8000-00000000000a'],
      ['a.xlsx', null],
    ]);
    expect((await page(engine, '00000000-0000-4000-8000-00000000000b')).rows).toEqual([expect.objectContaining({ row: 5, payee: expect.objectContaining({ amount: 1_500_000 }) })]);
    await engine.close();
  });
});
