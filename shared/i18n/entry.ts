import type { Language } from './languages.js';

/**
 * One message in every language, side by side: a key cannot exist in one language and not in
 * another, and a translator sees the English beside the words being changed. ICU MessageFormat
 * ({count, plural, other {# rows}}, {name}); Vietnamese and Thai have no plural forms.
 */
export type Entry = Readonly<Record<Language, string>>;

export function messages<const T extends Record<string, Entry>>(entries: T): T {
  return entries;
}
