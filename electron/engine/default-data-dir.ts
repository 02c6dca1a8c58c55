import { homedir } from 'node:os';
import { join } from 'node:path';
import { appName } from './app-identity.js';

/**
 * The same folder Electron's `app.getPath('userData')` gives for our product name, so the
 * desktop app, the browser host and the CLI all read and write one store by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appName);
}
