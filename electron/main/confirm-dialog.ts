import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { ChangeConfirmer, ChangeRequest } from '../engine/destinations/change-request.js';
import { changeWarning, describeChanges } from '../engine/destinations/describe-changes.js';

/** Cancel first: Enter or Escape on a dialog the window raised must not confirm it. */
const buttons = ['Cancel', 'Confirm change'];

/**
 * The desktop app's confirmation: a native dialog drawn by the main process, which the page
 * cannot script, fake or click through. It shows old → new for each change.
 */
export function dialogConfirmer(parent: () => BrowserWindow | undefined): ChangeConfirmer {
  return {
    via: 'dialog',
    async confirm(request) {
      const options = confirmOptions(request);
      const window = parent();
      const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
      return response === 1;
    },
  };
}

function confirmOptions(request: ChangeRequest): MessageBoxOptions {
  const { subject, lines } = describeChanges(request);
  return {
    type: 'warning',
    title: 'Confirm a change',
    message: `Confirm this change for ${subject}?`,
    detail: `${lines.map((line) => `• ${line[0]?.toUpperCase() ?? ''}${line.slice(1)}`).join('\n')}\n\n${changeWarning(request)}`,
    buttons,
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
