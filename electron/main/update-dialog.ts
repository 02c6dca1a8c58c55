import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Translator } from '../../shared/i18n/translator.js';

/**
 * Tells the accountant an update has been downloaded and will be installed when Paybatch quits:
 * startUpdates' `notify`. Only an OK button: "restart now" would start the installer at once,
 * and the quit guard could then keep Paybatch open with a batch sending while it runs.
 */
export function showUpdateReady(version: string, parent: BrowserWindow | undefined, tr: Translator): void {
  const options: MessageBoxOptions = {
    type: 'info',
    title: tr.t('app.update.title'),
    message: tr.t('app.update.message', { version }),
    detail: tr.t('app.update.detail'),
    buttons: [tr.t('app.update.ok')],
    defaultId: 0,
    noLink: true,
  };
  // Not waited for: nothing depends on the answer.
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
