import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api.js';
import { defaultDataDir } from '../../engine/default-data-dir.js';
import { dispatch } from '../../engine/dispatch.js';
import { createEngine, type Engine } from '../../engine/engine.js';
import { EngineError } from '../../engine/engine-error.js';
import { createOsKeyStore } from '../../engine/keys/os-key-store.js';
import { sendPolicyFromEnv } from '../../engine/send/send-policy.js';

/** The engine the sending commands use: the app's data folder unless told, the OS keychain. */
export function openCliEngine(dataDir: string | undefined, senderName: string): Engine {
  return createEngine({ dataDir: dataDir ?? defaultDataDir(), keyStore: createOsKeyStore(), senderName, sendPolicy: sendPolicyFromEnv() });
}

/**
 * A contract call through the engine's one door, as the window makes it (schema-checked);
 * a refusal comes back as the EngineError the command prints in the reader's language.
 */
export async function ask<M extends MethodName>(engine: Engine, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(engine, method, input, { transport: 'ipc' });
  if (result.ok) return result.value as MethodOutput<M>;
  const { code, message, detail, params } = result.error;
  throw new EngineError(code, message, detail, params);
}
