/**
 * What only the desktop app can do for its window (native dialogs, the data folder, the menu's
 * language), by name and with no imports, so the sandboxed preload bundles this list without
 * zod. These are the main process's own, not the engine's: the browser host has none of them
 * and the window falls back to its file input and downloads. `desktop-api.ts` holds the schemas.
 */
export const desktopMethodNames = ['desktop.openPayroll', 'desktop.saveFile', 'desktop.savePdf', 'desktop.showDataFolder', 'desktop.setLanguage'] as const;

export type DesktopMethodName = (typeof desktopMethodNames)[number];

/** What the application menu asks of the window; everything else a menu item does stays in main. */
export const menuCommands = ['open-payroll', 'settings'] as const;

export type MenuCommand = (typeof menuCommands)[number];

/** Main → window: a menu item was chosen (or its shortcut pressed). */
export const menuChannel = 'paybatch:menu';
