import type { FileFilter } from 'electron';
import type { Translator } from '../../../shared/i18n/translator.js';
import type { savedKinds } from '../../../shared/desktop/desktop-api.js';

/** What the open dialog offers: the sheets the import reads (.xls only to say it cannot), then anything. */
export function payrollFilters(tr: Translator): FileFilter[] {
  return [
    { name: tr.t('desktop.open.sheets'), extensions: ['xlsx', 'csv', 'txt', 'xls'] },
    { name: tr.t('desktop.filter.all'), extensions: ['*'] },
  ];
}

/** The save dialog's one filter, for the form the window is saving. */
export function savedFilter(tr: Translator, kind: (typeof savedKinds)[number]): FileFilter[] {
  return [{ name: tr.t(`desktop.filter.${kind}`), extensions: [kind] }];
}
