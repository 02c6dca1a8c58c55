import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../../support/temp-dir.js';

/**
 * The Electron binary cannot run on this machine, so the `electron` module is the one thing
 * replaced here: a `protocol` that records the handler app-protocol.ts registers. The handler
 * itself, and the files and links it reads, are real. The Playwright `_electron` test
 * (test/e2e/electron-app.test.ts) covers the real protocol where a runtime exists.
 */
type Handler = (request: Request) => Promise<Response>;
const registered = vi.hoisted(() => new Map<string, (request: Request) => Promise<Response>>());
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: Handler) => registered.set(scheme, handler),
    registerSchemesAsPrivileged: () => undefined,
  },
}));

// A specifier in a variable: app-protocol.ts is type-checked with the Electron glue
// (tsconfig.electron.json), not with the tests, so this import is resolved at run time only.
const appProtocolModule = '../../../../electron/main/app-protocol.js';
const { serveAppProtocol } = (await import(appProtocolModule)) as { serveAppProtocol: (rendererDir: string) => void };

const tempDir = useTempDir('paybatch-app-protocol-');

beforeEach(() => registered.clear());

function setup() {
  const root = tempDir();
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Paybatch</title>');
  writeFileSync(join(root, 'outside', 'secret.txt'), 'outside the renderer folder');
  symlinkSync(join(root, 'outside', 'secret.txt'), join(rendererDir, 'assets', 'leak.js'));
  symlinkSync(join(root, 'outside'), join(rendererDir, 'linked'), 'dir');
  serveAppProtocol(rendererDir);
  const handler = registered.get('app');
  if (!handler) throw new Error('app-protocol.ts registered no handler for app:');
  return (url: string) => handler(new Request(url));
}

describe('app:// protocol', () => {
  it('serves the app page', async () => {
    const res = await setup()('app://paybatch/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>Paybatch</title>');
  });

  it.each(['app://paybatch/assets/leak.js', 'app://paybatch/linked/secret.txt'])('does not follow the link %s out of the renderer folder', async (url) => {
    const res = await setup()(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('outside the renderer folder');
  });
});
