import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BrowserWindow, dialog, shell, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { maxFileBytes } from '../../../shared/import/import-limits.js';
import type { Language } from '../../../shared/i18n/languages.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import { fail, ok } from '../../../shared/result.js';
import { writeFileAtomically } from '../../engine/reports/write-file-atomically.js';
import type { SavedKind } from '../../../shared/desktop/desktop-api.js';
import { isInsideFolder, withExtension } from './save-target.js';
import type { DesktopHandlers } from '../ipc-handlers.js';
import { payrollFilters, savedFilter } from './file-filters.js';

export type DesktopDeps = {
  readonly dataDir: string;
  readonly tr: () => Translator;
  readonly setLanguage: (language: Language) => void;
  /**
   * Where a save dialog opens first (the Documents folder; then wherever the last file went).
   * Asked only when a dialog opens: on some Windows set-ups the folder cannot be found, which
   * must cost no more than the dialog opening elsewhere.
   */
  readonly documentsDir: () => string | undefined;
};

/**
 * What the desktop app does for its window that a browser cannot: native open and save
 * dialogs, a page printed to PDF, the data folder shown. Where a file is read from or written
 * to is always chosen by the accountant in a dialog the page cannot script; the page only
 * suggests a name.
 */
export function desktopHandlers(deps: DesktopDeps): DesktopHandlers<IpcMainInvokeEvent> {
  let saveFolder: string | undefined;

  const askSavePath = async (event: IpcMainInvokeEvent, suggestedName: string, kind: SavedKind): Promise<string | null> => {
    const tr = deps.tr();
    saveFolder ??= deps.documentsDir();
    const options: SaveDialogOptions = { title: tr.t('desktop.save.title', { file: suggestedName }), defaultPath: saveFolder === undefined ? suggestedName : join(saveFolder, suggestedName), filters: savedFilter(tr, kind), properties: ['createDirectory', 'showOverwriteConfirmation'] };
    const window = BrowserWindow.fromWebContents(event.sender);
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return null;
    return withExtension(chosen.filePath, kind);
  };

  const save = async (path: string, bytes: Uint8Array) => {
    // The data folder holds the books and where payments go (provider addresses, the update
    // feed): a file the window hands over is never written there, whatever the dialog chose.
    if (isInsideFolder(deps.dataDir, path)) {
      return fail('refused', `Paybatch keeps its own books in ${deps.dataDir}; save ${basename(path)} somewhere else, such as your Documents folder.`, `save refused inside the data folder: ${basename(path)}`, { reason: 'save_in_data_folder', file: basename(path), folder: deps.dataDir });
    }
    try {
      await writeFileAtomically(path, bytes);
    } catch (error) {
      return fail('unavailable', `Paybatch could not save ${basename(path)}.`, `save ${basename(path)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { reason: 'file_not_saved', file: basename(path) });
    }
    saveFolder = join(path, '..');
    return ok({ path });
  };

  return {
    'desktop.openPayroll': async (_input, event) => {
      const tr = deps.tr();
      const options: OpenDialogOptions = { title: tr.t('desktop.open.title'), properties: ['openFile'], filters: payrollFilters(tr) };
      const window = BrowserWindow.fromWebContents(event.sender);
      const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      const path = chosen.canceled ? undefined : chosen.filePaths[0];
      if (!path) return ok({ kind: 'cancelled' as const });
      const name = basename(path);
      try {
        // Measured before it is read: a file far beyond any payroll is refused, not held in memory.
        const { size } = await stat(path);
        if (size > maxFileBytes) return ok({ kind: 'too_large' as const, name, size });
        const bytes = await readFile(path);
        return ok({ kind: 'file' as const, name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
      } catch (error) {
        return fail('unavailable', `Paybatch could not read ${name}.`, `open ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { reason: 'file_unreadable', file: name });
      }
    },
    'desktop.saveFile': async ({ suggestedName, kind, base64 }, event) => {
      const path = await askSavePath(event, suggestedName, kind);
      if (path === null) return ok({ path: null });
      return save(path, Buffer.from(base64, 'base64'));
    },
    'desktop.savePdf': async ({ suggestedName }, event) => {
      const path = await askSavePath(event, suggestedName, 'pdf');
      if (path === null) return ok({ path: null });
      // The page as its print style sheet lays it out: what the accountant previewed is what is saved.
      const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      return save(path, pdf);
    },
    'desktop.showDataFolder': async () => ok({ opened: await openDataFolder(deps.dataDir) }),
    'desktop.setLanguage': async ({ language }) => {
      deps.setLanguage(language);
      return ok({});
    },
  };
}

/** The data folder in the system's file manager (Settings, and Help → Show data folder); false when it could not be opened. */
export async function openDataFolder(dataDir: string): Promise<boolean> {
  return (await shell.openPath(dataDir)) === '';
}

