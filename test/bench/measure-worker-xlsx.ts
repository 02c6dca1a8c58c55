// The worker's workbook reader against the two exceljs readers, all in Node, each in a fresh
// process so its peak memory is its own.
//   node --import tsx test/bench/measure-worker-xlsx.ts [FILE.xlsx] [--rows N] [--runs N]
// Without FILE, writes the benchmark's payroll (make-payroll-files.ts) to a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const readers = {
  sax: 'SAX reader (worker, new)',
  'exceljs-memory': 'exceljs in memory (worker, before)',
  'exceljs-stream': 'exceljs streaming (Node CLI)',
} as const;
type Mode = keyof typeof readers;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

if (option('--measure')) await measure(option('--measure') as Mode, args[0] ?? '');
else await compare();

/** One reading in this process; prints one JSON line. */
async function measure(mode: Mode, file: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const reader =
    mode === 'sax'
      ? (await import('../../shared/import/xlsx/read-workbook-sax.js')).readWorkbookSax
      : mode === 'exceljs-memory'
        ? (await import('../../shared/import/read-workbook.js')).readWorkbookInMemory
        : (await import('../../electron/engine/import/read-workbook-stream.js')).readWorkbookStreaming;
  const baseline = process.memoryUsage().rss;
  const started = performance.now();
  const read = await reader(bytes, basename(file));
  const ms = performance.now() - started;
  const held = process.memoryUsage();
  const rows = read.sheet.rows.filter(Boolean).length;
  process.stdout.write(`${JSON.stringify({ mode, ms, rows, peakRssMb: process.resourceUsage().maxRSS / 1024, baselineRssMb: baseline / 2 ** 20, heapUsedMb: held.heapUsed / 2 ** 20, heapTotalMb: held.heapTotal / 2 ** 20 })}\n`);
}

async function compare(): Promise<void> {
  const runs = Number(option('--runs') ?? 3);
  const given = args[0] && !args[0].startsWith('--') ? args[0] : undefined;
  const folder = given ? null : mkdtempSync(join(tmpdir(), 'paybatch-bench-'));
  try {
    const file = given ?? join(folder ?? '', 'payroll.xlsx');
    const script = fileURLToPath(import.meta.url);
    if (!given) {
      const rows = option('--rows') ?? '100000';
      execFileSync(process.execPath, ['--import', 'tsx', join(script, '../make-payroll-files.ts'), file, join(folder ?? '', 'payroll.csv'), rows], { stdio: 'inherit' });
    }
    console.log(`${basename(file)}: ${(readFileSync(file).length / 2 ** 20).toFixed(1)} MB, best of ${runs} runs per reader, each in a fresh process`);
    const modes = Object.keys(readers) as Mode[];
    const measured = new Map<Mode, Array<Record<string, number>>>(modes.map((mode) => [mode, []]));
    // Round by round, so a busy moment on a shared machine does not fall on one reader only.
    for (let run = 0; run < runs; run += 1) {
      for (const mode of modes) {
        const line = execFileSync(process.execPath, ['--import', 'tsx', script, file, '--measure', mode], { encoding: 'utf8' }).trim().split('\n').pop() ?? '{}';
        measured.get(mode)?.push(JSON.parse(line) as Record<string, number>);
      }
    }
    for (const mode of modes) {
      const results = measured.get(mode) ?? [];
      const best = (key: string) => Math.min(...results.map((r) => r[key] ?? Infinity));
      const times = results.map((r) => r['ms'] ?? Infinity).sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? Infinity;
      console.log(
        `${readers[mode].padEnd(36)} ${String(results[0]?.rows).padStart(7)} rows  ${(best('ms') / 1000).toFixed(2).padStart(6)} s (median ${(median / 1000).toFixed(2)} s)  peak RSS ${best('peakRssMb').toFixed(0).padStart(4)} MB (${best('baselineRssMb').toFixed(0)} MB before reading)  heap held ${best('heapUsedMb').toFixed(0).padStart(4)} MB of ${best('heapTotalMb').toFixed(0)} MB`,
      );
    }
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}
