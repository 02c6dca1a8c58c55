import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/**
 * The sample payrolls and refund sheet of examples/ ("Try a sample payroll in Practice"), in
 * the renderer's output as samples/<file>: the window fetches them from its own origin, app:// in Electron
 * and the browser host alike, and in `npm run dev` from the dev server. Only the sheets: the
 * script that writes them and the README stay out.
 */
function samplePayrolls(): Plugin {
  const folder = resolve('examples');
  const sheets = (): string[] => readdirSync(folder).filter((name) => /-(payroll|refunds)\.(csv|xlsx)$/.test(name));
  return {
    name: 'paybatch-sample-payrolls',
    generateBundle() {
      for (const name of sheets()) this.emitFile({ type: 'asset', fileName: `samples/${name}`, source: readFileSync(join(folder, name)) });
    },
    configureServer(server) {
      server.middlewares.use('/samples/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').replace(/^\//, '').split('?')[0] ?? '');
        if (!sheets().includes(name)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(join(folder, name)));
      });
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // The Electron main process and the plain-Node CLI (which also runs the browser host)
        // share the engine; one build emits both and their common chunks. Both run the engine
        // in a worker thread started from its own entry, out/main/engine-worker.js.
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/run-cli.ts'),
          'engine-worker': resolve('electron/engine/host/engine-worker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load an ES module, nor require anything but electron:
      // it is one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
    worker: { format: 'es' },
    plugins: [samplePayrolls()],
  },
});
