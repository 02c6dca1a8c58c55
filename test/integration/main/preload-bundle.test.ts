import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { eventChannel, ipcChannel, methodNames } from '../../../shared/api-methods.js';
import { desktopMethodNames, menuChannel } from '../../../shared/desktop/desktop-methods.js';
import { repoRoot } from '../../support/paybatch-process.js';

/**
 * The built preload (out/preload/index.cjs) run as a sandboxed preload runs: CommonJS in a
 * context of its own whose `require` offers `electron` and nothing else. `electron` here is a
 * recording stand-in (contextBridge and ipcRenderer), because the Electron binary cannot be run
 * on the machines this project is developed on; `npm run test:electron` checks the real one.
 */
type Listener = (event: unknown, payload: unknown) => void;

function loadPreload() {
  const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Listener[]>();
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return { ok: true, value: channel };
      },
      on: (channel: string, listener: Listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: Listener) => listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener)),
    },
  };
  const module = { exports: {} };
  const require = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  runInNewContext(readFileSync(join(repoRoot, 'out/preload/index.cjs'), 'utf8'), { require, module, exports: module.exports, console }, { filename: 'index.cjs' });
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, payload);
  };
  return { exposed, invoked, listeners, required, emit };
}

describe('the built preload', () => {
  it('is one CommonJS file that requires only electron', () => {
    expect(loadPreload().required).toEqual(['electron']);
  });

  it('exposes exactly the contract (window.paybatch) and the desktop methods (window.paybatchDesktop), from their method lists', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()].sort()).toEqual(['paybatch', 'paybatchDesktop']);
    expect(Object.keys(exposed.get('paybatch') ?? {}).sort()).toEqual([...methodNames, 'onEvent'].sort());
    expect(Object.keys(exposed.get('paybatchDesktop') ?? {}).sort()).toEqual([...desktopMethodNames, 'onMenu'].sort());
  });

  it('sends each method on its own channel with the input as given', async () => {
    const { exposed, invoked } = loadPreload();
    for (const method of methodNames) expect(await exposed.get('paybatch')?.[method]?.({ asked: method })).toEqual({ ok: true, value: ipcChannel(method) });
    for (const method of desktopMethodNames) await exposed.get('paybatchDesktop')?.[method]?.({ asked: method });
    expect(invoked).toEqual([...methodNames, ...desktopMethodNames].map((method) => [ipcChannel(method), { asked: method }]));
  });

  it("passes on the engine's events and the menu's commands (only known ones) until unsubscribed", () => {
    const { exposed, emit, listeners } = loadPreload();
    const events: unknown[] = [];
    const commands: unknown[] = [];
    const stopEvents = exposed.get('paybatch')?.['onEvent']?.((event: unknown) => events.push(event)) as () => void;
    const stopMenu = exposed.get('paybatchDesktop')?.['onMenu']?.((command: unknown) => commands.push(command)) as () => void;
    emit(eventChannel, { type: 'batch.progress' });
    emit(menuChannel, 'open-payroll');
    emit(menuChannel, 'format-disk');
    emit(menuChannel, { command: 'settings' });
    emit(menuChannel, 'settings');
    expect(events).toEqual([{ type: 'batch.progress' }]);
    expect(commands).toEqual(['open-payroll', 'settings']);
    stopEvents();
    stopMenu();
    expect(listeners.get(eventChannel)).toEqual([]);
    expect(listeners.get(menuChannel)).toEqual([]);
  });
});
