import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inProcessEngineHost } from '../../../electron/engine/host/engine-host.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { startHost, type Host } from '../../../electron/host/host-server.js';
import { rawRequest } from '../../support/http.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * Links on a real disk, served by a real host over loopback: a name inside the renderer folder
 * must not be enough when the link behind it points elsewhere. The key store is not the
 * subject, so the in-memory one stands in (STYLE.md §4).
 */
const tempDir = useTempDir('paybatch-links-');
const open: Host[] = [];
afterEach(async () => {
  for (const host of open.splice(0)) await host.close();
});

/** A renderer folder with one link of each kind, and a secret folder beside it. */
function layout() {
  const root = tempDir();
  const rendererDir = join(root, 'renderer');
  const outside = join(root, 'outside');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Paybatch</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(outside, 'secret.txt'), 'outside the renderer folder');
  symlinkSync(join(outside, 'secret.txt'), join(rendererDir, 'assets', 'leak.js'));
  symlinkSync(outside, join(rendererDir, 'linked'), 'dir');
  symlinkSync(join(rendererDir, 'assets', 'app.js'), join(rendererDir, 'alias.js'));
  symlinkSync(rendererDir, join(root, 'renderer-link'), 'dir');
  return { root, rendererDir };
}

async function serve(rendererDir: string, dataDir: string): Promise<Host> {
  const engine = inProcessEngineHost({ dataDir, keyStore: createMemoryKeyStore() });
  const host = await startHost({ engine, rendererDir });
  open.push(host);
  return host;
}

describe('browser host: links in the renderer folder', () => {
  it.each(['/assets/leak.js', '/linked/secret.txt'])('does not follow %s out of the folder', async (path) => {
    const { root, rendererDir } = layout();
    const host = await serve(rendererDir, join(root, 'data'));
    const res = await rawRequest(host.port, { path });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the renderer folder');
  });

  it('serves a link whose target stays inside the folder', async () => {
    const { root, rendererDir } = layout();
    const host = await serve(rendererDir, join(root, 'data'));
    const res = await rawRequest(host.port, { path: '/alias.js' });
    expect([res.status, res.body]).toEqual([200, 'console.log(1)']);
  });

  it('serves from a renderer folder that is itself a link, and still refuses links out of it', async () => {
    const { root } = layout();
    const host = await serve(join(root, 'renderer-link'), join(root, 'data'));
    expect((await rawRequest(host.port, { path: '/' })).body).toContain('<title>Paybatch</title>');
    expect((await rawRequest(host.port, { path: '/assets/leak.js' })).status).toBe(404);
  });
});
