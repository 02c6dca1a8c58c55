// The xlsx baseline: a process that reads every cell with exceljs's streaming reader, set up as
// our reader sets it up (shared strings and styles kept, the rest ignored), and writes nothing.
import ExcelJS from 'exceljs';

const file = process.argv[2];
if (!file) throw new Error('usage: bare-exceljs-stream FILE.xlsx');
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
let cells = 0;
for await (const worksheet of reader) {
  for await (const row of worksheet) row.eachCell(() => (cells += 1));
}
