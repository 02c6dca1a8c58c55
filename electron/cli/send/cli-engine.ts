import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.js';
import { defaultDataDir } from '../../engine/default-data-dir.js';
import { EngineError } from '../../engine/engine-error.js';
import type { EngineHost } from '../../engine/host/engine-host.js';
import { workerEngineHost } from '../../engine/host/worker-engine-host.js';

/**
 * The engine the sending commands use: the same worker entry as the desktop app and
 * `paybatch serve` (out/main/engine-worker.js), on the app's data folder unless told, with
 * the OS keychain. Unfinished batches are left alone until `resume` asks.
 */
export function openCliEngine(dataDir: string | undefined, senderName: string): Promise<EngineHost> {
  return workerEngineHost({ dataDir: dataDir ?? defaultDataDir(), keyStore: 'os', sender: { name: senderName, resumeOnStart: false } });
}

/**
 * A contract call through the engine's one door, as the window makes it (schema-checked);
 * a refusal comes back as the EngineError the command prints in the reader's language.
 */
export async function ask<M extends MethodName>(engine: EngineHost, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await engine.call(method, input, { transport: 'ipc' });
  if (result.ok) return result.value as MethodOutput<M>;
  const { code, message, detail, params } = result.error;
  throw new EngineError(code, message, detail, params);
}

/**
 * Follows the engine's progress events from now on: `ended(ids)` resolves once each batch's
 * run has ended (every row final, waiting for a person, or left paused).
 */
export function watchRuns(engine: EngineHost) {
  const ended = new Set<string>();
  let wake: (() => void) | null = null;
  const stop = engine.onEvent((event) => {
    if (event.type !== 'batch.progress' || event.running !== false) return;
    ended.add(event.batchId);
    wake?.();
  });
  return {
    /** Runs that had ended before the watch began are told by the caller (`running: false`). */
    alreadyEnded(batchId: string): void {
      ended.add(batchId);
    },
    async ended(batchIds: readonly string[]): Promise<void> {
      while (!batchIds.every((id) => ended.has(id))) await new Promise<void>((resolve) => (wake = resolve));
    },
    stop,
  };
}
