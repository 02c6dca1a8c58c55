// `npm start`: build, then run the desktop app. Where no Electron runtime can be had (it is
// fetched on first run, which fails without network access to its download host) or there is
// no display, say so in one line and run the same app through the browser host instead.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-runtime.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const passThrough = process.argv.slice(2);

const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build', '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const electron = hasDisplay ? findElectronBinary(root) : null;
if (electron !== null) {
  const child = spawn(electron, [root, ...passThrough], { stdio: 'inherit', cwd: root });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const why = hasDisplay ? 'its binary could not be downloaded' : 'no display';
  console.log(`Electron runtime not available (${why}); opening Paybatch through the browser host instead.`);
  const host = spawn(process.execPath, [join(root, 'bin', 'paybatch.js'), 'serve', ...passThrough], { stdio: ['inherit', 'pipe', 'inherit'], cwd: root });
  let opened = false;
  host.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(String(chunk))?.[0];
    if (url && !opened) {
      opened = true;
      openInBrowser(url);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.on('exit', (code) => process.exit(code ?? 0));
}

// Best effort: a desktop session gets the page opened; elsewhere the printed address is enough.
function openInBrowser(url) {
  const opener = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  if (!hasDisplay) return;
  const child = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
