// `npm run bench:send`: build, then test/bench/measure-send.ts inside a private D-Bus session
// with its own keyring (as `npm test` runs its keychain tests): the simulator's credentials go
// to the keychain as a merchant's would, never to the developer's own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const measure = [process.execPath, '--import', 'tsx', join(root, 'test/bench/measure-send.ts')];
let status;
if (process.platform === 'linux') {
  const keyringHome = mkdtempSync(join(tmpdir(), 'paybatch-keyring-'));
  const script = `printf paybatch-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec ${measure.map((a) => `'${a}'`).join(' ')}`;
  status = spawnSync('dbus-run-session', ['--', 'sh', '-c', script], { cwd: root, stdio: 'inherit', env: { ...process.env, XDG_DATA_HOME: keyringHome } }).status;
  rmSync(keyringHome, { recursive: true, force: true });
} else {
  status = spawnSync(measure[0], measure.slice(1), { cwd: root, stdio: 'inherit' }).status;
}
process.exit(status ?? 1);
