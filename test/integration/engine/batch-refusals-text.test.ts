import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { errorText } from '../../../shared/i18n/issue-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import type { ApiError } from '../../../shared/result.js';
import { acknowledgeWarnings, call, draftOf, importedRow, undoOffered, valueOf } from '../../support/drafts.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const row = (n: number, overrides: Parameters<typeof importedRow>[2] = {}) => importedRow('appotapay', n, overrides);

describe("the batches' refusals in every language", () => {
  it('say in English exactly what the engine says, and read fully in Vietnamese and Thai', async () => {
    const engine = createEngine({ dataDir: tempDir(), keyStore: createMemoryKeyStore() });
    const refusals: ApiError[] = [];
    const refused = (result: { ok: boolean; error?: ApiError }) => {
      if (result.ok || !result.error) throw new Error('expected a refusal');
      refusals.push(result.error);
    };
    const batchId = await draftOf(engine, 'appotapay', [row(5, { name: 'Nguyễn An' }), row(6)]);
    refused(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 7, field: 'name', text: 'X' } }));
    refused(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 0, field: 'amount', text: 'ba triệu' } }));
    refused(await call(engine, 'batch.edit', { batchId, change: { kind: 'fix', index: 1, field: 'name', fix: 'unaccent' } }));
    refused(await call(engine, 'batch.edit', { batchId, change: { kind: 'acknowledge', index: 1, code: 'duplicate_payee' } }));
    refused(await call(engine, 'batch.edit', { batchId, change: { kind: 'undo', step: 1 } }));
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'set', index: 1, field: 'description', text: 'Lương' } }));
    refused(await call(engine, 'batch.edit', { batchId, change: { kind: 'undo', step: 7 } }));
    valueOf(await call(engine, 'batch.edit', { batchId, change: await undoOffered(engine, batchId) }));
    refused(await call(engine, 'batch.approve', { batchId, typedTotal: '' }));
    valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'exclude', index: 0, excluded: true } }));
    refused(await call(engine, 'batch.approve', { batchId, typedTotal: '' }));
    refused(await call(engine, 'batch.approve', { batchId, typedTotal: '1' }));
    valueOf(await call(engine, 'batch.approve', { batchId, typedTotal: '1.500.000' }));
    refused(await call(engine, 'batch.approve', { batchId, typedTotal: '1.500.000' }));
    refused(await call(engine, 'batch.discard', { batchId }));
    refused(await call(engine, 'batch.edit', { batchId, change: { kind: 'exclude', index: 0, excluded: false } }));
    const again = await draftOf(engine, 'appotapay', [row(6)], 'c'.repeat(64));
    await acknowledgeWarnings(engine, again);
    refused(await call(engine, 'batch.approve', { batchId: again, typedTotal: '1.500.000' }));
    refused(await call(engine, 'batch.get', { batchId: '00000000-0000-4000-8000-00000000ffff' }));
    refused(await call(engine, 'batch.addRows', { batchId, rows: [row(9)] }));
    await engine.close();

    expect(refusals.map((r) => r.params?.['reason'])).toEqual(['no_such_row', 'typed_amount_unreadable', 'fix_outdated', 'no_warning_to_acknowledge', 'nothing_to_undo', 'undo_moved', 'blocked', 'total_mismatch', 'total_mismatch', 'not_draft', 'discard_not_draft', 'batch_locked', 'approved_before', 'batch_gone', 'import_closed']);
    for (const refusal of refusals) {
      expect(errorText(translator('en'), refusal)).toBe(refusal.message);
      for (const language of ['vi', 'th'] as const) expect(errorText(translator(language), refusal)).not.toMatch(/[{}]/);
    }
  });
});
