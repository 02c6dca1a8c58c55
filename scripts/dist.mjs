// `npm run dist [-- electron-builder arguments]`: builds the app, then its installers.
//
// electron-builder rebuilds better-sqlite3 for Electron inside node_modules itself, so
// afterwards the copy there no longer loads in plain Node (the tests, the CLI, `npm run serve`);
// and a rebuild that fails half-way (no network) leaves none at all. Node's build is put back
// at the end, whatever happened.
//
// npm hands its settings to what it runs as npm_config_* variables. A `nodedir` among them
// (these machines set one so node-gyp builds against Node's own headers) would make that
// rebuild quietly use Node's headers instead of Electron's: the installer would be built, and
// the installed app could not open its database. electron-builder runs without it.
// scripts/check-native-abi.mjs checks the packaged result either way.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const onWindows = process.platform === 'win32';
// Straight from node_modules/.bin, not through npx: npx is npm, and would set nodedir again.
const bin = (name) => join('node_modules', '.bin', onWindows ? `${name}.cmd` : name);

function run(command, args, env = process.env) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env, shell: onWindows });
  return status ?? 1;
}

const builderEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.toLowerCase() !== 'npm_config_nodedir'));

let status = run(bin('electron-vite'), ['build']);
if (status === 0) status = run(bin('electron-builder'), ['--publish', 'never', ...process.argv.slice(2)], builderEnv);
console.log('Putting back the Node build of better-sqlite3 for the tests and the command line…');
const restored = run('npm', ['rebuild', 'better-sqlite3']);
process.exit(status !== 0 ? status : restored);
