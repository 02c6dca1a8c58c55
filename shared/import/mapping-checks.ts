import { otherCurrencyEvidence, type CurrencyEvidence, type SheetFacts } from './currency-evidence.js';
import { appMessages } from '../i18n/messages/app.js';
import { payeeFields, type Currency, type PayeeField } from './model.js';
import { requiredFields } from './required-fields.js';
import type { ProviderId } from '../providers/provider-ids.js';
import { providerRules } from '../providers/provider-rules.js';
import type { Operation } from '../providers/operations.js';

/**
 * What stops a mapped sheet from going on to Review. A block must be fixed on the Map step; a
 * question must be answered. Code and params let the view say it in the user's language;
 * `message` is the English.
 */
export type MappingCheck = {
  readonly code: MappingCheckCode;
  readonly severity: 'block' | 'question';
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
};

export type MappingCheckCode = 'provider_not_chosen' | 'column_mapped_twice' | 'amount_not_mapped' | 'required_field_not_mapped' | 'currency_not_provider' | 'amounts_in_other_currency';

export type MappingCheckInput = SheetFacts & {
  readonly provider: ProviderId | null;
  /** Payroll (the default) or refunds: what the provider needs follows from it. */
  readonly operation?: Operation;
  /** The currency the amounts were read in. */
  readonly currency: Currency;
};

const currencyNames: Readonly<Record<Currency, string>> = { VND: 'Vietnamese đồng', THB: 'Thai baht' };
const currencyShort: Readonly<Record<Currency, string>> = { VND: 'đồng', THB: 'baht' };

/** The English `message` names fields as the English catalogue does: one list of labels. */
function englishLabel(field: PayeeField): string {
  return appMessages[`field.${field}`].en;
}

export function mappingChecks(input: MappingCheckInput): MappingCheck[] {
  const checks = [...twiceMapped(input), ...unmapped(input)];
  const { provider } = input;
  if (provider === null) {
    checks.push(block('provider_not_chosen', 'Choose the provider to pay with first: the checks and the currency follow from it.', {}));
    return checks;
  }
  const rules = providerRules[provider];
  if (input.currency !== rules.currency) {
    checks.push(block('currency_not_provider', `The amounts were read as ${input.currency}, but ${rules.name} pays in ${rules.currency}: they are being read again in ${rules.currency}.`, { provider: rules.name, currency: input.currency, providerCurrency: rules.currency }));
    return checks;
  }
  if (input.mapping.amount === undefined) return checks;
  const evidence = otherCurrencyEvidence(input, rules.currency);
  if (evidence) checks.push(currencyQuestion(evidence, rules.name, rules.currency));
  return checks;
}

function twiceMapped({ mapping }: MappingCheckInput): MappingCheck[] {
  const byColumn = new Map<string, PayeeField[]>();
  for (const field of payeeFields) {
    const column = mapping[field];
    if (column !== undefined) byColumn.set(column, [...(byColumn.get(column) ?? []), field]);
  }
  return [...byColumn].flatMap(([column, fields]) => {
    if (fields.length < 2) return [];
    const labels = listed(fields.map((f) => englishLabel(f)));
    return [block('column_mapped_twice', `The column "${column}" is chosen for both ${labels}. A column can hold one field only: choose the right column for the others.`, { column, fields: fields.join(',') })];
  });
}

function unmapped({ mapping, provider, operation = 'payout' }: MappingCheckInput): MappingCheck[] {
  const checks: MappingCheck[] = [];
  if (mapping.amount === undefined) checks.push(block('amount_not_mapped', 'No column is chosen for Amount, so nothing would be paid. Choose the column that holds the amounts.', { field: 'amount' }));
  if (provider === null) return checks;
  const { name } = providerRules[provider];
  for (const field of requiredFields(provider, operation)) {
    if (field === 'amount' || mapping[field] !== undefined) continue;
    checks.push(block('required_field_not_mapped', `${name} needs ${englishLabel(field)} for every payee, and no column is chosen for it. Choose its column, or choose another provider.`, { field, provider, providerName: name }));
  }
  return checks;
}

function currencyQuestion(evidence: CurrencyEvidence, provider: string, target: Currency): MappingCheck {
  const other: Currency = target === 'VND' ? 'THB' : 'VND';
  const example = evidence.example === '' ? '' : ` (${evidence.example})`;
  const why = {
    written: `These amounts are written in ${currencyNames[other]}${example}.`,
    size: `These amounts look like ${currencyNames[other]}${example}.`,
    decimals: `These amounts have satang${example}, as Thai baht do.`,
    thai_sheet: `This sheet is written in Thai, so its amounts${example} look like Thai baht.`,
  }[evidence.reason];
  const pays = `${provider} pays in ${currencyNames[target]}${evidence.reason === 'decimals' ? ', which has no decimals' : ''}.`;
  return {
    code: 'amounts_in_other_currency',
    severity: 'question',
    message: `${why} ${pays} Are they ${currencyShort[target]}?`,
    params: { provider, currency: target, sheetCurrency: other, reason: evidence.reason, example: evidence.example, hasExample: evidence.example === '' ? 'no' : 'yes' },
  };
}

function block(code: MappingCheckCode, message: string, params: MappingCheck['params']): MappingCheck {
  return { code, severity: 'block', message, params };
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
