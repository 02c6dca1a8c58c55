import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeJsonObject } from '../../../../electron/cli/json-stream.js';
import { captured } from '../../../support/cli-in-process.js';
import type { JsonBytes } from '../../../../electron/cli/json-bytes.js';

const asValue = (item: unknown, json: JsonBytes): void => json.value(item);

describe('writeJsonObject', () => {
  it('writes the document JSON.stringify would, fields in order, listed items one per line', async () => {
    const out = captured();
    const json = writeJsonObject(out.stream);
    await json.field('file', 'Bảng lương.xlsx');
    await json.field('sheets', [{ name: 'Lương', rows: 2 }]);
    await json.field('skipped', undefined);
    await json.list('excludedRows', [], asValue);
    await json.list('rows', [{ row: 2, name: 'Nguyễn "An"\n' }, { row: 3, name: '😀' }], asValue);
    await json.field('summary', { rows: 2 });
    await json.end();
    const text = out.text();
    expect(JSON.parse(text)).toEqual({ file: 'Bảng lương.xlsx', sheets: [{ name: 'Lương', rows: 2 }], excludedRows: [], rows: [{ row: 2, name: 'Nguyễn "An"\n' }, { row: 3, name: '😀' }], summary: { rows: 2 } });
    expect(Object.keys(JSON.parse(text))).toEqual(['file', 'sheets', 'excludedRows', 'rows', 'summary']);
    expect(text).toContain('\n    {"row":2,"name":"Nguyễn \\"An\\"\\n"},\n    {"row":3,"name":"😀"}\n  ]');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('an empty object is {}', async () => {
    const out = captured();
    await writeJsonObject(out.stream).end();
    expect(out.text()).toBe('{}\n');
  });

  it('waits for a full output to drain, and loses nothing', async () => {
    // A tiny buffer that answers each write later: every piece fills it.
    const out = captured(1);
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ row: i + 2, name: `Trần Thị ${i}`, note: 'x'.repeat(i % 50) }));
    const json = writeJsonObject(out.stream);
    await json.list('rows', rows, asValue);
    await json.end();
    expect(out.writes()).toBeGreaterThan(2);
    expect(JSON.parse(out.text())).toEqual({ rows });
  });

  it('fails rather than waits forever when the output goes away', async () => {
    // A reader that takes the first piece and never another, then goes away (a closed pipe).
    // Nothing is written after it is gone, so no late callback of the test's stream can race.
    const out = new Writable({ highWaterMark: 1, write: () => undefined });
    // As run-cli.ts listens on stdout: the stream's own error is not the writer's to report.
    out.on('error', () => {});
    const json = writeJsonObject(out);
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ row: i, text: 'y'.repeat(100) }));
    const writing = json.list('rows', rows, asValue);
    setImmediate(() => out.destroy(new Error('EPIPE')));
    await expect(writing).rejects.toThrow('EPIPE');
  });

  it('a text longer than a piece goes out whole', async () => {
    const out = captured();
    const json = writeJsonObject(out.stream);
    const long = 'ắ'.repeat(300_000);
    await json.field('long', long);
    await json.end();
    expect(JSON.parse(out.text())).toEqual({ long });
  });
});
