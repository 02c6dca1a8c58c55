import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the build put the worker entry, out/main/engine-worker.js, seen from the module asking.
 * Built, that module is bundled into an entry (out/main/) or a shared chunk (out/main/chunks/)
 * as the bundler sees fit; run from source (tests calling the CLI in process), it is
 * electron/engine/host/ and the worker is the one built from the same checkout.
 */
const candidates = ['./engine-worker.js', '../engine-worker.js', '../../../out/main/engine-worker.js'];

export function builtEngineWorkerUrl(from: string = import.meta.url): URL {
  for (const candidate of candidates) {
    const url = new URL(candidate, from);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error(`The Paybatch engine (engine-worker.js) is missing beside ${fileURLToPath(new URL('.', from))}. Build the app first (npm run build).`);
}
