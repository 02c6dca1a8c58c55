import type { PaybatchBridge } from '../../shared/bridge';
import type { DesktopBridge } from '../../shared/desktop/desktop-bridge';

declare global {
  interface Window {
    /** Present only inside the Electron window (exposed by the preload). */
    readonly paybatch?: PaybatchBridge;
    /** The desktop app's dialogs and menu; absent in a browser tab. */
    readonly paybatchDesktop?: DesktopBridge;
  }
}
