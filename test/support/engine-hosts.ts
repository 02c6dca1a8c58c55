import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach } from 'vitest';
import type { EngineHost } from '../../electron/engine/host/engine-host.js';
import { workerEngineHost, type WorkerEngineHostOptions } from '../../electron/engine/host/worker-engine-host.js';
import { repoRoot } from './paybatch-process.js';

const builtWorker = join(repoRoot, 'out/main/engine-worker.js');

/** The worker entry as `npm run build` leaves it: the code the app and `paybatch serve` start. */
export function builtEngineWorker(): URL {
  if (!existsSync(builtWorker)) throw new Error(`${builtWorker} is missing: build first (npx electron-vite build).`);
  return pathToFileURL(builtWorker);
}

/**
 * The source engine worker with fault switches (engine-worker-with-faults.ts), run through tsx:
 * for what no contract method can make the real engine do yet (emit an event, crash its thread).
 */
export const faultyEngineWorker = new URL('./engine-worker-with-faults.mjs', import.meta.url);

/** workerEngineHost for a vitest file: every host started is closed after each test. */
export function useWorkerEngineHosts(): (options: Omit<WorkerEngineHostOptions, 'keyStore'> & Partial<Pick<WorkerEngineHostOptions, 'keyStore'>>) => Promise<EngineHost> {
  const open: EngineHost[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((host) => host.close()));
  });
  return async (options) => {
    const host = await workerEngineHost({ keyStore: 'memory', workerUrl: builtEngineWorker(), ...options });
    open.push(host);
    return host;
  };
}
