import { app, dialog, type BrowserWindow } from 'electron';
import type { PaybatchEvent } from '../../shared/events.js';
import type { Translator } from '../../shared/i18n/translator.js';

/**
 * Asks before quitting while a batch still has payments to send: quitting is safe (rows in
 * flight are checked with the provider when Paybatch next opens, and sending goes on), but
 * the accountant should choose it knowing that. Follows the engine's progress events.
 */
export function guardQuitWhileSending(onEvent: (listener: (event: PaybatchEvent) => void) => () => void, parent: () => BrowserWindow | undefined, translate: () => Translator): void {
  const unsent = new Map<string, number>();
  onEvent((event) => {
    if (event.type !== 'batch.progress') return;
    const left = (event.byStatus.ready ?? 0) + (event.byStatus.sending ?? 0);
    if (event.status === 'sending' && left > 0) unsent.set(event.batchId, left);
    else unsent.delete(event.batchId);
  });
  let confirmed = false;
  app.on('before-quit', (event) => {
    if (confirmed || unsent.size === 0) return;
    const tr = translate();
    const left = [...unsent.values()].reduce((sum, n) => sum + n, 0);
    const options = {
      type: 'warning' as const,
      title: tr.t('app.quit.title'),
      message: tr.t('app.quit.message', { left }),
      detail: tr.t('app.quit.detail'),
      buttons: [tr.t('app.quit.stay'), tr.t('app.quit.quit')],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    };
    const window = parent();
    const response = window ? dialog.showMessageBoxSync(window, options) : dialog.showMessageBoxSync(options);
    if (response === 1) confirmed = true;
    else event.preventDefault();
  });
}
