import type { PaybatchBridge } from '../../../shared/bridge';
import { transportError, type ApiError } from '../../../shared/result';
import { createHttpBridge } from './http-bridge';
import { takeLaunchToken } from './launch-token';

/**
 * Without a bridge, `error` says why (render it with errorText); `problem` is its English
 * message, kept while the window still shows that.
 */
export type BridgeChoice = { readonly bridge: PaybatchBridge; readonly transport: 'ipc' | 'http' } | { readonly bridge: null; readonly problem: string; readonly error: ApiError };

/** Preload present → IPC; otherwise the browser host over HTTP, with the token from the URL. */
export function selectBridge(): BridgeChoice {
  if (window.paybatch) return { bridge: window.paybatch, transport: 'ipc' };
  const token = takeLaunchToken(window.location, window.history, window.sessionStorage);
  if (token === null) {
    const error = transportError('no_access_key');
    return { bridge: null, problem: error.message, error };
  }
  return { bridge: createHttpBridge(token), transport: 'http' };
}
