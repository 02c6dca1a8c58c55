// What `npm test` needs from the operating system, and how it gets it: installed with apt-get
// when we are root on Debian/Ubuntu, otherwise the exact command to run is printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

// Keep in step with test/support/chromium.ts, which launches the one found here.
const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const needs = [
  { what: 'Chromium (browser tests)', pkg: 'chromium', present: () => Boolean(process.env.CHROMIUM_PATH) || chromiumCandidates.some(existsSync) },
  { what: 'GNOME Keyring (keychain tests)', pkg: 'gnome-keyring', present: () => onPath('gnome-keyring-daemon') },
  { what: 'D-Bus (keychain tests)', pkg: 'dbus', present: () => onPath('dbus-run-session') },
  // The browser tests read the window in Thai: without a Thai face Chromium draws boxes.
  { what: 'Poppler (the statement test reads its PDF as text and as an image)', pkg: 'poppler-utils', present: () => onPath('pdftoppm') },
  { what: 'A Thai font (browser tests in Thai)', pkg: 'fonts-thai-tlwg', present: () => ['truetype', 'opentype'].some((kind) => existsSync(`/usr/share/fonts/${kind}/tlwg`)) },
];

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
}

/** Returns true when everything is there (installing it first if we may), false otherwise. */
export function ensureTestPrerequisites() {
  if (process.platform !== 'linux') return true;
  const missing = needs.filter((need) => !need.present());
  if (missing.length === 0) return true;
  const packages = missing.map((need) => need.pkg).join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log(`Installing test prerequisites with apt-get: ${packages}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...packages.split(' ')], { stdio: 'inherit', env });
    if (install && install.status === 0 && missing.every((need) => need.present())) return true;
    console.error(`Could not install ${packages} with apt-get; see the messages above.`);
    return false;
  }
  console.error(
    `Paybatch's tests need ${missing.map((need) => need.what).join(', ')}, which this machine does not have.\n` +
      `Install them with:\n\n  sudo apt-get install -y ${packages}\n\nthen run npm test again.`,
  );
  return false;
}
