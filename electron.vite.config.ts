import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

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
  },
});
