import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { eventChannel } from '../../shared/api-methods.js';
import type { EngineHost } from '../engine/host/engine-host.js';
import { appOrigin } from './trusted-origin.js';
import { guardWebContents } from './window-guards.js';
import { minimumSize, placement, readWindowState, writeWindowState } from './window-state.js';

export type WindowOptions = {
  readonly engine: EngineHost;
  readonly dataDir: string;
  /** The folder out/main/index.js runs from: the preload and renderer are found beside it. */
  readonly here: string;
  readonly devServerUrl: string | undefined;
  /** Our windows' webContents ids: the only senders IPC obeys. */
  readonly windowIds: Set<number>;
};

/**
 * The one window: sandboxed, isolated, no Node, guarded against leaving our origin; opened where
 * it was last closed (when that is still on a screen), and fed the engine's events.
 */
export function openWindow({ engine, dataDir, here, devServerUrl, windowIds }: WindowOptions): BrowserWindow {
  const place = placement(readWindowState(dataDir), screen.getAllDisplays().map((display) => display.workArea), screen.getPrimaryDisplay().workArea);
  const win = new BrowserWindow({
    width: place.width,
    height: place.height,
    ...(place.x === undefined || place.y === undefined ? { center: true } : { x: place.x, y: place.y }),
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
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
  // The size it had before being maximized is what it goes back to when un-maximized next time.
  win.on('close', () => writeWindowState(dataDir, { ...win.getNormalBounds(), maximized: win.isMaximized() }));
  win.on('closed', () => {
    windowIds.delete(id);
    unsubscribe();
  });
  // Maximizing shows the window at once: only when its page is drawn, so no blank frame flashes.
  win.once('ready-to-show', () => (place.maximized ? win.maximize() : win.show()));
  void win.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  return win;
}
