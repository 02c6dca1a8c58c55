import { localeOf } from '../i18n/languages.js';
import type { Translator } from '../i18n/translator.js';
import type { MappingCheck } from './mapping-checks.js';
import { payeeFields, type ExcludedRow, type PayeeField } from './model.js';

/*
 * What the import says, in the reader's language: the Map step's checks, the rows left out,
 * and files that could not be read. Shared, not the window's own, so a test can hold each
 * English sentence to the message the import built.
 */

type Params = Readonly<Record<string, string | number>>;

function fieldLabel(tr: Translator, field: PayeeField): string {
  return tr.maybe(`field.${field}`) ?? field;
}

/** "Name, Bank and Amount" as the reader's language joins a list. */
export function listed(tr: Translator, items: readonly string[]): string {
  return new Intl.ListFormat(localeOf[tr.language], { type: 'conjunction' }).format(items);
}

/**
 * A Map step check in the reader's language. Field names cross as ids (`fields`, `field`), so
 * the labels are the reader's own, not the English the check's message was built with.
 */
export function checkText(tr: Translator, check: MappingCheck): string {
  const fields = String(check.params['fields'] ?? '')
    .split(',')
    .flatMap((name) => payeeFields.filter((f) => f === name));
  const field = payeeFields.find((f) => f === check.params['field']);
  const values = { ...check.params, labels: listed(tr, fields.map((f) => fieldLabel(tr, f))), label: field ? fieldLabel(tr, field) : '' };
  return tr.maybe(`check.${check.code}`, values) ?? check.message;
}

/** Why a row is not a payee, with a totals line's amounts as the reader writes money. */
export function excludedText(tr: Translator, excluded: ExcludedRow): string {
  const { row, params } = excluded;
  const reason =
    excluded.code === 'header_repeated'
      ? tr.t('import.excluded.headerRepeated', { row })
      : excluded.code === 'below_totals'
        ? tr.t('import.excluded.belowTotals', { row })
        : typeof params['formula'] === 'string'
          ? tr.t('import.excluded.totalsFormula', { row, formula: params['formula'] })
          : tr.t('import.excluded.totalsLabel', { row, label: params['label'] });
  const { stated, expected, currency } = params;
  if (typeof stated !== 'number' || typeof expected !== 'number' || (currency !== 'VND' && currency !== 'THB')) return reason;
  return tr.t('import.excluded.mismatch', { reason, stated: tr.money(stated, currency), expected: tr.money(expected, currency) });
}

/** A whole file that could not be read, in the reader's language; the English when its code is new. */
export function failureText(tr: Translator, failure: { readonly code: string; readonly message: string; readonly params: Params }): string {
  return tr.maybe(`importFailure.${failure.code}`, failure.params) ?? failure.message;
}
