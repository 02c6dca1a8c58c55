import type { IpcMainInvokeEvent } from 'electron';
import { ipcChannel, methodNames } from '../../shared/api-methods.js';
import { transportFail, type Result } from '../../shared/result.js';
import type { EngineHost } from '../engine/host/engine-host.js';
import { isTrustedSender, type SenderFacts } from './trusted-origin.js';

export function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    senderId: event.sender.id,
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame.parent === null,
  };
}

/** The part of `ipcMain` we use; generic so tests can drive it without the Electron binary. */
export type IpcRegistrar<E> = {
  handle(channel: string, listener: (event: E, payload: unknown) => Promise<Result<unknown>>): void;
};

/**
 * One `ipcMain.handle` per contract method, all behind the same two gates: the sender must be
 * our own window's main frame on our origin, and the payload must parse with the method's
 * schema (inside the engine's `dispatch`, on its own thread). The answer is always a Result,
 * never a thrown error.
 */
export function registerIpcHandlers<E = IpcMainInvokeEvent>(
  ipcMain: IpcRegistrar<E>,
  engine: EngineHost,
  trusted: (event: E) => boolean,
): void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!trusted(event)) {
        return transportFail('not_from_window', `ipc ${method}`);
      }
      return engine.call(method, payload, { transport: 'ipc' });
    });
  }
}

export function trustedSenderCheck(ourWindowIds: ReadonlySet<number>, devServerUrl?: string) {
  return (event: IpcMainInvokeEvent): boolean => isTrustedSender(senderFacts(event), ourWindowIds, devServerUrl);
}
