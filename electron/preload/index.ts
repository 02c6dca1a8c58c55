import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannel, ipcChannel, methodNames, type MethodName } from '../../shared/api-methods.js';
import type { MethodInput } from '../../shared/api.js';
import type { PaybatchBridge } from '../../shared/bridge.js';
import type { DesktopInput } from '../../shared/desktop/desktop-api.js';
import type { DesktopBridge } from '../../shared/desktop/desktop-bridge.js';
import { desktopMethodNames, menuChannel, menuCommands, type DesktopMethodName, type MenuCommand } from '../../shared/desktop/desktop-methods.js';
import type { PaybatchEvent } from '../../shared/events.js';

/**
 * Exactly one function per contract method (`window.paybatch`) and per desktop method
 * (`window.paybatchDesktop`), each bound to its own channel, plus the two things the main
 * process tells the window: engine events and menu commands. The renderer can reach nothing
 * else. Bundled as CommonJS because a sandboxed preload cannot load an ES module.
 */
// One loop over each list: a method added to a contract is exposed with no second list to keep
// in step, and nothing outside the lists can be.
const invoke = <M extends MethodName>(method: M) => ((input: MethodInput<M>) => ipcRenderer.invoke(ipcChannel(method), input)) as PaybatchBridge[M];
const calls = Object.fromEntries(methodNames.map((method) => [method, invoke(method)])) as { [M in MethodName]: PaybatchBridge[M] };
const invokeDesktop = <M extends DesktopMethodName>(method: M) => ((input: DesktopInput<M>) => ipcRenderer.invoke(ipcChannel(method), input)) as DesktopBridge[M];
const desktopCalls = Object.fromEntries(desktopMethodNames.map((method) => [method, invokeDesktop(method)])) as { [M in DesktopMethodName]: DesktopBridge[M] };

/** A listener on one of main's channels, removed by the function it returns. */
function listen<T>(channel: string, accept: (payload: unknown) => payload is T, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: unknown): void => {
    if (accept(payload)) listener(payload);
  };
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const anyEvent = (payload: unknown): payload is PaybatchEvent => typeof payload === 'object' && payload !== null;
const isMenuCommand = (payload: unknown): payload is MenuCommand => (menuCommands as readonly unknown[]).includes(payload);

const bridge = {
  ...calls,
  onEvent: (listener) => listen(eventChannel, anyEvent, listener),
} satisfies PaybatchBridge;

const desktop = {
  ...desktopCalls,
  onMenu: (listener) => listen(menuChannel, isMenuCommand, listener),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('paybatch', bridge);
contextBridge.exposeInMainWorld('paybatchDesktop', desktop);
