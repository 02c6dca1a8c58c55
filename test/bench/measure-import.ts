// One measurement in a fresh process, so its peak memory is its own. Prints one JSON line.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { importFile } from '../../shared/import/import-file.js';
import { readWorkbookSax } from '../../shared/import/xlsx/read-workbook-sax.js';

const [mode, file] = process.argv.slice(2);
if (!mode || !file) throw new Error('usage: measure-import <exceljs-load|papaparse|ours> FILE');

const started = performance.now();
let rows = 0;
if (mode === 'exceljs-load') {
  const workbook = new ExcelJS.Workbook();
  // As read-workbook.ts hands it over (exceljs types a Buffer narrower than Node 20 gives).
  await workbook.xlsx.load(new Uint8Array(await readFile(file)).buffer);
  rows = workbook.worksheets[0]?.actualRowCount ?? 0;
} else if (mode === 'papaparse') {
  rows = Papa.parse<string[]>(await readFile(file, 'utf8')).data.length;
} else if (mode === 'ours') {
  const bytes = await readFile(file);
  const result = await importFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(file), {}, readWorkbookSax);
  rows = result.rows.length;
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ mode, ms, rows, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
