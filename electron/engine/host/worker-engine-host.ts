import { Worker } from 'node:worker_threads';
import type { PaybatchEvent } from '../../../shared/events.js';
import { transportFail, type Result } from '../../../shared/result.js';
import { internalDetail, logInternalError } from '../debug-log.js';
import type { ChangeConfirmer } from '../destinations/change-request.js';
import { EngineError } from '../engine-error.js';
import type { EngineHost } from './engine-host.js';
import { builtEngineWorkerUrl } from './engine-worker-url.js';
import type { EngineWorkerData, FromEngineWorker, StartFailure, ToEngineWorker } from './worker-protocol.js';

export type WorkerEngineHostOptions = {
  readonly dataDir: string;
  readonly keyStore: EngineWorkerData['keyStore'];
  /** Stays on this thread (a dialog needs the main process); the worker asks it over the port. */
  readonly confirmChanges?: ChangeConfirmer;
  /**
   * Told once, with what happened (for the log; the stack is in the data folder's debug log),
   * when the engine stops other than by close(). Every call still waiting, and every later
   * one, is answered `host_failed` with the same detail.
   */
  readonly onStopped?: (reason: string) => void;
  /** The built worker entry; tests name out/main/engine-worker.js, the app finds its own. */
  readonly workerUrl?: URL;
  /** How long close() lets the engine finish what it is doing before the thread is ended. */
  readonly closeTimeoutMs?: number;
  readonly sender?: EngineWorkerData['sender'];
};

const defaultCloseTimeoutMs = 10_000;

/**
 * Starts the engine on a worker thread and resolves once it is open (or rejects as
 * createEngine would have: a data folder it cannot open, a newer schema).
 */
export function workerEngineHost(options: WorkerEngineHostOptions): Promise<EngineHost> {
  const workerData: EngineWorkerData = {
    dataDir: options.dataDir,
    keyStore: options.keyStore,
    ...(options.confirmChanges ? { confirmVia: options.confirmChanges.via } : {}),
    ...(options.sender ? { sender: options.sender } : {}),
  };
  const worker = new Worker(options.workerUrl ?? builtEngineWorkerUrl(), { workerData });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<(event: PaybatchEvent) => void>();
  let nextId = 1;
  /** Set once the engine cannot answer any more: what every call gets from then on. */
  let stopped: Result<never> | undefined;
  let crash: string | undefined;
  let closing: Promise<void> | undefined;
  let onClosed: (() => void) | undefined;
  /** Until the engine is open: how to answer the caller waiting for it. */
  let started: { resolve: (host: EngineHost) => void; reject: (error: Error) => void } | undefined;
  const ready = new Promise<EngineHost>((resolve, reject) => {
    started = {
      resolve: (host) => {
        started = undefined;
        resolve(host);
      },
      reject: (error) => {
        started = undefined;
        void worker.terminate();
        reject(error);
      },
    };
  });

  const post = (message: ToEngineWorker): void => worker.postMessage(message);

  const host: EngineHost = {
    dataDir: options.dataDir,
    call(method, payload, ctx) {
      if (stopped) return Promise.resolve(stopped);
      return new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        try {
          post({ type: 'call', id, method, payload, ctx });
        } catch {
          // Only a value no transport could have carried (a function, a symbol) fails to copy.
          pending.delete(id);
          resolve(transportFail('request_malformed', 'a payload that cannot be copied to the engine'));
        }
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closing ??= closeWorker();
      return closing;
    },
  };

  async function closeWorker(): Promise<void> {
    if (stopped) return;
    stopped = transportFail('host_failed', 'the engine was closed');
    const closed = new Promise<void>((resolve) => (onClosed = resolve));
    post({ type: 'close' });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => (timer = setTimeout(resolve, options.closeTimeoutMs ?? defaultCloseTimeoutMs)));
    await Promise.race([closed, timedOut]);
    clearTimeout(timer);
    await worker.terminate();
  }

  worker.on('message', (message: FromEngineWorker) => {
    switch (message.type) {
      case 'ready':
        started?.resolve(host);
        return;
      case 'failed':
        started?.reject(startError(message.error));
        return;
      case 'result':
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
        return;
      case 'event':
        for (const listener of [...listeners]) deliver(listener, message.event);
        return;
      case 'confirm':
        void confirm(message.id, message.request);
        return;
      case 'closed':
        onClosed?.();
        return;
    }
  });

  // One window gone or one tab's stream broken must not keep the others from their events.
  function deliver(listener: (event: PaybatchEvent) => void, event: PaybatchEvent): void {
    try {
      listener(event);
    } catch (error) {
      logInternalError(options.dataDir, 'engine event listener', error);
    }
  }

  async function confirm(id: number, request: Extract<FromEngineWorker, { type: 'confirm' }>['request']): Promise<void> {
    try {
      const answer = options.confirmChanges ? await options.confirmChanges.confirm(request) : false;
      if (!stopped) post({ type: 'confirmed', id, answer });
    } catch (error) {
      if (!stopped) post({ type: 'confirm-failed', id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  // 'error' is an exception nothing in the worker caught; 'exit' follows it.
  worker.on('error', (error) => {
    crash = internalDetail('engine worker', error, logInternalError(options.dataDir, 'engine worker', error));
  });
  worker.on('exit', (code) => {
    const reason = crash ?? `engine worker exited with code ${code}`;
    const closedByUs = stopped !== undefined;
    stopped ??= transportFail('host_failed', reason);
    for (const resolve of pending.values()) resolve(stopped);
    pending.clear();
    listeners.clear();
    onClosed?.();
    if (started) started.reject(new Error(`The Paybatch engine stopped before it was ready (${reason}).`));
    else if (!closedByUs) options.onStopped?.(reason);
  });
  worker.on('messageerror', (error) => logInternalError(options.dataDir, 'engine worker message', error));

  return ready;
}

function startError(failure: StartFailure): Error {
  if (failure.kind === 'engine') return new EngineError(failure.error.code, failure.error.message, failure.error.detail, failure.error.params);
  const error = Object.assign(new Error(failure.message), failure.code === undefined ? {} : { code: failure.code });
  error.name = failure.name;
  return error;
}
