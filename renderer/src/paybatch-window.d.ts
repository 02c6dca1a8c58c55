import type { PaybatchBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** Present only inside the Electron window (exposed by the preload). */
    readonly paybatch?: PaybatchBridge;
  }
}
