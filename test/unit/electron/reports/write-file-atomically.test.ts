import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../electron/engine/reports/write-file-atomically.js';
import { repoRoot } from '../../../support/paybatch-process.js';
import { useTempDir } from '../../../support/temp-dir.js';

const tempDir = useTempDir('paybatch-atomic-');
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const root = process.getuid?.() === 0;

describe('writing a report file atomically', () => {
  it('writes a new file, and replaces an existing one whole, keeping its permissions; no temporary file is left', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.csv');
    await writeFileAtomically(file, bytes('first'));
    expect(readFileSync(file, 'utf8')).toBe('first');
    chmodSync(file, 0o640);
    await writeFileAtomically(file, bytes('second, longer than the first'));
    expect(readFileSync(file, 'utf8')).toBe('second, longer than the first');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['report.csv']);
  });

  it('leaves a folder in the way as it was, and removes its temporary file', async () => {
    const dir = tempDir();
    const inTheWay = join(dir, 'report.xlsx');
    mkdirSync(inTheWay);
    writeFileSync(join(inTheWay, 'keep.txt'), 'kept');
    await expect(writeFileAtomically(inTheWay, bytes('new'))).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST|EPERM)$/) });
    expect(readFileSync(join(inTheWay, 'keep.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });

  it('fails in a folder that does not exist, creating nothing', async () => {
    const dir = tempDir();
    await expect(writeFileAtomically(join(dir, 'missing', 'report.csv'), bytes('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(root || process.platform === 'win32')('fails in a read-only folder, the existing file untouched', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.csv');
    writeFileSync(file, 'old report');
    chmodSync(dir, 0o555);
    try {
      await expect(writeFileAtomically(file, bytes('new report'))).rejects.toMatchObject({ code: 'EACCES' });
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(readFileSync(file, 'utf8')).toBe('old report');
    expect(readdirSync(dir)).toEqual(['report.csv']);
  });

  // The disk refuses the bytes half-way (a file-size limit stands in for a full disk): the
  // report already there is whole and unchanged, and the half-written temporary file is gone.
  it.skipIf(process.platform === 'win32')('fails half-way through the write with the existing file untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'report.xlsx');
    writeFileSync(file, 'the report written yesterday');
    const writer = fileURLToPath(new URL('../../../../electron/engine/reports/write-file-atomically.ts', import.meta.url));
    const script = `import { writeFileAtomically } from ${JSON.stringify(writer)};
      writeFileAtomically(${JSON.stringify(file)}, new Uint8Array(1 << 20).fill(65)).then(() => console.log('written'), (error) => console.log(error.code));`;
    // ulimit -f counts 512-byte blocks in POSIX sh: 64 KiB, well under the 1 MiB written.
    const run = spawnSync('sh', ['-c', `ulimit -f 128 && exec "${process.execPath}" --import tsx --input-type=module -e "$0"`, script], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    expect(run.stdout.trim(), run.stderr).toBe('EFBIG');
    expect(readFileSync(file, 'utf8')).toBe('the report written yesterday');
    expect(readdirSync(dir)).toEqual(['report.xlsx']);
  });
});
