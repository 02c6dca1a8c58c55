import { createEngine } from '../engine/engine.js';
import { defaultDataDir } from '../engine/default-data-dir.js';
import { createOsKeyStore } from '../engine/keys/os-key-store.js';
import { startHost } from '../host/host-server.js';
import type { CliIo } from './cli-io.js';

/** rendererDir: the built renderer, which sits beside the built CLI. */
export type ServeOptions = { readonly port?: string; readonly dataDir?: string; readonly rendererDir: string };

/** Runs the browser host in the foreground until Ctrl+C. */
export async function runServe(options: ServeOptions, io: CliIo): Promise<number> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr.write(`paybatch serve: --port must be a whole number from 0 to 65535, not "${options.port}".\n`);
    return 2;
  }
  const engine = createEngine({ dataDir: options.dataDir ?? defaultDataDir(), keyStore: createOsKeyStore() });
  let host;
  try {
    host = await startHost({ engine, rendererDir: options.rendererDir, port });
  } catch (error) {
    await engine.close();
    const busy = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
    io.stderr.write(
      busy
        ? `paybatch serve: port ${port} is already in use. Choose another with --port, or leave it out to pick a free one.\n`
        : `paybatch serve: could not start: ${String(error)}\n`,
    );
    return 2;
  }
  io.stdout.write(`Paybatch is running. Open this address in your browser (it includes this session's key):\n${host.appUrl}\n`);
  io.stdout.write(`Data folder: ${engine.dataDir}\nPress Ctrl+C to stop.\n`);
  const stop = (): void => {
    void host.close().then(() => engine.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}
