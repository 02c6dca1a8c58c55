// npm run bench, part 5 (issue #11): "Download problems" at 100,000 rows with a problem each,
// the workbook the engine writes, against its target (an accountant waits for it: ≤ 6 s) and a
// baseline measured in the same run (checking those rows, which the engine has done before it
// writes them). Prints its line, then the result as JSON on the last line.
import { performance } from 'node:perf_hooks';
import { writeProblemsWorkbook } from '../../electron/engine/reports/problems-workbook.js';
import { problemMapping, problemRows } from '../support/problem-rows.js';

const count = 100_000;
const targetMs = 6000;

const checkStarted = performance.now();
const rows = problemRows(count);
const checkMs = performance.now() - checkStarted;
const started = performance.now();
const bytes = await writeProblemsWorkbook({ fileName: 'Bảng lương T10.xlsx', currency: 'VND', mapping: problemMapping, rows });
const ms = performance.now() - started;
const ok = ms <= targetMs;
console.log(`problems workbook, ${count.toLocaleString('en-US')} rows: ${(ms / 1000).toFixed(2)} s (target ≤ ${targetMs / 1000} s) ${ok ? 'OK' : 'MISSED'}; ratio to checking them ${(ms / checkMs).toFixed(2)} (${(checkMs / 1000).toFixed(2)} s); ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
console.log(JSON.stringify([{ label: 'problems workbook', ok }]));
