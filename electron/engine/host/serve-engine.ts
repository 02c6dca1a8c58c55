import type { MessagePort } from 'node:worker_threads';
import { fail, transportFail, type Result } from '../../../shared/result.js';
import { internalDetail, logInternalError } from '../debug-log.js';
import type { ChangeConfirmer } from '../destinations/change-request.js';
import { createEngine, type Engine, type EngineOptions } from '../engine.js';
import { EngineError } from '../engine-error.js';
import { createMemoryKeyStore } from '../keys/memory-key-store.js';
import { createOsKeyStore } from '../keys/os-key-store.js';
import { sendPolicyFromEnv } from '../send/send-policy.js';
import { engineHostOf } from './engine-host.js';
import type { EngineWorkerData, FromEngineWorker, StartFailure, ToEngineWorker } from './worker-protocol.js';

/**
 * The worker's side of workerEngineHost: builds the engine from what the parent sent, then
 * answers its calls through the one door, forwards the engine's events, and asks the parent's
 * confirmer whenever a change needs one. `build` is createEngine except in a test that needs
 * the engine to do what no contract method makes it do yet.
 */
export function serveEngine(port: MessagePort, data: EngineWorkerData, build: (options: EngineOptions) => Engine = createEngine): void {
  const post = (message: FromEngineWorker): void => port.postMessage(message);
  const asker = data.confirmVia ? parentConfirmer(post, data.confirmVia) : undefined;
  let engine: Engine;
  try {
    const keyStore = data.keyStore === 'memory' ? createMemoryKeyStore() : createOsKeyStore();
    engine = build({ dataDir: data.dataDir, keyStore, confirmChanges: asker?.confirmer, sendPolicy: sendPolicyFromEnv(), ...(data.sender ? { senderName: data.sender.name } : {}) });
  } catch (error) {
    // The parent rethrows this where it started the engine, as a failed createEngine did.
    post({ type: 'failed', error: startFailure(error) });
    port.close();
    return;
  }
  const host = engineHostOf(engine);
  engine.onEvent((event) => post({ type: 'event', event }));

  // An answer that cannot be copied across threads is the engine's bug: logged and answered
  // as one, so the caller is never left waiting.
  const answer = (id: number, method: string, result: Result<unknown>): void => {
    try {
      post({ type: 'result', id, result });
    } catch (error) {
      post({ type: 'result', id, result: unexpected(engine.dataDir, method, error) });
    }
  };

  port.on('message', (message: ToEngineWorker) => {
    switch (message.type) {
      case 'call':
        void host.call(message.method, message.payload, message.ctx).then(
          (result) => answer(message.id, message.method, result),
          (error: unknown) => answer(message.id, message.method, unexpected(engine.dataDir, message.method, error)),
        );
        return;
      case 'confirmed':
      case 'confirm-failed':
        asker?.answered(message);
        return;
      case 'close':
        void engine.close().finally(() => {
          post({ type: 'closed' });
          port.close();
        });
        return;
    }
  });
  post({ type: 'ready' });
  if (data.sender?.resumeOnStart) resumeUnfinished(engine);
}

/**
 * Rows a closed or crashed Paybatch left in flight are asked about before anything new is sent,
 * then batches that were sending go on (paused ones stay paused). While another process sends
 * from this folder nothing is done here: the Send screen says who holds it when asked to send.
 */
function resumeUnfinished(engine: Engine): void {
  engine.send
    .resumeAll({ continuePaused: false })
    .then((resumed) => {
      // Taken up with no one asking: recorded as a resume the accountant asked for would be.
      if (resumed.resumed.length > 0) engine.audit.log.append({ action: 'send.resume', batchId: null, details: { continuePaused: false, batches: resumed.resumed.join(', '), held: resumed.held.length } });
    })
    .catch((error: unknown) => {
    if (error instanceof EngineError && error.params?.['reason'] === 'sender_busy') return;
      logInternalError(engine.dataDir, 'resume on start', error);
    });
}

function unexpected(dataDir: string, method: string, error: unknown): Result<unknown> {
  // The name only if it looks like one of ours: a caller's arbitrary string stays out of the log line.
  const where = `engine worker ${/^[a-z]+(\.[A-Za-z]+)+$/.test(method) && method.length <= 64 ? method : 'call'}`;
  return transportFail('internal_error', internalDetail(where, error, logInternalError(dataDir, where, error)));
}

/** A confirmer that asks the parent's (a dialog in the main process) and waits for its answer. */
function parentConfirmer(post: (message: FromEngineWorker) => void, via: ChangeConfirmer['via']) {
  const waiting = new Map<number, { resolve: (yes: boolean) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const confirmer: ChangeConfirmer = {
    via,
    confirm: (request) =>
      new Promise<boolean>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        post({ type: 'confirm', id, request });
      }),
  };
  return {
    confirmer,
    answered(message: Extract<ToEngineWorker, { type: 'confirmed' | 'confirm-failed' }>): void {
      const asked = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.type === 'confirmed') asked?.resolve(message.answer);
      else asked?.reject(new Error(message.message));
    },
  };
}

function startFailure(error: unknown): StartFailure {
  if (error instanceof EngineError) return { kind: 'engine', error: fail(error.code, error.message, error.detail, error.params).error };
  if (!(error instanceof Error)) return { kind: 'other', name: 'Error', message: String(error) };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return { kind: 'other', name: error.name, message: error.message, ...(code === undefined ? {} : { code }) };
}
