import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/desktop/desktop-methods.js';
import type { Translator } from '../../shared/i18n/translator.js';

export type MenuActions = {
  /** Handed to the window: it opens the file or the screen. */
  readonly command: (command: MenuCommand) => void;
  readonly about: () => void;
  readonly showDataFolder: () => void;
};

export type MenuPlatform = { readonly platform: NodeJS.Platform; readonly isPackaged: boolean };

/**
 * The application menu in the accountant's language. The Edit menu's roles are what make
 * copy, paste and undo work in the window's fields (on macOS, only a menu item gives them a
 * shortcut). Reload and the developer tools exist only in development: a reload in the
 * packaged app would throw away a sheet being mapped.
 */
export function menuTemplate(tr: Translator, actions: MenuActions, { platform, isPackaged }: MenuPlatform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { id: 'about', label: tr.t('menu.about'), click: actions.about };
  const settings: MenuItemConstructorOptions = { id: 'settings', label: tr.t('menu.settings'), accelerator: 'CmdOrCtrl+,', click: () => actions.command('settings') };
  const quit: MenuItemConstructorOptions = { id: 'quit', role: 'quit', label: tr.t('menu.quit'), accelerator: 'CmdOrCtrl+Q' };

  const appMenu: MenuItemConstructorOptions = {
    label: 'Paybatch',
    submenu: [about, { type: 'separator' }, settings, { type: 'separator' }, { role: 'services', label: tr.t('menu.services') }, { type: 'separator' }, { role: 'hide', label: tr.t('menu.hide') }, { role: 'hideOthers', label: tr.t('menu.hideOthers') }, { role: 'unhide', label: tr.t('menu.showAll') }, { type: 'separator' }, quit],
  };
  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: tr.t('menu.file'),
    submenu: [
      { id: 'open-payroll', label: tr.t('menu.openPayroll'), accelerator: 'CmdOrCtrl+O', click: () => actions.command('open-payroll') },
      ...(mac ? [] : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, quit]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: tr.t('menu.edit'),
    submenu: [
      { role: 'undo', label: tr.t('menu.undo') },
      { role: 'redo', label: tr.t('menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: tr.t('menu.cut') },
      { role: 'copy', label: tr.t('menu.copy') },
      { role: 'paste', label: tr.t('menu.paste') },
      { role: 'selectAll', label: tr.t('menu.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: tr.t('menu.view'),
    submenu: [
      { role: 'resetZoom', label: tr.t('menu.actualSize') },
      { role: 'zoomIn', label: tr.t('menu.zoomIn') },
      { role: 'zoomOut', label: tr.t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: tr.t('menu.fullScreen') },
      ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'reload', label: tr.t('menu.reload') } as const, { role: 'toggleDevTools', label: tr.t('menu.devTools') } as const]),
    ],
  };
  const window: MenuItemConstructorOptions = {
    id: 'window',
    label: tr.t('menu.window'),
    submenu: [{ role: 'minimize', label: tr.t('menu.minimize') }, { role: 'close', label: tr.t('menu.close') }],
  };
  const help: MenuItemConstructorOptions = {
    id: 'help',
    role: 'help',
    label: tr.t('menu.help'),
    submenu: [{ id: 'data-folder', label: tr.t('menu.dataFolder'), click: actions.showDataFolder }, ...(mac ? [] : [{ type: 'separator' } as const, about])],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
