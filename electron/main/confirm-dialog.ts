import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { ChangeConfirmer, ChangeRequest } from '../engine/destinations/change-request.js';
import { changeWords } from '../../shared/destinations/change-words.js';
import type { Translator } from '../../shared/i18n/translator.js';

/**
 * The desktop app's confirmation: a native dialog drawn by the main process, which the page
 * cannot script, fake or click through. It shows old → new for each change.
 */
export function dialogConfirmer(parent: () => BrowserWindow | undefined, tr: () => Translator): ChangeConfirmer {
  return {
    via: 'dialog',
    async confirm(request) {
      const options = confirmOptions(request, tr());
      const window = parent();
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 1;
    },
  };
}

function confirmOptions(request: ChangeRequest, tr: Translator): MessageBoxOptions {
  const { subject, lines, warning } = changeWords(tr, request);
  return {
    type: 'warning',
    title: tr.t('confirm.title'),
    message: tr.t('confirm.message', { subject }),
    detail: `${lines.map((line) => `• ${line}`).join('\n')}\n\n${warning}`,
    // Cancel first: Enter or Escape on a dialog the window raised must not confirm it.
    buttons: [tr.t('confirm.cancel'), tr.t('confirm.confirm')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
