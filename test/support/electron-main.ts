import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach } from 'vitest';
import type { Result } from '../../shared/result.js';
import { repoRoot, stop } from './paybatch-process.js';

export type DrawnDialog = { readonly options: { readonly message: string; readonly detail: string; readonly buttons: string[]; readonly defaultId: number; readonly cancelId: number; readonly type: string }; readonly hasParent: boolean };

/** Who a message to the main process seems to come from (test/support/electron-stand-in/electron.mjs). */
export type IpcSender = 'window' | 'subframe' | 'other-origin' | 'other-window';

export type MenuItem = { readonly id?: string; readonly label?: string; readonly role?: string; readonly accelerator?: string; readonly type?: string; readonly click?: true; readonly submenu?: readonly MenuItem[] };

/** What the glue asked of the `electron` stand-in, as it recorded it. */
export type Recorded = {
  readonly schemes: ReadonlyArray<Record<string, unknown>>;
  readonly handledChannels: readonly string[];
  readonly windows: ReadonlyArray<{ readonly options: Record<string, unknown> & { readonly webPreferences: Record<string, unknown> }; readonly url?: string; readonly maximized: boolean }>;
  readonly menus: ReadonlyArray<readonly MenuItem[]>;
  readonly dialogs: ReadonlyArray<{ readonly kind: 'message' | 'open' | 'save'; readonly options: Record<string, unknown>; readonly hasParent: boolean }>;
  readonly errorBoxes: ReadonlyArray<{ readonly title: string; readonly content: string }>;
  readonly sent: ReadonlyArray<{ readonly channel: string; readonly payload: unknown }>;
  readonly openedPaths: readonly string[];
  readonly printed: readonly unknown[];
  readonly handleCalls: number;
};

export type ElectronMain = {
  readonly invoke: (method: string, payload: unknown, from?: IpcSender) => Promise<Result<unknown>>;
  /** The buttons the next dialogs are answered with, in order (index into their buttons). */
  readonly answerDialogs: (...responses: number[]) => void;
  /** The paths the next open and save dialogs return, in order; null cancels one. */
  readonly answerFileDialogs: (...answers: Array<string | null>) => Promise<void>;
  readonly clickMenu: (id: string) => Promise<boolean>;
  readonly fetchApp: (url: string) => Promise<{ status: number; body: string; headers: Record<string, string> }>;
  readonly navigate: (url: string) => Promise<boolean>;
  readonly openWindow: (url: string) => Promise<unknown>;
  readonly permission: (permission: string) => Promise<boolean>;
  readonly closeWindow: () => Promise<void>;
  readonly record: () => Promise<Recorded>;
  readonly dialogs: DrawnDialog[];
  readonly output: () => string;
  /** The URL the window was told to load. */
  readonly url: string;
};

type FromChild = { type: 'ready'; url: string } | { type: 'result'; id: number; result: Result<unknown> } | { type: 'reply'; id: number; value: unknown } | { type: 'failed'; id: number; error: string } | ({ type: 'dialog' } & DrawnDialog);

const bundle = join(repoRoot, 'out/main/index.js');
const register = pathToFileURL(fileURLToPath(new URL('./electron-stand-in/register.mjs', import.meta.url))).href;

/**
 * The built main process (out/main/index.js, as `npm run build` leaves it) in a Node process
 * of its own, with the recording stand-in for `electron`: the glue, the engine and SQLite are
 * the real ones, and the test speaks as our window (or a stranger), answers its dialogs and
 * clicks its menu.
 */
export function useElectronMain(): (env: NodeJS.ProcessEnv) => Promise<ElectronMain> {
  const children: ChildProcess[] = [];
  afterEach(async () => {
    await Promise.all(children.splice(0).map((child) => stop(child)));
  });
  return (env) => {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build first (npx electron-vite build).`);
    // 'advanced': bytes (a payroll opened, a PDF) cross as bytes, as they do over Electron's IPC.
    const child = fork(bundle, [], { execArgv: ['--import', register], env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'], serialization: 'advanced' });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const dialogs: DrawnDialog[] = [];
    const pending = new Map<number, { done: (value: unknown) => void; failed: (error: Error) => void }>();
    let nextId = 1;
    const ask = <T>(type: string, fields: Record<string, unknown> = {}): Promise<T> =>
      new Promise((done, failed) => {
        const id = nextId++;
        pending.set(id, { done: (value) => done(value as T), failed });
        child.send({ type, id, ...fields });
      });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the main process did not open its window in 20 s:\n${output}`)), 20_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the main process exited with ${code}:\n${output}`));
      });
      child.on('message', (message: FromChild) => {
        if (message.type === 'dialog') dialogs.push({ options: message.options, hasParent: message.hasParent });
        else if (message.type === 'result') pending.get(message.id)?.done(message.result);
        else if (message.type === 'reply') pending.get(message.id)?.done(message.value);
        else if (message.type === 'failed') pending.get(message.id)?.failed(new Error(`the stand-in failed: ${message.error}`));
        else if (message.type === 'ready') {
          clearTimeout(timer);
          resolve({
            invoke: (method, payload, from = 'window') => ask('invoke', { method, payload, from }),
            answerDialogs: (...responses) => child.send({ type: 'answer-dialogs', responses }),
            answerFileDialogs: (...answers) => ask('answer-file-dialogs', { answers }),
            clickMenu: (id) => ask('click-menu', { item: id }),
            fetchApp: (url) => ask('fetch', { url }),
            navigate: (url) => ask('navigate', { url }),
            openWindow: (url) => ask('open-window', { url }),
            permission: (permission) => ask('permission', { permission }),
            closeWindow: () => ask('close-window'),
            record: () => ask('record'),
            dialogs,
            output: () => output,
            url: message.url,
          });
        }
      });
    });
  };
}
