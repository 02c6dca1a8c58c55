import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain } from 'electron';
import { eventChannel } from '../../shared/api-methods.js';
import { createEngine, type Engine } from '../engine/engine.js';
import { createOsKeyStore } from '../engine/keys/os-key-store.js';
import { registerAppScheme, serveAppProtocol } from './app-protocol.js';
import { dialogConfirmer } from './confirm-dialog.js';
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
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const confirmChanges = dialogConfirmer(() => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]);
  const engine = createEngine({ dataDir: app.getPath('userData'), keyStore: createOsKeyStore(), confirmChanges });
  serveAppProtocol(join(here, '../renderer'));
  denyAllPermissions();
  registerIpcHandlers(ipcMain, engine, trustedSenderCheck(windowIds, devServerUrl));
  openWindow(engine);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(engine);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => void engine.close());
}

function openWindow(engine: Engine): void {
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
