import type { MethodInput, MethodName, MethodOutput } from './api.js';
import type { PaybatchEvent } from './events.js';
import type { Result } from './result.js';

/**
 * The shape of `window.paybatch` (Electron preload) and of the HTTP client (browser host):
 * one function per contract method, plus an event subscription. The renderer only ever sees
 * this type, so it cannot tell (or care) which transport is behind it.
 */
export type PaybatchBridge = {
  readonly [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
} & {
  readonly onEvent: (listener: (event: PaybatchEvent) => void) => () => void;
};
