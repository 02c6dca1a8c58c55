import type { PaybatchEvent } from '../../../shared/events.js';
import type { Result } from '../../../shared/result.js';
import { dispatch } from '../dispatch.js';
import { createEngine, type CallContext, type Engine, type EngineOptions } from '../engine.js';

/**
 * What the Electron glue, the browser host and the CLI hold instead of the engine itself, so
 * that the engine can live on another thread: every call goes through the one door
 * (`dispatch`: method checked, payload parsed, errors as data) wherever the engine runs.
 */
export type EngineHost = {
  readonly dataDir: string;
  /** Never rejects: a failure of the engine or of the way to it is a Result too. */
  readonly call: (method: string, payload: unknown, ctx: CallContext) => Promise<Result<unknown>>;
  /** Subscribe to engine events; returns the unsubscribe function. */
  readonly onEvent: (listener: (event: PaybatchEvent) => void) => () => void;
  readonly close: () => Promise<void>;
};

/** An engine already built on this thread, behind the same door the worker answers through. */
export function engineHostOf(engine: Engine): EngineHost {
  return {
    dataDir: engine.dataDir,
    call: (method, payload, ctx) => dispatch(engine, method, payload, ctx),
    onEvent: (listener) => engine.onEvent(listener),
    close: () => engine.close(),
  };
}

/**
 * The engine on the caller's own thread, for tests whose subject is not the thread. The app
 * and `paybatch serve` run it in a worker (workerEngineHost), so nothing it does stalls them.
 */
export function inProcessEngineHost(options: EngineOptions): EngineHost {
  return engineHostOf(createEngine(options));
}
