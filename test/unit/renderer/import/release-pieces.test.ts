import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { releaseToClosedPort } from '../../../../renderer/src/import/release-pieces.js';
import { readWorkbookSax, workbookReaderWithin } from '../../../../shared/import/xlsx/read-workbook-sax.js';
import { zipLimits } from '../../../../shared/import/zip-guard.js';

const payroll = new Uint8Array(readFileSync(new URL('../../../fixtures/payroll-libreoffice.xlsx', import.meta.url)));

describe('inflated pieces handed back once parsed', () => {
  it('are never read again: a reader that wipes each piece it hands back reads every cell the same', async () => {
    let wiped = 0;
    const wiping = workbookReaderWithin(zipLimits, (piece) => {
      piece.fill(0x3c);
      wiped += 1;
    });
    expect(await wiping(payroll, 'payroll.xlsx')).toStrictEqual(await readWorkbookSax(payroll, 'payroll.xlsx'));
    expect(wiped).toBeGreaterThan(0);
  });

  it('detach whole buffers in batches, and never a view into a larger buffer (the file’s own bytes)', () => {
    const release = releaseToClosedPort();
    const file = new Uint8Array(1024);
    const pieces = Array.from({ length: 8 }, () => new Uint8Array(64));
    release(file.subarray(0, 64));
    for (const piece of pieces.slice(0, 7)) release(piece);
    expect(pieces.every((piece) => piece.buffer.byteLength === 64)).toBe(true);
    release(pieces[7]!);
    expect(pieces.every((piece) => piece.buffer.byteLength === 0)).toBe(true);
    expect(file.buffer.byteLength).toBe(1024);
  });
});
