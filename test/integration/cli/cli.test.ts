import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-in-process.js';
import { repoRoot, runPaybatch, stop, useServe } from '../../support/paybatch-process.js';
import { useTempDir } from '../../support/temp-dir.js';

const version: string = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version;
const tempDir = useTempDir();
const serve = useServe();

describe('paybatch CLI', () => {
  it('--version prints the package version', async () => {
    expect(await runCli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists the commands', async () => {
    const result = await runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('paybatch serve');
    expect(result.stdout).toContain('--version');
  });

  it('an unknown command exits 2 and says how to get help', async () => {
    const result = await runCli(['pay-everyone']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "pay-everyone"');
    expect(result.stderr).toContain('paybatch --help');
  });

  it('an unknown option exits 2 with a message, not a stack trace', async () => {
    const result = await runCli(['serve', '--prot', '5199']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^paybatch: .*--prot/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('serve refuses a port that is not a number', async () => {
    const result = await runCli(['serve', '--port', 'abc']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port must be a whole number');
  });

  it('as a process: prints the version and exits 0; an unknown command exits 2', () => {
    expect(runPaybatch(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(runPaybatch(['pay-everyone'])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('unknown command') });
  });
});

describe('paybatch serve', () => {
  it('prints the app address with a token, answers with it, and stops cleanly', async () => {
    const dataDir = join(tempDir(), 'data');
    const served = await serve(['--port', '0', '--data-dir', dataDir]);
    const res = await fetch(`${served.origin}/api/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${served.token}` } });
    expect(await res.json()).toMatchObject({ ok: true, value: { dataDir, version } });
    expect((await fetch(`${served.origin}/api/app.info`, { method: 'POST' })).status).toBe(401);
    const page = await fetch(`${served.origin}/`);
    expect(await page.text()).toContain('<div id="root">');
    expect(await stop(served.child)).toBe(0);
  });

  it('says so when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = await runCli(['serve', '--port', String(port), '--data-dir', tempDir()]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
