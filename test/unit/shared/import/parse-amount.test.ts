import { describe, expect, it } from 'vitest';
import { amountFromNumber, inferAmountFormat, parseAmountText } from '../../../../shared/import/parse-amount.js';

const minor = (text: string, currency: 'VND' | 'THB', format: 'auto' | 'dot-decimal' | 'comma-decimal' = 'auto') => {
  const result = parseAmountText(text, currency, format);
  return result.ok ? result.minor : result.code;
};

describe('parseAmountText', () => {
  it.each([
    ['1.500.000', 1_500_000],
    ['1,500,000', 1_500_000],
    ['3 000 000 đ', 3_000_000],
    ['3\u00a0000\u00a0000 ₫', 3_000_000],
    ['4.200.000 VND', 4_200_000],
    ['4.200.000 VNĐ', 4_200_000],
    ['1.500', 1_500],
    ['1,500', 1_500],
    ['1.000.000,00', 1_000_000],
    ['1,000,000.00', 1_000_000],
    ['50000', 50_000],
    ['(50.000)', -50_000],
    ['-50.000', -50_000],
    ['+50.000', 50_000],
    ['0', 0],
  ])('VND %j → %s đồng', (text, expected) => {
    expect(minor(text, 'VND')).toBe(expected);
  });

  it.each([
    ['1,234.50', 123_450],
    ['1234.5', 123_450],
    ['0.01', 1],
    ['฿1,000', 100_000],
    ['1,000 บาท', 100_000],
    ['1.234,50', 123_450],
    ['20000', 2_000_000],
    ['1.500', 'amount_ambiguous'],
    ['1,500', 150_000],
    ['1.005', 'amount_ambiguous'],
    ['1.001', 'amount_ambiguous'],
    ['12.345', 'amount_ambiguous'],
    ['1.2345', 'amount_too_precise'],
    ['0.001', 'amount_ambiguous'],
    ['0.0015', 'amount_too_precise'],
  ])('THB %j → %s satang', (text, expected) => {
    expect(minor(text, 'THB')).toBe(expected);
  });

  it.each([
    ['1.5', 'amount_too_precise'],
    ['1.500,5', 'amount_too_precise'],
    ['1.500.000,50', 'amount_too_precise'],
    ['1.500.000,00', 1_500_000],
  ])('VND refuses decimals other than zero: %j → %s', (text, expected) => {
    expect(minor(text, 'VND')).toBe(expected);
  });

  it.each(['', 'abc', '1,50,000', '15,00,000', '1.50.000', '1..500', '1.500.', '.500', '1.500.000.', '1e6', '12/10/2026', '1 500 abc', '--5', '١٢٣'])(
    'refuses %j as unreadable',
    (text) => {
      expect(minor(text, 'VND')).toBe('amount_unreadable');
    },
  );

  it('never loses a digit to floating point', () => {
    expect(minor('9.007.199.254.740.991', 'VND')).toBe(9_007_199_254_740_991);
    expect(minor('9.007.199.254.740.993', 'VND')).toBe('amount_too_large');
    expect(minor('90,071,992,547,409.91', 'THB')).toBe(9_007_199_254_740_991);
    expect(minor('0.29', 'THB')).toBe(29);
    expect(minor('999999999999999', 'THB')).toBe('amount_too_large');
    expect(minor('999.999.999.999.999', 'THB')).toBe('amount_too_large');
    expect(minor('999999999999999', 'VND')).toBe(999_999_999_999_999);
    expect(minor('1.15', 'THB')).toBe(115);
  });

  it('lets the user settle a lone separator', () => {
    expect(minor('1.500', 'THB', 'dot-decimal')).toBe(150);
    expect(minor('1.500', 'THB', 'comma-decimal')).toBe(150_000);
    expect(minor('1,500', 'THB', 'dot-decimal')).toBe(150_000);
    expect(minor('1,500', 'THB', 'comma-decimal')).toBe(150);
  });

  it('never lets the column overrule a value that says what it is', () => {
    expect(minor('2.750.000', 'VND', 'dot-decimal')).toBe(2_750_000);
    expect(minor('1,234.50', 'THB', 'comma-decimal')).toBe(123_450);
  });
});

describe('inferAmountFormat', () => {
  it.each([
    [['1.500.000', '2.000.000'], 'comma-decimal'],
    [['1,500,000', '2,000.50'], 'dot-decimal'],
    [['1.234,50', '99,5'], 'comma-decimal'],
    [['1.500', '2,000', '3000'], 'auto'],
    [[], 'auto'],
    [['1,234.50', '1,234.50', '1.234,50'], 'dot-decimal'],
  ])('%j → %s', (values, expected) => {
    expect(inferAmountFormat(values)).toBe(expected);
  });
});

describe('amountFromNumber', () => {
  it.each([
    [15_000_000, 'VND', 15_000_000],
    [1_500_000.0000000002, 'VND', 1_500_000],
    [1234.5, 'THB', 123_450],
    [0.1 + 0.2, 'THB', 30],
    [1234.567, 'THB', 'amount_too_precise'],
    [1500.5, 'VND', 'amount_too_precise'],
    [Number.NaN, 'VND', 'amount_unreadable'],
    [1e300, 'VND', 'amount_too_large'],
    // Issue #9: extra decimals were rounded away, by a tolerance that grew with the amount.
    [1_500_000.5, 'VND', 'amount_too_precise'],
    [15_000_000.4, 'VND', 'amount_too_precise'],
    [100_000.5, 'VND', 'amount_too_precise'],
    [12_345.678, 'THB', 'amount_too_precise'],
    [1_999_999.999, 'THB', 'amount_too_precise'],
    [123_456_789_012.345, 'VND', 'amount_too_precise'],
    [123_456_789_012_345.6, 'VND', 'amount_too_precise'],
    [2e-7, 'THB', 'amount_too_precise'],
    // Binary noise on exact values is still read exactly.
    [1.1 + 2.2, 'THB', 330],
    [0.7 * 3, 'THB', 210],
    [19_999_999.99, 'THB', 1_999_999_999],
    [1_234_567.89 * 100 / 100, 'THB', 123_456_789],
    [-1500, 'THB', -150_000],
    [999_999_999_999, 'VND', 999_999_999_999],
  ] as const)('%s %s → %s', (value, currency, expected) => {
    const result = amountFromNumber(value, currency);
    expect(result.ok ? result.minor : result.code).toBe(expected);
  });

  it('reads whole numbers as their 15-digit form does, reasons included', () => {
    const wholes = [0, -0, 1, -1, 7, 100, 1_000_000, -2_500_000, 90_071_992_547, 999_999_999_999_999, -999_999_999_999_999, 1e15, 1e15 + 2, 2 ** 53, 1e20, 123_456_789_012_345];
    for (let i = 0; i < 2_000; i += 1) wholes.push(Math.round((Math.random() - 0.3) * 10 ** (i % 17)));
    for (const value of wholes) for (const currency of ['VND', 'THB'] as const) expect(amountFromNumber(value, currency), `${value} ${currency}`).toEqual(byFifteenDigits(value, currency));
  });
});

/** amountFromNumber as it was before whole numbers had their own way: the reference for them. */
function byFifteenDigits(value: number, currency: 'VND' | 'THB') {
  const magnitude = Math.abs(value);
  const excelForm = magnitude.toPrecision(15);
  const noise = Math.abs(magnitude - Number(excelForm)) <= magnitude * Number.EPSILON * 4;
  const text = noise ? excelForm : String(magnitude);
  if (text.includes('e')) return amountFromNumber(value, currency);
  const written = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  const [whole = ''] = written.split('.');
  const shown = `${value < 0 ? '-' : ''}${written}`;
  const digits = `${whole}${currency === 'VND' ? '' : '00'}`.replace(/^0+(?=\d)/, '');
  const minor = Number(digits);
  if (!Number.isSafeInteger(minor)) return { ok: false, code: 'amount_too_large', reason: `"${shown}" is too large`, params: { form: 'text', shown } };
  return { ok: true, minor: value < 0 && minor !== 0 ? -minor : minor };
}
