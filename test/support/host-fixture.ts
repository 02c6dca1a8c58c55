import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createEngine, type Engine } from '../../electron/engine/engine.js';
import { engineHostOf } from '../../electron/engine/host/engine-host.js';
import { createMemoryKeyStore } from '../../electron/engine/keys/memory-key-store.js';
import { startHost, type Host, type HostOptions } from '../../electron/host/host-server.js';
import { useTempDir } from './temp-dir.js';

/**
 * A real browser host on a free loopback port, with its own data folder and a tiny renderer
 * folder, closed after each test. The key store is not the subject of these tests, so the
 * in-memory one stands in (STYLE.md §4).
 */
export function useHost(): (options?: Partial<Pick<HostOptions, 'maxBodyBytes'>>) => Promise<{ host: Host; engine: Engine }> {
  const tempDir = useTempDir('paybatch-host-');
  const open: Host[] = [];
  afterEach(async () => {
    for (const host of open.splice(0)) await host.close();
  });
  return async (options = {}) => {
    const root = tempDir();
    const rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Paybatch</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'outside the renderer folder');
    const engine = createEngine({ dataDir: join(root, 'data'), keyStore: createMemoryKeyStore() });
    const host = await startHost({ engine: engineHostOf(engine), rendererDir, ...options });
    open.push(host);
    return { host, engine };
  };
}
