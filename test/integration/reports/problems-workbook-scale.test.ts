import { describe, expect, it } from 'vitest';
import { writeProblemsWorkbook } from '../../../electron/engine/reports/problems-workbook.js';
import type { CheckedRow } from '../../../shared/review/check-rows.js';
import { importWith, workbookReaders } from '../../support/import-readers.js';
import { problemMapping, problemRows } from '../../support/problem-rows.js';

const count = 100_000;
const mapping = problemMapping;

// Measured on the two-core development machine (Node 20, under vitest): 75–90 MB of resident
// memory above the checked rows themselves. The bound is some three times that: it catches a
// writer that holds every row as cell objects or a shared-string table (which alone doubled
// the peak). How long it takes is a figure of `npm run bench` (test/bench/measure-problems-workbook.ts).
const maxGrowthMb = 270;

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

describe('problems workbook at 100,000 rows', () => {
  it('is written in bounded time and memory, and re-imports every row', { timeout: 180_000 }, async () => {
    const rows = problemRows(count);
    expect(rows.every((r) => r.state === 'error')).toBe(true);

    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    // Sampled as the writer pulls rows: the peak while it works, not only what is left after.
    function* sampled(): Generator<CheckedRow> {
      for (let i = 0; i < rows.length; i += 1) {
        if (i % 1_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
        yield rows[i] as CheckedRow;
      }
    }
    const bytes = await writeProblemsWorkbook({ fileName: 'Bảng lương T10.xlsx', currency: 'VND', mapping, rows: sampled() });
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(`problems workbook, ${count.toLocaleString('en-US')} rows: rss +${mb(peak - baseline)} MB at peak, file ${mb(bytes.length)} MB`);
    expect(mb(peak - baseline)).toBeLessThan(maxGrowthMb);

    const [, sax] = workbookReaders[1] ?? [];
    if (!sax) throw new Error('no SAX reader');
    const result = await importWith(sax)(bytes, 'problems.xlsx');
    expect(result.rows).toHaveLength(count);
    expect(result.mapping).toEqual(mapping);
    const last = result.rows.at(-1)?.payee;
    const lastWritten = rows.at(-1)?.payee;
    expect([last?.name, last?.accountNo, last?.amount, last?.phone]).toEqual([lastWritten?.name, lastWritten?.accountNo, lastWritten?.amount, lastWritten?.phone]);
  });
});
