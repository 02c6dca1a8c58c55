import type { PaybatchEvent } from '../../../shared/events.js';
import type { ApiError, Result } from '../../../shared/result.js';
import type { ChangeConfirmer, ChangeRequest } from '../destinations/change-request.js';
import type { CallContext } from '../engine.js';

/**
 * What the engine worker is started with. Only data crosses a thread, so the key store is
 * named rather than passed, and a confirmer is reduced to the way it confirms: the worker asks
 * the parent, which holds the real one (a dialog needs the main process).
 */
export type EngineWorkerData = {
  readonly dataDir: string;
  /** 'memory' only where a test's subject is not the keychain (STYLE.md §4). */
  readonly keyStore: 'os' | 'memory';
  readonly confirmVia?: ChangeConfirmer['via'];
  /**
   * Who sends from this data folder (the send lock names it to another would-be sender), and
   * whether batches left unfinished are taken up as the engine opens: the desktop app and
   * `paybatch serve` reconcile rows left in flight, then go on with batches that were sending.
   */
  readonly sender?: { readonly name: string; readonly resumeOnStart: boolean };
};

/** Parent → worker. Ids pair each call with its result and each question with its answer. */
export type ToEngineWorker =
  | { readonly type: 'call'; readonly id: number; readonly method: string; readonly payload: unknown; readonly ctx: CallContext }
  | { readonly type: 'confirmed'; readonly id: number; readonly answer: boolean }
  /** The parent's confirmer threw; the guard treats it as it would a local one throwing. */
  | { readonly type: 'confirm-failed'; readonly id: number; readonly message: string }
  | { readonly type: 'close' };

/**
 * How the engine failed to start, rebuilt on the parent's side: an EngineError as one (its
 * message is for the accountant), anything else as an Error with its name and code.
 */
export type StartFailure =
  | { readonly kind: 'engine'; readonly error: ApiError }
  | { readonly kind: 'other'; readonly name: string; readonly message: string; readonly code?: string };

/** Worker → parent. */
export type FromEngineWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'failed'; readonly error: StartFailure }
  | { readonly type: 'result'; readonly id: number; readonly result: Result<unknown> }
  | { readonly type: 'event'; readonly event: PaybatchEvent }
  | { readonly type: 'confirm'; readonly id: number; readonly request: ChangeRequest }
  | { readonly type: 'closed' };
