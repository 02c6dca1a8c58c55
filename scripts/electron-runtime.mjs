// Where the Electron binary is, or null. `require('electron')` downloads the binary on first
// use (electron >= 45), printing progress on stdout, so the path is read after a marker.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const marker = 'PAYBATCH_ELECTRON_PATH=';

export function findElectronBinary(cwd) {
  const probe = spawnSync(process.execPath, ['-e', `process.stdout.write('\\n${marker}' + require('electron'))`], {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
  });
  const at = probe.status === 0 ? probe.stdout.lastIndexOf(marker) : -1;
  const path = at === -1 ? '' : probe.stdout.slice(at + marker.length).trim();
  return path !== '' && existsSync(path) ? path : null;
}
