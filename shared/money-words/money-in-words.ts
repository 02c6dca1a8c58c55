import type { Currency } from '../import/model.js';
import type { Language } from '../i18n/languages.js';
import { englishNumberWords } from './english-number-words.js';
import { thaiNumberWords } from './thai-number-words.js';
import { documentReading, vietnameseNumberWords, type VietnameseReading } from './vietnamese-number-words.js';
import { wholeDigits } from './whole-digits.js';

/** The money's names in each language: đồng has no minor unit in use; a baht is 100 satang. */
const unitWords: Readonly<Record<Language, Readonly<Record<Currency, { readonly major: string; readonly minor: string }>>>> = {
  vi: { VND: { major: 'đồng', minor: '' }, THB: { major: 'bạt', minor: 'satang' } },
  th: { VND: { major: 'ด่ง', minor: '' }, THB: { major: 'บาท', minor: 'สตางค์' } },
  en: { VND: { major: 'dong', minor: '' }, THB: { major: 'baht', minor: 'satang' } },
};

/** Minor units of each currency as the amounts in Paybatch count them (shared/import/parse-amount.ts). */
const minorDigits: Readonly<Record<Currency, number>> = { VND: 0, THB: 2 };

export type MoneyWordsOptions = {
  /** How Vietnamese is read (linh or lẻ, tư or bốn, nghìn or ngàn). */
  readonly vietnamese?: VietnameseReading;
};

/**
 * An amount in minor units (đồng; satang) in words, as a payment document writes "the sum in
 * words", exactly for any whole number (read digit by digit, never through a float):
 * - vi: "Một triệu năm trăm nghìn đồng"; baht: "Một trăm bạt năm mươi satang".
 * - th: Thai baht text, "หนึ่งล้านห้าแสนบาทถ้วน", "หนึ่งร้อยบาทห้าสิบสตางค์", "ห้าสิบสตางค์"; đồng: "…ด่ง".
 * - en: "One million five hundred thousand dong"; "One hundred baht and fifty satang".
 */
export function moneyInWords(minor: number | bigint | string, currency: Currency, language: Language, options: MoneyWordsOptions = {}): string {
  const { negative, digits } = wholeDigits(minor);
  const places = minorDigits[currency];
  const majorDigits = places === 0 ? digits : digits.slice(0, -places) || '0';
  const minorPart = places === 0 ? '0' : digits.slice(-places);
  const names = unitWords[language][currency];
  const sign = negative ? '-' : '';
  const say = (part: string): string => {
    if (language === 'th') return thaiNumberWords(part);
    if (language === 'vi') return vietnameseNumberWords(part, options.vietnamese ?? documentReading);
    return englishNumberWords(part);
  };
  const hasMajor = majorDigits !== '0';
  const hasMinor = Number(minorPart) !== 0;
  if (language === 'th') {
    const minus = negative ? 'ลบ' : '';
    if (currency === 'VND') return `${minus}${say(majorDigits)}${names.major}`;
    // Baht text: whole baht end in "ถ้วน"; satang alone stand alone.
    if (!hasMinor) return `${minus}${say(majorDigits)}${names.major}ถ้วน`;
    return `${minus}${hasMajor ? `${say(majorDigits)}${names.major}` : ''}${say(minorPart)}${names.minor}`;
  }
  const parts: string[] = [];
  if (hasMajor || !hasMinor) parts.push(`${say(`${sign}${majorDigits}`)} ${names.major}`);
  if (hasMinor) {
    if (parts.length > 0 && language === 'en') parts.push('and');
    parts.push(`${say(parts.length === 0 ? `${sign}${minorPart}` : minorPart)} ${names.minor}`);
  }
  return capitalized(parts.join(' '), language);
}

/** The first letter in capitals, as the sentence it starts: "Một", "Âm", "One". */
function capitalized(text: string, language: Language): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return `${head.toLocaleUpperCase(language)}${text.slice(head.length)}`;
}
