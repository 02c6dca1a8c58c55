import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl';
import type { Currency } from '../import/model.js';
import { formatDate, type DateOptions } from './date-format.js';
import { localeOf, type Language } from './languages.js';
import { allMessages, type MessageId } from './messages/index.js';
import { formatMoney, formatMoneyNumber } from './money-format.js';

export type Values = Readonly<Record<string, string | number | null | undefined>>;

/** Words, numbers, money and dates in one language. */
export type Translator = {
  readonly language: Language;
  readonly t: (id: MessageId, values?: Values) => string;
  /** A message whose id is made at run time (an issue's code): undefined when there is none. */
  readonly maybe: (id: string, values?: Values) => string | undefined;
  readonly money: (minor: number, currency: Currency) => string;
  readonly moneyNumber: (minor: number, currency: Currency) => string;
  readonly number: (value: number) => string;
  readonly date: (when: string | Date, options?: DateOptions) => string;
};

const catalogues = new Map<Language, Record<string, string>>();

/** Every message in `language`, by id. */
export function catalogueOf(language: Language): Record<string, string> {
  let catalogue = catalogues.get(language);
  if (!catalogue) {
    catalogue = Object.fromEntries(Object.entries(allMessages).map(([id, entry]) => [id, entry[language]]));
    catalogues.set(language, catalogue);
  }
  return catalogue;
}

const translators = new Map<Language, Translator>();

export function translator(language: Language): Translator {
  const known = translators.get(language);
  if (known) return known;
  const catalogue = catalogueOf(language);
  // A message that cannot be formatted (a value its sentence needs was not given) is noted
  // here rather than logged, so `maybe` can fall back to the English the check carried.
  let failed = false;
  const intl: IntlShape<string> = createIntl(
    {
      locale: localeOf[language],
      messages: catalogue,
      defaultLocale: 'en-GB',
      onError: () => {
        failed = true;
      },
    },
    createIntlCache(),
  );
  const numbers = new Intl.NumberFormat(localeOf[language]);
  const format = (id: string, values?: Values): string => intl.formatMessage({ id }, cleaned(values));
  const attempt = (id: string, values?: Values): string | undefined => {
    failed = false;
    const text = format(id, values);
    return failed ? undefined : text;
  };
  const made: Translator = {
    language,
    t: format,
    maybe: (id, values) => (id in catalogue ? attempt(id, values) : undefined),
    money: (minor, currency) => formatMoney(minor, currency, language),
    moneyNumber: (minor, currency) => formatMoneyNumber(minor, currency, language),
    number: (value) => numbers.format(value),
    date: (when, options) => formatDate(when, language, options),
  };
  translators.set(language, made);
  return made;
}

/** ICU has no null: a missing value is shown as nothing rather than the word "null". */
function cleaned(values: Values | undefined): Record<string, string | number> | undefined {
  if (!values) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) out[key] = value ?? '';
  return out;
}
