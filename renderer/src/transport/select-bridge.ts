import type { PaybatchBridge } from '../../../shared/bridge';
import { createHttpBridge } from './http-bridge';
import { takeLaunchToken } from './launch-token';

export type BridgeChoice = { readonly bridge: PaybatchBridge; readonly transport: 'ipc' | 'http' } | { readonly bridge: null; readonly problem: string };

/** Preload present → IPC; otherwise the browser host over HTTP, with the token from the URL. */
export function selectBridge(): BridgeChoice {
  if (window.paybatch) return { bridge: window.paybatch, transport: 'ipc' };
  const token = takeLaunchToken(window.location, window.history, window.sessionStorage);
  if (token === null) {
    return {
      bridge: null,
      problem: 'This page was opened without its access key. Open Paybatch from the address printed when it started (it ends with #token=…).',
    };
  }
  return { bridge: createHttpBridge(token), transport: 'http' };
}
