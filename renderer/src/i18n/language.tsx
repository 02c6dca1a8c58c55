import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { languageOf, languages, type Language } from '../../../shared/i18n/languages';
import { translator, type Translator } from '../../../shared/i18n/translator';

const storageKey = 'paybatch.language';

type LanguageChoice = { readonly tr: Translator; readonly language: Language; readonly setLanguage: (language: Language) => void };

const LanguageContext = createContext<LanguageChoice | null>(null);

/** The language chosen in Settings, else the system's (the OS locale in the app, the browser's here). */
function initialLanguage(): Language {
  const saved = window.localStorage.getItem(storageKey);
  const chosen = languages.find((l) => l === saved);
  return chosen ?? languageOf(navigator.language);
}

export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const [language, setChosen] = useState<Language>(initialLanguage);
  useEffect(() => {
    // Screen readers and the browser's own hyphenation and fonts follow the page's language.
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<LanguageChoice>(
    () => ({
      tr: translator(language),
      language,
      setLanguage: (next) => {
        window.localStorage.setItem(storageKey, next);
        setChosen(next);
      },
    }),
    [language],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

function useChoice(): LanguageChoice {
  const choice = useContext(LanguageContext);
  if (!choice) throw new Error('LanguageProvider is missing above this component');
  return choice;
}

/** Words, money and dates in the accountant's language. */
export function useT(): Translator {
  return useChoice().tr;
}

export function useLanguage(): readonly [Language, (language: Language) => void] {
  const { language, setLanguage } = useChoice();
  return [language, setLanguage];
}
