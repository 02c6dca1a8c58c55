import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../../electron/engine/default-data-dir.js';

// Must equal Electron's app.getPath('userData') for productName "Paybatch".
describe('defaultDataDir', () => {
  it('uses XDG_CONFIG_HOME on Linux when set', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe(join('/cfg', 'Paybatch'));
  });
  it('falls back to ~/.config on Linux', () => {
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Paybatch'));
  });
  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Paybatch'));
  });
  it('uses APPDATA on Windows', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\an\\AppData\\Roaming', 'Paybatch'));
  });
});
