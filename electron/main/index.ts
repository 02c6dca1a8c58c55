import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { eventChannel } from '../../shared/api-methods.js';
import type { EngineHost } from '../engine/host/engine-host.js';
import { workerEngineHost } from '../engine/host/worker-engine-host.js';
import { registerAppScheme, serveAppProtocol } from './app-protocol.js';
import { dialogConfirmer } from './confirm-dialog.js';
import { guardQuitWhileSending } from './quit-guard.js';
import { registerIpcHandlers, trustedSenderCheck } from './ipc-handlers.js';
import { appOrigin } from './trusted-origin.js';
import { denyAllPermissions, guardWebContents } from './window-guards.js';

// electron-vite sets this only in `npm run dev`; a packaged app always loads app://paybatch.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const here = fileURLToPath(new URL('.', import.meta.url));
const windowIds = new Set<number>();

// Tests (and anyone keeping separate books) point the app at its own data folder.
const dataDirOverride = process.env['PAYBATCH_DATA_DIR'];
if (dataDirOverride) app.setPath('userData', dataDirOverride);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database and could send the same batch twice.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  void app.whenReady().then(start).catch((error: unknown) => {
    // Before any window: a data folder that cannot be opened, or one from a newer version.
    dialog.showErrorBox('Paybatch could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}

async function start(): Promise<void> {
  // The engine (keychain, SQLite, signing, sending) runs on a worker thread of this process:
  // nothing it does can stall the window, and the keychain still sees this app asking. Only
  // the dialog stays here; the worker asks for it over its port.
  const confirmChanges = dialogConfirmer(() => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]);
  const starting = workerEngineHost({
    dataDir: app.getPath('userData'),
    keyStore: 'os',
    confirmChanges,
    sender: { name: 'the Paybatch app', resumeOnStart: true },
    workerUrl: new URL('./engine-worker.js', import.meta.url),
    onStopped: (reason) => {
      dialog.showErrorBox('Paybatch stopped', `The part of Paybatch that keeps your batches and sends payments stopped unexpectedly, so Paybatch will close. Open it again to carry on: nothing already recorded is lost.\n\n${reason}`);
      app.quit();
    },
  });
  serveAppProtocol(join(here, '../renderer'));
  denyAllPermissions();
  const engine = await starting;
  registerIpcHandlers(ipcMain, engine, trustedSenderCheck(windowIds, devServerUrl));
  guardQuitWhileSending(engine.onEvent, () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]);
  openWindow(engine);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(engine);
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

function openWindow(engine: EngineHost): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Paybatch',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const id = win.webContents.id;
  windowIds.add(id);
  guardWebContents(win.webContents, devServerUrl);
  const unsubscribe = engine.onEvent((event) => win.webContents.send(eventChannel, event));
  win.on('closed', () => {
    windowIds.delete(id);
    unsubscribe();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
}
