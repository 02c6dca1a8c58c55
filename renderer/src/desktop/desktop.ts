import type { DesktopBridge } from '../../../shared/desktop/desktop-bridge';

/** The desktop app's own calls (native dialogs, the menu), or null in a browser tab. */
export function desktopBridge(): DesktopBridge | null {
  return window.paybatchDesktop ?? null;
}
