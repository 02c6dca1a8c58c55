import { localeOf, type Language } from './languages.js';

export type DateOptions = {
  /** Thai dates in Buddhist-era years (2569 for 2026), as Thai documents write them. */
  readonly buddhist?: boolean;
  readonly time?: boolean;
};

/** A date as the language writes it: dd/mm/yyyy, with the time when asked. */
export function formatDate(when: string | Date, language: Language, options: DateOptions = {}): string {
  const date = typeof when === 'string' ? new Date(when) : when;
  // th-TH counts years in the Buddhist era unless told otherwise.
  const locale = language === 'th' && !options.buddhist ? 'th-TH-u-ca-gregory' : localeOf[language];
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', ...(options.time ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}) }).format(date);
}
