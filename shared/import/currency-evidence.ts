import type { ColumnMapping, Currency, ImportedRow } from './model.js';
import { minorUnits } from './parse-amount.js';

/** Why a sheet's amounts seem to be in the other currency than the provider pays in. */
export type CurrencyEvidence = { readonly reason: 'written' | 'size' | 'decimals' | 'thai_sheet'; readonly example: string };

export type SheetFacts = {
  readonly mapping: ColumnMapping;
  readonly columns: ReadonlyArray<{ readonly header: string; readonly samples: readonly string[] }>;
  readonly rows: ReadonlyArray<Pick<ImportedRow, 'payee' | 'issues'>>;
};

const writtenIn: Readonly<Record<Currency, RegExp>> = {
  VND: /vnđ|vnd|đồng|₫|[\d\s]đ(?!\p{L})/iu,
  THB: /thb|baht|บาท|฿/iu,
};
const thaiScript = /[\u0e00-\u0e7f]/u;

/**
 * Evidence that amounts read as `target` were written in the other currency, or null. Each
 * test asks for most of the sheet, not one row: a single odd amount is Review's to flag.
 */
export function otherCurrencyEvidence(facts: SheetFacts, target: Currency): CurrencyEvidence | null {
  const other: Currency = target === 'VND' ? 'THB' : 'VND';
  const samples = facts.columns.find((c) => c.header === facts.mapping.amount)?.samples ?? [];
  const marked = samples.find((s) => writtenIn[other].test(s) && !writtenIn[target].test(s));
  if (marked !== undefined) return { reason: 'written', example: marked };
  if (target === 'THB') return dongSized(facts.rows, samples);
  if (facts.columns.some((c) => thaiScript.test(c.header))) return { reason: 'thai_sheet', example: samples[0] ?? '' };
  return satangDecimals(facts.rows, samples);
}

/**
 * Read as baht, amounts in đồng are round thousands and huge: a Vietnamese salary is millions,
 * a Thai one tens of thousands. Both must hold for most rows, so a Thai payroll of round
 * salaries is not asked about.
 */
function dongSized(rows: SheetFacts['rows'], samples: readonly string[]): CurrencyEvidence | null {
  const majors: number[] = [];
  for (const { payee } of rows) if (payee.amount !== null && payee.amount > 0) majors.push(payee.amount / minorUnits.THB);
  if (majors.length === 0) return null;
  const round = majors.filter((m) => Number.isInteger(m) && m >= 10_000 && m % 1_000 === 0).length;
  const median = [...majors].sort((a, b) => a - b)[Math.floor(majors.length / 2)] ?? 0;
  if (round / majors.length < 0.8 || median < 100_000) return null;
  return { reason: 'size', example: samples[0] ?? median.toLocaleString('en-US') };
}

/** Read as đồng, which has no decimals, amounts with one or two decimal places are satang. */
function satangDecimals(rows: SheetFacts['rows'], samples: readonly string[]): CurrencyEvidence | null {
  let written = 0;
  let decimals = 0;
  for (const { payee, issues } of rows) {
    if (payee.amount !== null) written += 1;
    else if (issues.some((i) => i.field === 'amount' && i.code === 'amount_too_precise')) {
      written += 1;
      decimals += 1;
    }
  }
  if (written === 0 || decimals / written < 0.25) return null;
  return { reason: 'decimals', example: samples.find((s) => /[.,]\d{1,2}\s*\D*$/u.test(s)) ?? samples[0] ?? '' };
}
