import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannel, ipcChannel, methodNames, type MethodName } from '../../shared/api-methods.js';
import type { MethodInput } from '../../shared/api.js';
import type { PaybatchBridge } from '../../shared/bridge.js';
import type { PaybatchEvent } from '../../shared/events.js';

/**
 * Exactly one function per contract method, each bound to its own channel: the renderer can
 * reach nothing else in the main process. Bundled as CommonJS because a sandboxed preload
 * cannot load an ES module.
 */
// One loop over the contract's method list: a method added to the contract is exposed with
// no second list to keep in step, and nothing outside the list can be.
const invoke = <M extends MethodName>(method: M) => ((input: MethodInput<M>) => ipcRenderer.invoke(ipcChannel(method), input)) as PaybatchBridge[M];
const calls = Object.fromEntries(methodNames.map((method) => [method, invoke(method)])) as { [M in MethodName]: PaybatchBridge[M] };

const bridge = {
  ...calls,
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: PaybatchEvent): void => listener(payload);
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
} satisfies PaybatchBridge;

contextBridge.exposeInMainWorld('paybatch', bridge);
