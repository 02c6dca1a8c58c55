import type { AmountFormat, Currency } from './model.js';

/** Minor units per major unit: VND has none in use (đồng), THB has 100 satang. */
export const minorUnits: Readonly<Record<Currency, number>> = { VND: 1, THB: 100 };

export type AmountResult =
  | { readonly ok: true; readonly minor: number }
  | { readonly ok: false; readonly code: AmountProblem; readonly reason: string; readonly params: AmountParams };

export type AmountProblem = 'amount_unreadable' | 'amount_ambiguous' | 'amount_too_precise' | 'amount_too_large';

/**
 * What the reason's sentence needs: `shown`, the amount as it quotes it, and which sentence it
 * is (`why` for an unreadable amount; `form`, quoted text or a bare number, for the others).
 */
export type AmountParams = Readonly<Record<string, string | number>>;

const currencyWords = /(vnđ|vnd|vnd\.|đồng|dong|đ|₫|thb|baht|bath|บาท|฿)/giu;

/** The bare number as written: currency words and every kind of space removed. */
export function stripAmount(text: string): string {
  if (plainAmount.test(text)) return text;
  return text.normalize('NFC').replace(currencyWords, '').replace(/[\s\u00a0\u202f']/g, '');
}

const plainAmount = /^[0-9][0-9.,]*$/;

/**
 * "1500000", "1.500.000" or "1,500,000" (two or more groups of one separator) as a number,
 * without allocating; null for anything else, which the general path reads. Up to 15 digits.
 */
function wholeNumberFast(text: string): number | null {
  const first = text.charCodeAt(0);
  if (!(first >= 49 && first <= 57)) return null;
  let value = 0;
  let digits = 0;
  let separator = 0;
  let separators = 0;
  let group = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits += 1;
      group += 1;
    } else if ((code === 46 || code === 44) && (separator === 0 || code === separator) && (separators === 0 ? group <= 3 : group === 3)) {
      separator = code;
      separators += 1;
      group = 0;
    } else {
      return null;
    }
  }
  if (digits > 15 || separators === 1 || (separators > 0 && group !== 3)) return null;
  return value;
}


export type Evidence = 'dot-decimal' | 'comma-decimal' | null;

/**
 * What one written amount says about its column's convention. "1.500.000" says the dot groups
 * thousands; "1,234.50" says the dot is decimal; "1.500" (one separator, three digits after)
 * says nothing: it is 1500 or 1.5.
 */
function evidenceOf(bare: string): Evidence {
  const dots = occurrences(bare, '.');
  const commas = occurrences(bare, ',');
  if (dots > 0 && commas > 0) return bare.lastIndexOf('.') > bare.lastIndexOf(',') ? 'dot-decimal' : 'comma-decimal';
  if (dots > 1) return 'comma-decimal';
  if (commas > 1) return 'dot-decimal';
  const single = dots === 1 ? '.' : commas === 1 ? ',' : null;
  if (single === null) return null;
  const after = bare.length - bare.indexOf(single) - 1;
  if (after === 3) return null;
  return single === '.' ? 'dot-decimal' : 'comma-decimal';
}

function occurrences(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count += 1;
  return count;
}

/**
 * A column's convention from all its written values: the one most values show. Auto is
 * returned when nothing in the column tells (every value is ambiguous or has no separator).
 */
export function inferAmountFormat(texts: Iterable<string>): AmountFormat {
  const tally = newFormatTally();
  for (const text of texts) countEvidence(tally, evidenceOf(stripAmount(text)));
  return formatOfTally(tally);
}

/** Evidence counted while amounts are read, so a column's convention needs no pass of its own. */
export type FormatTally = { dot: number; comma: number };

export function newFormatTally(): FormatTally {
  return { dot: 0, comma: 0 };
}

export function countEvidence(tally: FormatTally, evidence: Evidence): void {
  if (evidence === 'dot-decimal') tally.dot += 1;
  else if (evidence === 'comma-decimal') tally.comma += 1;
}

export function formatOfTally(tally: FormatTally): AmountFormat {
  if (tally.dot === 0 && tally.comma === 0) return 'auto';
  return tally.dot >= tally.comma ? 'dot-decimal' : 'comma-decimal';
}

/**
 * A written amount read in a column whose convention is still being learnt: the result with
 * 'auto', what the value says about the convention, and whether the convention could change
 * how it reads (a lone separator before three digits).
 */
export function readAmountLearning(text: string, currency: Currency): { result: AmountResult; evidence: Evidence; dependsOnFormat: boolean } {
  const fast = wholeNumberFast(text);
  if (fast !== null && Number.isSafeInteger(fast * minorUnits[currency])) {
    const separator = fastSeparator(text);
    return { result: { ok: true, minor: fast * minorUnits[currency] }, evidence: separator === '.' ? 'comma-decimal' : separator === ',' ? 'dot-decimal' : null, dependsOnFormat: false };
  }
  const bare = stripAmount(text);
  const evidence = evidenceOf(bare);
  const dependsOnFormat = evidence === null && (bare.includes('.') || bare.includes(','));
  return { result: parseAmountText(text, currency, 'auto'), evidence, dependsOnFormat };
}

function fastSeparator(text: string): '.' | ',' | null {
  return text.includes('.') ? '.' : text.includes(',') ? ',' : null;
}

/**
 * A written amount → integer minor units, exactly (string arithmetic, never a float).
 * `format` is the column's convention; with 'auto' a lone separator before three digits is
 * thousands in VND (which has no decimals); in THB a lone comma is thousands and a lone dot
 * is ambiguous.
 */
export function parseAmountText(text: string, currency: Currency, format: AmountFormat): AmountResult {
  // Fast paths for what nearly every payroll writes, each unambiguous on its own and read
  // exactly as the general path below would read it.
  const fast = wholeNumberFast(text);
  if (fast !== null && Number.isSafeInteger(fast * minorUnits[currency])) return { ok: true, minor: fast * minorUnits[currency] };
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
    return { ok: false, code: 'amount_unreadable', reason: `"${text.trim()}" is not an amount`, params: { why: 'text', shown: text.trim() } };
  }
  const decimal = decimalSeparator(bare, currency, format);
  if (decimal === 'ambiguous') {
    const asWhole = Number(bare.replace(/[.,]/g, ''));
    const asDecimal = Number(bare.replace(',', '.'));
    return {
      ok: false,
      code: 'amount_ambiguous',
      reason: `"${text.trim()}" could be ${grouped(bare.replace(/[.,]/g, ''))} or ${String(asDecimal)}; choose how this column writes decimals`,
      params: { shown: text.trim(), asWhole, asDecimal },
    };
  }
  const [whole = '', fraction = '', extra] = decimal === null ? [bare.replace(/[.,]/g, '')] : splitOnce(bare, decimal);
  if (extra !== undefined) return { ok: false, code: 'amount_unreadable', reason: `"${text.trim()}" has more than one decimal separator`, params: { why: 'separators', shown: text.trim() } };
  const groupSeparator = decimal === '.' ? ',' : decimal === ',' ? '.' : null;
  if (!validGrouping(decimal === null ? bare : bare.slice(0, bare.lastIndexOf(decimal)), groupSeparator)) {
    return { ok: false, code: 'amount_unreadable', reason: `"${text.trim()}" does not group its thousands in threes`, params: { why: 'grouping', shown: text.trim() } };
  }
  return toMinor(whole.replace(/[.,]/g, ''), fraction, currency, negative, text);
}

/**
 * An Excel number → integer minor units, exactly as written: a value with more decimals than
 * the currency has is an error, never rounded. Excel keeps 15 significant digits, so a double
 * within a few units in the last place of its 15-digit form (0.1 + 0.2, 1500000.0000000002)
 * is that form; any other double is read in full (its shortest round-trip digits), so no
 * tolerance grows with the amount.
 */
export function amountFromNumber(value: number, currency: Currency): AmountResult {
  if (!Number.isFinite(value)) return { ok: false, code: 'amount_unreadable', reason: `${value} is not an amount`, params: { why: 'number', shown: String(value) } };
  const magnitude = Math.abs(value);
  // A whole number of at most 15 digits is its own 15-digit form: the common case (every VND
  // amount), read without toPrecision, which took most of the time of a workbook's amounts.
  if (Number.isInteger(magnitude) && magnitude < 1e15) {
    const written = String(magnitude);
    return toMinor(written, '', currency, value < 0, `${value < 0 ? '-' : ''}${written}`);
  }
  const excelForm = magnitude.toPrecision(15);
  const noise = Math.abs(magnitude - Number(excelForm)) <= magnitude * Number.EPSILON * 4;
  const written = plainDecimal(noise ? excelForm : String(magnitude));
  if (written === null) {
    return magnitude >= 1 ? { ok: false, code: 'amount_too_large', reason: `${value} is too large`, params: { form: 'number', shown: String(value) } } : tooPrecise(String(value), 'number', currency);
  }
  const [whole = '', fraction = ''] = written.split('.');
  return toMinor(whole, fraction, currency, value < 0, `${value < 0 ? '-' : ''}${written}`);
}

/** The number without an exponent or trailing zeros, or null when it needs an exponent. */
function plainDecimal(text: string): string | null {
  if (text.includes('e')) return null;
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
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
  let groupLength = 0;
  let groups = 0;
  for (let i = 0; i < whole.length; i += 1) {
    const char = whole[i];
    const isSeparator = separator === null ? char === '.' || char === ',' : char === separator;
    if (!isSeparator) {
      groupLength += 1;
      continue;
    }
    if (groups === 0 ? groupLength < 1 || groupLength > 3 : groupLength !== 3) return false;
    groups += 1;
    groupLength = 0;
  }
  return groups === 0 || groupLength === 3;
}

function toMinor(whole: string, fraction: string, currency: Currency, negative: boolean, text: string): AmountResult {
  const places = currency === 'VND' ? 0 : 2;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > places) return tooPrecise(text.trim(), 'text', currency);
  const digits = `${whole}${significant.padEnd(places, '0')}`.replace(/^0+(?=\d)/, '');
  const minor = Number(digits);
  if (!Number.isSafeInteger(minor)) return { ok: false, code: 'amount_too_large', reason: `"${text.trim()}" is too large`, params: { form: 'text', shown: text.trim() } };
  return { ok: true, minor: negative && minor !== 0 ? -minor : minor };
}

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function tooPrecise(shown: string, form: 'text' | 'number', currency: Currency): AmountResult {
  const quoted = form === 'text' ? `"${shown}"` : shown;
  return { ok: false, code: 'amount_too_precise', reason: currency === 'VND' ? `${quoted} has decimals, but VND amounts are whole đồng` : `${quoted} has more than 2 decimals`, params: { form, shown, currency } };
}
