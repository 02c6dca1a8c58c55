import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import type { Translator } from '../../shared/i18n/translator.js';

export type AboutFacts = { readonly version: string; readonly dataDir: string; readonly versions: Readonly<Partial<Record<'electron' | 'chrome' | 'node', string>>> };

/** What support asks first: which version, on which Electron, keeping its data where. */
export function aboutOptions(tr: Translator, facts: AboutFacts): MessageBoxOptions {
  return {
    type: 'info',
    title: tr.t('about.title'),
    message: tr.t('about.message', { version: facts.version }),
    detail: tr.t('about.detail', { dataDir: facts.dataDir, electron: facts.versions.electron ?? '?', chrome: facts.versions.chrome ?? '?', node: facts.versions.node ?? '?' }),
    buttons: [tr.t('about.ok')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

export async function showAbout(parent: BrowserWindow | undefined, tr: Translator, facts: AboutFacts): Promise<void> {
  const options = aboutOptions(tr, facts);
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}
