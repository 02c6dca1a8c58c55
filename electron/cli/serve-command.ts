import { defaultDataDir } from '../engine/default-data-dir.js';
import { workerEngineHost } from '../engine/host/worker-engine-host.js';
import { startHost, type Host } from '../host/host-server.js';
import type { CliIo } from './cli-io.js';
import { cliTranslator } from './cli-language.js';

/** rendererDir: the built renderer, which sits beside the built CLI. */
export type ServeOptions = { readonly port?: string; readonly dataDir?: string; readonly rendererDir: string };

/** Runs the browser host in the foreground until Ctrl+C. */
export async function runServe(options: ServeOptions, io: CliIo): Promise<number> {
  const tr = cliTranslator();
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr.write(`paybatch serve: ${tr.t('cli.usage.port', { value: options.port })}\n`);
    return 2;
  }
  let host: Host | undefined;
  // The engine runs on a worker thread so signing and fsyncs never hold up a page's request;
  // with no dialog to draw, it is given no confirmer, and refuses changes that need one.
  const engine = await workerEngineHost({
    dataDir: options.dataDir ?? defaultDataDir(),
    keyStore: 'os',
    sender: { name: 'paybatch serve', resumeOnStart: true },
    // A page cannot do anything without the engine: the host goes too, so the page says
    // Paybatch is not answering and the terminal says why.
    onStopped: (reason) => {
      io.stderr.write(`paybatch serve: ${reason}\n`);
      void (host?.close() ?? Promise.resolve()).then(() => process.exit(1));
    },
  });
  try {
    host = await startHost({ engine, rendererDir: options.rendererDir, port });
  } catch (error) {
    await engine.close();
    const busy = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
    io.stderr.write(`paybatch serve: ${busy ? tr.t('cli.serve.busy', { port: String(port) }) : tr.t('cli.serve.failed', { problem: String(error) })}\n`);
    return 2;
  }
  io.stdout.write(`${tr.t('cli.serve.running')}\n${host.appUrl}\n`);
  io.stdout.write(`${tr.t('cli.serve.dataFolder', { dir: engine.dataDir })}\n${tr.t('cli.stop')}\n`);
  const running = host;
  const stop = (): void => {
    void running.close().then(() => engine.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}
