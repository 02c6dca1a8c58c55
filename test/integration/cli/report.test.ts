import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import { runCli } from '../../support/cli-in-process.js';
import { call, draftOf, importedRow, valueOf } from '../../support/drafts.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { approvedBatch, approvedBatchOf, checkedToSend, quickPolicy } from '../../support/sending.js';
import { useTempDir } from '../../support/temp-dir.js';
import { cellAt, headerOf, readXlsx } from '../../unit/electron/reports/xlsx-read-back.js';

const tempDir = useTempDir('paybatch-report-');
const bin = join(repoRoot, 'bin', 'paybatch.js');
const root = process.getuid?.() === 0;

beforeEach(() => {
  vi.stubEnv('LC_ALL', 'en_GB.UTF-8');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A data folder holding one HiTechPAY batch sent in Practice (a row paid, a row refused), made through the contract and closed. */
async function dataDirWithSentBatch(): Promise<{ dataDir: string; batchId: string }> {
  const dataDir = tempDir();
  const engine = createEngine({ dataDir, keyStore: createMemoryKeyStore(), sendPolicy: quickPolicy });
  try {
    const { batchId } = await approvedBatchOf(engine, 'hitechpay', [
      { name: '=1+1', phone: '0912000001', amount: 1_000_000 },
      { phone: reserved.phoneWithoutWallet, amount: 2_000_000 },
    ]);
    await checkedToSend(engine, batchId);
    valueOf(await call(engine, 'send.start', { batchId, environment: 'practice' }));
    await engine.send.idle(batchId);
    return { dataDir, batchId };
  } finally {
    await engine.close();
  }
}

describe('paybatch report', () => {
  it('writes the .xlsx named, from a unique start of the batch id, and says so; --json for programs', async () => {
    const { dataDir, batchId } = await dataDirWithSentBatch();
    const folder = tempDir();
    const file = join(folder, 'ket-qua.xlsx');
    const run = await runCli(['report', batchId.slice(0, 6), '--out', file, '--data-dir', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Wrote the result report of batch ${batchId.slice(0, 8)} (2 rows) to ${file}.\n`);
    const book = readXlsx(readFileSync(file));
    expect(book.sheets.map((s) => s.name)).toEqual(['Results', 'Summary']);
    const results = book.sheets[0];
    if (!results) throw new Error('no sheet');
    expect(headerOf(results).slice(8, 11)).toEqual(['Sheet row', 'Order id', 'Status']);
    expect(cellAt(results, 'A2')?.value).toBe("'=1+1");
    expect([cellAt(results, 'K2')?.value, cellAt(results, 'K3')?.value]).toEqual(['Succeeded', 'Refused']);
    expect(readdirSync(folder)).toEqual(['ket-qua.xlsx']);

    const csv = join(folder, 'KET-QUA.CSV');
    const json = await runCli(['report', batchId, '--out', csv, '--data-dir', dataDir, '--json']);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ batchId, file: csv, format: 'csv', rows: 2 });
    const bytes = readFileSync(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(lines.map((l) => l[10])).toEqual(['Status', 'Succeeded', 'Refused']);
  });

  it('replaces an existing report whole, leaving no temporary file', async () => {
    const { dataDir, batchId } = await dataDirWithSentBatch();
    const folder = tempDir();
    const file = join(folder, 'report.csv');
    writeFileSync(file, 'an older report');
    expect((await runCli(['report', batchId, '--out', file, '--data-dir', dataDir])).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^\uFEFF.*Status/);
    expect(readdirSync(folder)).toEqual(['report.csv']);
  });

  it('refuses what it cannot do before making anything, each in one line, exit 2', async () => {
    const { dataDir, batchId } = await dataDirWithSentBatch();
    const folder = tempDir();
    const cases: Array<[string[], string]> = [
      [['report', batchId], 'paybatch report: name the batch and the file: paybatch report BATCH --out FILE.xlsx|FILE.csv (see "paybatch batches").'],
      [['report', '--out', join(folder, 'r.xlsx')], 'paybatch report: name the batch and the file: paybatch report BATCH --out FILE.xlsx|FILE.csv (see "paybatch batches").'],
      [['report', batchId, '--out', join(folder, 'r.pdf')], `paybatch report: the report is written as .xlsx or .csv, and "${join(folder, 'r.pdf')}" ends in neither.`],
      [['report', batchId, '--out', join(folder, 'missing', 'r.xlsx')], `paybatch report: the folder ${join(folder, 'missing')} does not exist. Create it, or choose another place for the report.`],
      [['report', 'ffff', '--out', join(folder, 'r.xlsx'), '--data-dir', dataDir], `paybatch report: There is no batch "ffff" in ${dataDir}. Run "paybatch batches" to list them.`],
    ];
    for (const [args, said] of cases) {
      const run = await runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toBe(`${said}\n`);
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a folder in the way of the file is left as it was', async () => {
    const { dataDir, batchId } = await dataDirWithSentBatch();
    const folder = tempDir();
    const inTheWay = join(folder, 'report.xlsx');
    mkdirSync(inTheWay);
    writeFileSync(join(inTheWay, 'keep.txt'), 'kept');
    const run = await runCli(['report', batchId, '--out', inTheWay, '--data-dir', dataDir]);
    expect(run).toMatchObject({ status: 2, stderr: `paybatch report: ${inTheWay} is a folder. Give the report a file name ending in .xlsx or .csv.\n` });
    expect(readdirSync(folder)).toEqual(['report.xlsx']);
    expect(readFileSync(join(inTheWay, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it.skipIf(root || process.platform === 'win32')('a folder it may not write in is named, and the report already there is untouched', async () => {
    const { dataDir, batchId } = await dataDirWithSentBatch();
    const folder = tempDir();
    const file = join(folder, 'report.xlsx');
    writeFileSync(file, 'yesterday’s report');
    chmodSync(folder, 0o555);
    try {
      const run = await runCli(['report', batchId, '--out', file, '--data-dir', dataDir]);
      expect(run).toMatchObject({ status: 2, stderr: `paybatch report: Paybatch may not write in ${folder} (EACCES). Choose a folder you can write to.\n` });
    } finally {
      chmodSync(folder, 0o755);
    }
    expect(readFileSync(file, 'utf8')).toBe('yesterday’s report');
    expect(readdirSync(folder)).toEqual(['report.xlsx']);
  });

  it('a batch never approved has no report', async () => {
    const dataDir = tempDir();
    const engine = createEngine({ dataDir, keyStore: createMemoryKeyStore() });
    const draft = await draftOf(engine, 'appotapay', [importedRow('appotapay', 2)]);
    await engine.close();
    const file = join(tempDir(), 'r.xlsx');
    const run = await runCli(['report', draft, '--out', file, '--data-dir', dataDir]);
    expect(run).toMatchObject({ status: 2, stderr: 'paybatch report: This batch was never approved, so nothing of it was sent and there is no result to export.\n' });
    expect(existsSync(file)).toBe(false);
  });

  it('as its own process, in the language of LANG: the report and the line saying so in Vietnamese', async () => {
    const { dataDir, batchId } = await dataDirWithSentBatch();
    const file = join(tempDir(), 'báo cáo.xlsx');
    const env = { ...process.env, LANG: 'vi_VN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const run = spawnSync(process.execPath, [bin, 'report', batchId.slice(0, 8), '--out', file, '--data-dir', dataDir], { cwd: repoRoot, encoding: 'utf8', env, timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Đã ghi báo cáo kết quả của lô ${batchId.slice(0, 8)} (2 dòng) vào ${file}.\n`);
    const book = readXlsx(readFileSync(file));
    expect(book.sheets.map((s) => s.name)).toEqual(['Kết quả', 'Tổng hợp']);
    expect(cellAt(book.sheets[0]!, 'K2')?.value).toBe('Thành công');
  });

  // The disk refuses the report half-way (a file-size limit stands in for a full disk): the
  // report already at that name is whole and unchanged, and no half-written file is left.
  it.skipIf(process.platform === 'win32')('as its own process, a write that fails half-way leaves the report already there untouched', async () => {
    const dataDir = tempDir();
    const engine = createEngine({ dataDir, keyStore: createMemoryKeyStore() });
    // A CSV of 3,000 rows is about 600 KB, past the 256 KB allowed below; opening the data folder writes less.
    const { batchId } = await approvedBatch(engine, 'appotapay', 3_000);
    await engine.close();
    const folder = tempDir();
    const file = join(folder, 'report.csv');
    writeFileSync(file, 'the report written yesterday');
    const run = spawnSync('sh', ['-c', `ulimit -f 512 && exec "${process.execPath}" "$0" report "$1" --out "$2" --data-dir "$3"`, bin, batchId, file, dataDir], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe(`paybatch report: the report could not be written to ${file} (EFBIG). A file already there is left as it was.\n`);
    expect(run.status).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('the report written yesterday');
    expect(readdirSync(folder)).toEqual(['report.csv']);
  });
});
