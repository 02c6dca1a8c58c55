import type { AmountFormat, Currency } from './model.js';

/** Minor units per major unit: VND has none in use (đồng), THB has 100 satang. */
export const minorUnits: Readonly<Record<Currency, number>> = { VND: 1, THB: 100 };

export type AmountResult =
  | { readonly ok: true; readonly minor: number }
  | { readonly ok: false; readonly code: 'amount_unreadable' | 'amount_ambiguous' | 'amount_too_precise' | 'amount_too_large'; readonly reason: string };

const currencyWords = /(vnđ|vnd|vnd\.|đồng|dong|đ|₫|thb|baht|bath|บาท|฿)/giu;

/** The bare number as written: currency words and every kind of space removed. */
export function stripAmount(text: string): string {
  return text.normalize('NFC').replace(currencyWords, '').replace(/[\s\u00a0\u202f']/g, '');
}

type Evidence = 'dot-decimal' | 'comma-decimal' | null;

/**
 * What one written amount says about its column's convention. "1.500.000" says the dot groups
 * thousands; "1,234.50" says the dot is decimal; "1.500" (one separator, three digits after)
 * says nothing: it is 1500 or 1.5.
 */
function evidenceOf(bare: string): Evidence {
  const dots = bare.split('.').length - 1;
  const commas = bare.split(',').length - 1;
  if (dots > 0 && commas > 0) return bare.lastIndexOf('.') > bare.lastIndexOf(',') ? 'dot-decimal' : 'comma-decimal';
  if (dots > 1) return 'comma-decimal';
  if (commas > 1) return 'dot-decimal';
  const single = dots === 1 ? '.' : commas === 1 ? ',' : null;
  if (single === null) return null;
  const after = bare.length - bare.indexOf(single) - 1;
  if (after === 3) return null;
  return single === '.' ? 'dot-decimal' : 'comma-decimal';
}

/**
 * A column's convention from all its written values: the one most values show. Auto is
 * returned when nothing in the column tells (every value is ambiguous or has no separator).
 */
export function inferAmountFormat(texts: Iterable<string>): AmountFormat {
  let dot = 0;
  let comma = 0;
  for (const text of texts) {
    const evidence = evidenceOf(stripAmount(text));
    if (evidence === 'dot-decimal') dot += 1;
    else if (evidence === 'comma-decimal') comma += 1;
  }
  if (dot === 0 && comma === 0) return 'auto';
  return dot >= comma ? 'dot-decimal' : 'comma-decimal';
}

/**
 * A written amount → integer minor units, exactly (string arithmetic, never a float).
 * `format` is the column's convention; with 'auto' a lone separator before three digits is
 * thousands in VND (which has no decimals); in THB a lone comma is thousands and a lone dot
 * is ambiguous.
 */
export function parseAmountText(text: string, currency: Currency, format: AmountFormat): AmountResult {
  let bare = stripAmount(text);
  let negative = false;
  if (/^\(.*\)$/.test(bare)) {
    negative = true;
    bare = bare.slice(1, -1);
  }
  if (bare.startsWith('-') || bare.startsWith('−')) {
    negative = true;
    bare = bare.slice(1);
  } else if (bare.startsWith('+')) {
    bare = bare.slice(1);
  }
  if (!/^[0-9][0-9.,]*$/.test(bare) || /[.,]$/.test(bare)) {
    return { ok: false, code: 'amount_unreadable', reason: `"${text.trim()}" is not an amount` };
  }
  const decimal = decimalSeparator(bare, currency, format);
  if (decimal === 'ambiguous') {
    return {
      ok: false,
      code: 'amount_ambiguous',
      reason: `"${text.trim()}" could be ${grouped(bare.replace(/[.,]/g, ''))} or ${String(Number(bare.replace(',', '.')))}; choose how this column writes decimals`,
    };
  }
  const [whole = '', fraction = '', extra] = decimal === null ? [bare.replace(/[.,]/g, '')] : splitOnce(bare, decimal);
  if (extra !== undefined) return { ok: false, code: 'amount_unreadable', reason: `"${text.trim()}" has more than one decimal separator` };
  const groupSeparator = decimal === '.' ? ',' : decimal === ',' ? '.' : null;
  if (!validGrouping(decimal === null ? bare : bare.slice(0, bare.lastIndexOf(decimal)), groupSeparator)) {
    return { ok: false, code: 'amount_unreadable', reason: `"${text.trim()}" does not group its thousands in threes` };
  }
  return toMinor(whole.replace(/[.,]/g, ''), fraction, currency, negative, text);
}

/** An Excel number → integer minor units; binary float noise (1500000.0000000002) is absorbed. */
export function amountFromNumber(value: number, currency: Currency): AmountResult {
  const scaled = value * minorUnits[currency];
  const rounded = Math.round(scaled);
  if (!Number.isFinite(value)) return { ok: false, code: 'amount_unreadable', reason: `${value} is not an amount` };
  if (Math.abs(scaled - rounded) > 1e-6 * Math.max(1, Math.abs(scaled))) {
    return {
      ok: false,
      code: 'amount_too_precise',
      reason: currency === 'VND' ? `${value} has decimals, but VND amounts are whole đồng` : `${value} has more than 2 decimals`,
    };
  }
  if (!Number.isSafeInteger(rounded)) return { ok: false, code: 'amount_too_large', reason: `${value} is too large` };
  return { ok: true, minor: rounded };
}

/**
 * Which separator is the decimal point in this value. A value that says so itself
 * ("1.500.000", "1,234.50") is read as it says, whatever the column's convention; the
 * convention only settles a lone separator before three digits ("1.500").
 */
function decimalSeparator(bare: string, currency: Currency, format: AmountFormat): '.' | ',' | null | 'ambiguous' {
  const hasDot = bare.includes('.');
  const hasComma = bare.includes(',');
  if (!hasDot && !hasComma) return null;
  const evidence = evidenceOf(bare) ?? (format === 'auto' ? null : format);
  if (evidence === 'dot-decimal') return hasDot ? '.' : null;
  if (evidence === 'comma-decimal') return hasComma ? ',' : null;
  // VND has no decimals, so a lone separator groups thousands. In a THB column a lone comma is
  // the Thai thousands separator ("1,000"), but a lone dot may be a Thai decimal point (1.5)
  // or Vietnamese-style thousands (1500): that one is flagged, never guessed.
  if (currency === 'VND' || hasComma) return null;
  return 'ambiguous';
}

function splitOnce(text: string, separator: string): string[] {
  const parts = text.split(separator);
  return parts.length <= 2 ? parts : [parts[0] ?? '', parts[1] ?? '', parts.slice(2).join(separator)];
}

/** "1,500,000" and "1500000" are fine; "1,50,000" and "15,00" are not. */
function validGrouping(whole: string, separator: '.' | ',' | null): boolean {
  const separators = separator === null ? /[.,]/ : new RegExp(`[${separator === '.' ? '.' : ','}]`);
  const groups = whole.split(separators);
  if (groups.length === 1) return true;
  return groups.every((group, index) => (index === 0 ? group.length >= 1 && group.length <= 3 : group.length === 3));
}

function toMinor(whole: string, fraction: string, currency: Currency, negative: boolean, text: string): AmountResult {
  const places = currency === 'VND' ? 0 : 2;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > places) {
    return {
      ok: false,
      code: 'amount_too_precise',
      reason: currency === 'VND' ? `"${text.trim()}" has decimals, but VND amounts are whole đồng` : `"${text.trim()}" has more than 2 decimals`,
    };
  }
  const digits = `${whole}${significant.padEnd(places, '0')}`.replace(/^0+(?=\d)/, '');
  const minor = Number(digits);
  if (!Number.isSafeInteger(minor)) return { ok: false, code: 'amount_too_large', reason: `"${text.trim()}" is too large` };
  return { ok: true, minor: negative && minor !== 0 ? -minor : minor };
}

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
