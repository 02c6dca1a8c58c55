// `npm run test:electron`: the desktop app end to end in a real Electron (test/e2e/electron-app.test.ts).
// Builds, then runs that one test file. Where no Electron runtime can be had it says so in one
// line and the test reports itself skipped; on Linux without a display it runs under xvfb-run
// when that is installed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-runtime.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const onWindows = process.platform === 'win32';
// npm's shims in node_modules/.bin are .cmd files on Windows, which only a shell runs.
const bin = (name) => join(root, 'node_modules', '.bin', onWindows ? `${name}.cmd` : name);

const build = spawnSync(bin('electron-vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: root, shell: onWindows });
if (build.status !== 0) process.exit(build.status ?? 1);

if (findElectronBinary(root) === null) {
  console.log('No Electron runtime on this machine (its binary could not be downloaded): the desktop app test is skipped. The glue is still checked by `npm test` through its built bundles.');
}

const vitest = [bin('vitest'), 'run', '--project', 'e2e', 'test/e2e/electron-app.test.ts'];
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const hasXvfb = headless && spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
if (headless && !hasXvfb) console.log('No display: install xvfb (apt-get install xvfb) so Electron can open its window, or run this from a desktop session.');
const [command, ...args] = hasXvfb ? ['xvfb-run', '--auto-servernum', ...vitest] : vitest;
const run = spawnSync(command, args, { stdio: 'inherit', cwd: root, shell: onWindows });
process.exit(run.status ?? 1);
