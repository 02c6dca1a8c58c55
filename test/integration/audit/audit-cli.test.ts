import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/audit-contract.js';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { runCli } from '../../support/cli-in-process.js';
import { quickPolicy } from '../../support/sending.js';
import { useTempDir } from '../../support/temp-dir.js';
import { paybatch, writeSomeHistory } from './audit-fixtures.js';

/**
 * `paybatch audit list|export` as a user runs them: each command once as the built CLI in its
 * own process; the rest of what they are asked through the same main in this process (in
 * English, as LANG=C would have it), a call each.
 */
const tempDir = useTempDir('paybatch-audit-');
beforeEach(() => {
  vi.stubEnv('LC_ALL', 'C');
});

async function seeded(): Promise<{ dataDir: string; batchId: string; entries: number }> {
  const dataDir = tempDir();
  const engine = createEngine({ dataDir, keyStore: createMemoryKeyStore(), sendPolicy: quickPolicy });
  try {
    return { dataDir, ...(await writeSomeHistory(engine)) };
  } finally {
    await engine.close();
  }
}

describe('paybatch audit list and export', () => {
  it('lists every entry oldest first, one per line; --json, --action and --batch (any unique start of its id) narrow it', async () => {
    const { dataDir, batchId, entries } = await seeded();
    const text = paybatch(['audit', 'list', '--data-dir', dataDir]);
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(entries);
    expect(lines[0]).toMatch(/^ {5}1 {2}\d{4}-\d\d-\d\dT\S+Z {2}batch\.create {6}[0-9a-f]{8} {2}currency=VND fileHash=a{64} fileName=Nháp\.xlsx operation=payout provider=appotapay rows=2 sheet=Lương$/);

    const json = await runCli(['audit', 'list', '--json', '--batch', batchId.slice(0, 8), '--data-dir', dataDir]);
    const listed = JSON.parse(json.stdout) as AuditEntry[];
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.every((e) => e.batchId === batchId)).toBe(true);
    expect(listed.map((e) => e.seq)).toEqual([...listed.map((e) => e.seq)].sort((x, y) => x - y));

    const approvals = JSON.parse((await runCli(['audit', 'list', '--json', '--action', 'batch.approve', '--data-dir', dataDir])).stdout) as AuditEntry[];
    expect(approvals).toEqual([expect.objectContaining({ action: 'batch.approve', batchId, details: expect.objectContaining({ rows: 4, currency: 'VND' }) })]);
    expect(JSON.parse((await runCli(['audit', 'list', '--json', '--action', 'keys.import', '--data-dir', dataDir])).stdout)).toEqual([]);
  });

  it('refuses what it cannot do, exit 2, saying how', async () => {
    const dataDir = tempDir();
    expect(await runCli(['audit', 'list', '--action', 'keys.status', '--data-dir', dataDir])).toMatchObject({ status: 2, stderr: expect.stringContaining('"keys.status" is not an action the audit log records') });
    expect(await runCli(['audit', 'export', '--data-dir', dataDir])).toMatchObject({ status: 2, stderr: expect.stringContaining('name the file to write with --out') });
    expect(await runCli(['audit', 'list', '--batch', 'ffffffff', '--data-dir', dataDir])).toMatchObject({ status: 2, stderr: expect.stringContaining('no batch in') });
    expect(await runCli(['audit', 'shred', '--data-dir', dataDir])).toMatchObject({ status: 2, stderr: expect.stringContaining('use: paybatch audit verify | list') });
  });

  it('exports CSV (UTF-8 with BOM, one line per entry with its hashes) over an existing file, and the export is itself recorded', async () => {
    const { dataDir, entries } = await seeded();
    const out = join(tempDir(), 'audit.csv');
    writeFileSync(out, 'an older export');
    const run = paybatch(['audit', 'export', '--out', out, '--data-dir', dataDir]);
    expect([run.status, run.stdout]).toEqual([0, `${entries} entries written to ${out}.\n`]);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('seq,at,action,batch_id,details,prev_hash,hash');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(entries + 2);
    expect(lines[1]).toMatch(/^1,\S+,batch\.create,[0-9a-f-]{36},"\{""currency"":""VND"",.*\}",0{64},[0-9a-f]{64}$/);
    // Each line's prev_hash is the line before's hash: the chain can be checked from the file.
    const cells = lines.slice(1, -1).map((line) => line.split(',').slice(-2));
    for (let i = 1; i < cells.length; i += 1) expect(cells[i]?.[0]).toBe(cells[i - 1]?.[1]);
    const last = JSON.parse((await runCli(['audit', 'list', '--json', '--action', 'audit.export', '--data-dir', dataDir])).stdout) as AuditEntry[];
    expect(last.at(-1)?.details).toMatchObject({ entries });
    expect((await runCli(['audit', 'verify', '--data-dir', dataDir])).status).toBe(0);
  });
});
