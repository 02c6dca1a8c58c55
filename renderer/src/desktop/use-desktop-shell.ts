import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/desktop/desktop-methods';
import type { Language } from '../../../shared/i18n/languages';
import { desktopBridge } from './desktop';

/**
 * In the desktop app: tells the main process the window's language (its menu and dialogs follow
 * it) and hands the menu's commands to `onCommand`. Nothing in a browser tab.
 */
export function useDesktopShell(language: Language, onCommand: (command: MenuCommand) => void): void {
  useEffect(() => {
    void desktopBridge()?.['desktop.setLanguage']({ language });
  }, [language]);
  useEffect(() => desktopBridge()?.onMenu(onCommand), [onCommand]);
}
