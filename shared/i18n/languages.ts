/** The languages Paybatch speaks: the accountants' own, and English. */
export const languages = ['vi', 'th', 'en'] as const;
export type Language = (typeof languages)[number];

/** The locale each language formats numbers, money and dates in. */
export const localeOf: Readonly<Record<Language, string>> = { vi: 'vi-VN', th: 'th-TH', en: 'en-GB' };

/** Each language's name in itself, as a language menu shows it. */
export const languageNames: Readonly<Record<Language, string>> = { vi: 'Tiếng Việt', th: 'ไทย', en: 'English' };

/**
 * The language for a locale as the OS or a browser writes it ("vi-VN", "th_TH.UTF-8", "en"):
 * Vietnamese and Thai by their language subtag, English for anything else.
 */
export function languageOf(locale: string | null | undefined): Language {
  const tag = (locale ?? '').trim().toLowerCase().split(/[-_.@]/)[0] ?? '';
  return tag === 'vi' ? 'vi' : tag === 'th' ? 'th' : 'en';
}

/** The first of several locales (LC_ALL, LC_MESSAGES, LANG, …) that is set. */
export function languageOfFirst(locales: ReadonlyArray<string | null | undefined>): Language {
  const set = locales.find((l) => l !== undefined && l !== null && l !== '' && l !== 'C' && l !== 'POSIX');
  return languageOf(set);
}
