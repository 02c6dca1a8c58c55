import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannel, methodNames } from '../../shared/api-methods.js';
import { desktopApi, desktopMethodNames, type DesktopInput, type DesktopMethodName, type DesktopResult } from '../../shared/desktop/desktop-api.js';
import { transportFail, type Result } from '../../shared/result.js';
import type { EngineHost } from '../engine/host/engine-host.js';
import { isTrustedSender, type SenderFacts } from './trusted-origin.js';

/*
 * The one file of the main process that touches `ipcMain` (lint keeps it so): every channel the
 * window can reach is registered here, behind the same gate.
 */

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

/** What the desktop methods do, each given its parsed input and the event (for its window). */
export type DesktopHandlers<E> = { readonly [M in DesktopMethodName]: (input: DesktopInput<M>, event: E) => Promise<DesktopResult<M>> };

/**
 * One `ipcMain.handle` per contract method, all behind the same two gates: the sender must be
 * our own window's main frame on our origin, and the payload must parse with the method's
 * schema (inside the engine's `dispatch`, on its own thread). The answer is always a Result,
 * never a thrown error.
 */
export function registerIpcHandlers<E = IpcMainInvokeEvent>(ipc: IpcRegistrar<E>, engine: EngineHost, trusted: (event: E) => boolean): void {
  for (const method of methodNames) {
    ipc.handle(ipcChannel(method), async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!trusted(event)) return transportFail('not_from_window', `ipc ${method}`);
      return engine.call(method, payload, { transport: 'ipc' });
    });
  }
}

/**
 * The desktop methods behind the same gates as the contract's: our window's main frame, then
 * the method's schema, here in the main process (they run here: dialogs, the file system).
 */
export function registerDesktopHandlers<E = IpcMainInvokeEvent>(ipc: IpcRegistrar<E>, handlers: DesktopHandlers<E>, trusted: (event: E) => boolean): void {
  for (const method of desktopMethodNames) {
    ipc.handle(ipcChannel(method), async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!trusted(event)) return transportFail('not_from_window', `ipc ${method}`);
      const input = desktopApi[method].input.safeParse(payload);
      if (!input.success) return transportFail('request_malformed', `ipc ${method}: ${input.error.issues.map((issue) => `${issue.path.join('.') || 'input'} ${issue.code}`).join('; ')}`);
      try {
        return await runDesktop(handlers, method, input.data, event);
      } catch (error) {
        return transportFail('internal_error', `ipc ${method}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
}

// One call per method, typed by the method: the map and the parsed input belong together.
function runDesktop<E, M extends DesktopMethodName>(handlers: DesktopHandlers<E>, method: M, input: DesktopInput<M>, event: E): Promise<DesktopResult<M>> {
  const handler: (input: DesktopInput<M>, event: E) => Promise<DesktopResult<M>> = handlers[method];
  return handler(input, event);
}

/** The desktop app's registration: the contract and the desktop methods, on the real `ipcMain`. */
export function registerWindowHandlers(engine: EngineHost, desktop: DesktopHandlers<IpcMainInvokeEvent>, trusted: (event: IpcMainInvokeEvent) => boolean): void {
  registerIpcHandlers(ipcMain, engine, trusted);
  registerDesktopHandlers(ipcMain, desktop, trusted);
}

export function trustedSenderCheck(ourWindowIds: ReadonlySet<number>, devServerUrl?: string) {
  return (event: IpcMainInvokeEvent): boolean => isTrustedSender(senderFacts(event), ourWindowIds, devServerUrl);
}
