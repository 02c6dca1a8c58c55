#!/usr/bin/env node
// The CLI is built with the app (npm install runs the build); this stub only finds it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('paybatch: the app is not built yet. Run "npm install" (or "npm run build") in the project folder first.\n');
  process.exit(2);
}
await import(pathToFileURL(built).href);
