import type { DesktopMethodName } from './desktop/desktop-methods.js';

/**
 * The names of every contract method, importing nothing at run time, so the sandboxed preload can bundle
 * this list without pulling in zod. `api.ts` is checked against it at compile time.
 */
export const methodNames = ['app.info', 'mapping.find', 'mapping.save', 'limits.get', 'limits.set', 'batch.create', 'batch.addRows', 'batch.list', 'batch.get', 'batch.edit', 'batch.discard', 'batch.approve', 'batch.problems', 'batch.retry', 'batch.unsent', 'report.export', 'audit.list', 'audit.export', 'audit.verify', 'send.check', 'send.decide', 'send.start', 'send.pause', 'send.cancel', 'send.resume', 'send.resolve', 'send.status', 'keys.status', 'keys.setSecret', 'keys.remove', 'keys.import', 'keys.setSettings', 'connection.test'] as const;

export type MethodName = (typeof methodNames)[number];

/** IPC channel for a method; the prefix keeps our channels apart from anything Electron sends. */
export function ipcChannel(method: MethodName | DesktopMethodName): string {
  return `paybatch:${method}`;
}

export const eventChannel = 'paybatch:event';
