import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannel, ipcChannel } from '../../shared/api-methods.js';
import type { PaybatchBridge } from '../../shared/bridge.js';
import type { PaybatchEvent } from '../../shared/events.js';

/**
 * Exactly one function per contract method, each bound to its own channel: the renderer can
 * reach nothing else in the main process. Bundled as CommonJS because a sandboxed preload
 * cannot load an ES module.
 */
const bridge = {
  'app.info': (input) => ipcRenderer.invoke(ipcChannel('app.info'), input),
  'mapping.find': (input) => ipcRenderer.invoke(ipcChannel('mapping.find'), input),
  'mapping.save': (input) => ipcRenderer.invoke(ipcChannel('mapping.save'), input),
  'limits.get': (input) => ipcRenderer.invoke(ipcChannel('limits.get'), input),
  'limits.set': (input) => ipcRenderer.invoke(ipcChannel('limits.set'), input),
  'imports.record': (input) => ipcRenderer.invoke(ipcChannel('imports.record'), input),
  'batch.approve': (input) => ipcRenderer.invoke(ipcChannel('batch.approve'), input),
  'keys.status': (input) => ipcRenderer.invoke(ipcChannel('keys.status'), input),
  'keys.setSecret': (input) => ipcRenderer.invoke(ipcChannel('keys.setSecret'), input),
  'keys.remove': (input) => ipcRenderer.invoke(ipcChannel('keys.remove'), input),
  'keys.import': (input) => ipcRenderer.invoke(ipcChannel('keys.import'), input),
  'keys.setSettings': (input) => ipcRenderer.invoke(ipcChannel('keys.setSettings'), input),
  'connection.test': (input) => ipcRenderer.invoke(ipcChannel('connection.test'), input),
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: PaybatchEvent): void => listener(payload);
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
} satisfies PaybatchBridge;

contextBridge.exposeInMainWorld('paybatch', bridge);
