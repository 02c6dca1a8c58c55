import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach } from 'vitest';
import type { Result } from '../../shared/result.js';
import { repoRoot, stop } from './paybatch-process.js';

export type DrawnDialog = { readonly options: { readonly message: string; readonly detail: string; readonly buttons: string[]; readonly defaultId: number; readonly cancelId: number; readonly type: string }; readonly hasParent: boolean };

export type ElectronMain = {
  readonly invoke: (method: string, payload: unknown) => Promise<Result<unknown>>;
  /** The buttons the next dialogs are answered with, in order (index into their buttons). */
  readonly answerDialogs: (...responses: number[]) => void;
  readonly dialogs: DrawnDialog[];
  readonly output: () => string;
};

type FromChild = { type: 'ready' } | { type: 'result'; id: number; result: Result<unknown> } | ({ type: 'dialog' } & DrawnDialog);

const bundle = join(repoRoot, 'out/main/index.js');
const register = pathToFileURL(fileURLToPath(new URL('./electron-stand-in/register.mjs', import.meta.url))).href;

/**
 * The built main process (out/main/index.js, as `npm run build` leaves it) in a Node process
 * of its own, with the recording stand-in for `electron`: the glue, the engine and SQLite are
 * the real ones, and the test speaks as our window and answers its dialogs.
 */
export function useElectronMain(): (env: NodeJS.ProcessEnv) => Promise<ElectronMain> {
  const children: ChildProcess[] = [];
  afterEach(async () => {
    await Promise.all(children.splice(0).map((child) => stop(child)));
  });
  return (env) => {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build first (npx electron-vite build).`);
    const child = fork(bundle, [], { execArgv: ['--import', register], env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const dialogs: DrawnDialog[] = [];
    const pending = new Map<number, (result: Result<unknown>) => void>();
    let nextId = 1;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the main process did not open its window in 20 s:\n${output}`)), 20_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the main process exited with ${code}:\n${output}`));
      });
      child.on('message', (message: FromChild) => {
        if (message.type === 'dialog') dialogs.push({ options: message.options, hasParent: message.hasParent });
        else if (message.type === 'result') pending.get(message.id)?.(message.result);
        else if (message.type === 'ready') {
          clearTimeout(timer);
          resolve({
            invoke: (method, payload) =>
              new Promise((done) => {
                const id = nextId++;
                pending.set(id, done);
                child.send({ type: 'invoke', id, method, payload });
              }),
            answerDialogs: (...responses) => child.send({ type: 'answer-dialogs', responses }),
            dialogs,
            output: () => output,
          });
        }
      });
    });
  };
}
