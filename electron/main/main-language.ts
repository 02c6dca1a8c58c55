import { app } from 'electron';
import { languageOfFirst, type Language } from '../../shared/i18n/languages.js';
import { translator, type Translator } from '../../shared/i18n/translator.js';

export type MainLanguage = {
  readonly tr: () => Translator;
  /** The window's choice (Settings), which the menu and dialogs follow from then on. */
  readonly set: (language: Language) => void;
};

/**
 * The language the main process speaks in its menu and dialogs: the system's until the window
 * says which one the accountant chose (it does so as it opens, and on every change).
 */
export function mainLanguage(onChange: (language: Language) => void): MainLanguage {
  let chosen: Language | null = null;
  return {
    tr: () => translator(chosen ?? languageOfFirst([app.getLocale()])),
    set: (language) => {
      if (language === chosen) return;
      chosen = language;
      onChange(language);
    },
  };
}
