import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { menuChannel, type MenuCommand } from '../../shared/desktop/desktop-methods.js';
import { languageOfFirst } from '../../shared/i18n/languages.js';
import { translator } from '../../shared/i18n/translator.js';
import type { EngineHost } from '../engine/host/engine-host.js';
import { workerEngineHost } from '../engine/host/worker-engine-host.js';
import { showAbout } from './about-dialog.js';
import { menuTemplate } from './app-menu.js';
import { registerAppScheme, serveAppProtocol } from './app-protocol.js';
import { dialogConfirmer } from './confirm-dialog.js';
import { desktopHandlers, openDataFolder } from './desktop/desktop-handlers.js';
import { registerWindowHandlers, trustedSenderCheck } from './ipc-handlers.js';
import { mainLanguage } from './main-language.js';
import { openWindow } from './open-window.js';
import { guardQuitWhileSending } from './quit-guard.js';
import { showUpdateReady } from './update-dialog.js';
import { startUpdates } from './updates.js';
import { denyAllPermissions } from './window-guards.js';

// electron-vite sets this only in `npm run dev`; a packaged app always loads app://paybatch.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const here = fileURLToPath(new URL('.', import.meta.url));
const windowIds = new Set<number>();

// Tests, and anyone keeping separate books, point the app at its own data folder.
const dataDirOverride = process.env['PAYBATCH_DATA_DIR'];
if (dataDirOverride) app.setPath('userData', dataDirOverride);

registerAppScheme();

const anyWindow = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database and could send the same batch twice.
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void app.whenReady().then(start).catch((error: unknown) => {
    // Before any window: a data folder that cannot be opened, or one from a newer version.
    dialog.showErrorBox(translator(languageOfFirst([app.getLocale()])).t('app.startFailed.title'), error instanceof Error ? error.message : String(error));
    app.quit();
  });
}

/** Where save dialogs first open; some Windows set-ups have no Documents folder Electron can find. */
function documentsDir(): string | undefined {
  for (const name of ['documents', 'home'] as const) {
    try {
      return app.getPath(name);
    } catch {
      // The next, or the dialog's own default.
    }
  }
  return undefined;
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  const language = mainLanguage(() => setMenu());
  // The engine (keychain, SQLite, signing, sending) runs on a worker thread of this process:
  // nothing it does can stall the window, and the keychain still sees this app asking. Only
  // the dialog stays here; the worker asks for it over its port.
  const starting = workerEngineHost({
    dataDir,
    keyStore: 'os',
    confirmChanges: dialogConfirmer(anyWindow, language.tr),
    sender: { name: 'the Paybatch app', resumeOnStart: true },
    workerUrl: new URL('./engine-worker.js', import.meta.url),
    onStopped: (reason) => {
      const tr = language.tr();
      dialog.showErrorBox(tr.t('app.stopped.title'), tr.t('app.stopped.detail', { reason }));
      app.quit();
    },
  });
  serveAppProtocol(join(here, '../renderer'));
  denyAllPermissions();
  const engine = await starting;

  const command = (what: MenuCommand) => anyWindow()?.webContents.send(menuChannel, what);
  const about = () => void showAbout(anyWindow(), language.tr(), { version: app.getVersion(), dataDir, versions: process.versions });
  const desktop = desktopHandlers({ dataDir, tr: language.tr, setLanguage: language.set, documentsDir });
  const showDataFolder = () => void openDataFolder(dataDir);
  function setMenu(): void {
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language.tr(), { command, about, showDataFolder }, { platform: process.platform, isPackaged: app.isPackaged })));
  }
  setMenu();

  registerWindowHandlers(engine, desktop, trustedSenderCheck(windowIds, devServerUrl));
  guardQuitWhileSending(engine.onEvent, anyWindow, language.tr);
  const open = (host: EngineHost) => openWindow({ engine: host, dataDir, here, devServerUrl, windowIds });
  open(engine);
  // Off unless the company set a feed (PAYBATCH_UPDATE_URL or update.json in the data folder).
  void startUpdates({ dataDir, env: process.env, appVersion: app.getVersion(), isPackaged: app.isPackaged, notify: (version) => showUpdateReady(version, anyWindow(), language.tr()) }).then(
    (updates) => app.once('will-quit', () => updates.stop()),
    (error: unknown) => console.error('Updates could not start:', error),
  );
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open(engine);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quitting waits for the engine to close its database (ending its thread if it takes too long).
  let engineClosed = false;
  app.on('will-quit', (event) => {
    if (engineClosed) return;
    event.preventDefault();
    void engine.close().finally(() => {
      engineClosed = true;
      app.quit();
    });
  });
}
