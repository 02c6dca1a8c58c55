import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../../electron/main/app-menu.js';
import { languages } from '../../../../shared/i18n/languages.js';
import { translator } from '../../../../shared/i18n/translator.js';

const noop = { command: () => undefined, about: () => undefined, showDataFolder: () => undefined };
const flat = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((item) => [item, ...flat(Array.isArray(item.submenu) ? item.submenu : [])]);

describe('the application menu', () => {
  it('on macOS puts About, Settings and Quit in the app menu, as Mac apps do', () => {
    const menu = menuTemplate(translator('en'), noop, { platform: 'darwin', isPackaged: true });
    expect(menu[0]?.label).toBe('Paybatch');
    const appItems = flat([menu[0] ?? {}]).map((item) => item.id ?? item.role);
    expect(appItems).toEqual(expect.arrayContaining(['about', 'settings', 'services', 'hide', 'hideOthers', 'unhide', 'quit']));
    // Each once in the whole menu.
    for (const id of ['about', 'settings', 'quit']) expect(flat(menu).filter((item) => item.id === id)).toHaveLength(1);
  });

  it('elsewhere keeps Settings and Quit under File and About under Help', () => {
    const menu = menuTemplate(translator('en'), noop, { platform: 'win32', isPackaged: true });
    expect(menu.map((item) => item.id)).toEqual(['file', 'edit', 'view', 'window', 'help']);
    expect(flat([menu[0] ?? {}]).map((item) => item.id).filter(Boolean)).toEqual(['file', 'open-payroll', 'settings', 'quit']);
    expect(flat([menu[4] ?? {}]).map((item) => item.id).filter(Boolean)).toEqual(['help', 'data-folder', 'about']);
  });

  it('offers reload and the developer tools only in development', () => {
    const roles = (isPackaged: boolean) => flat(menuTemplate(translator('en'), noop, { platform: 'linux', isPackaged })).map((item) => item.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it.each(languages)('labels every item in %s', (language) => {
    const items = flat(menuTemplate(translator(language), noop, { platform: 'linux', isPackaged: false })).filter((item) => item.type !== 'separator');
    for (const item of items) expect(item.label, JSON.stringify(item)).toMatch(/\S/);
  });

  it('sends its commands to the window', () => {
    const sent: string[] = [];
    const menu = menuTemplate(translator('en'), { ...noop, command: (command) => sent.push(command) }, { platform: 'linux', isPackaged: true });
    for (const id of ['open-payroll', 'settings']) {
      const item = flat(menu).find((candidate) => candidate.id === id);
      (item?.click as () => void)();
    }
    expect(sent).toEqual(['open-payroll', 'settings']);
  });
});
