import type { ImportOptions } from '../../../shared/import/import-file';
import { payeeFields, type ColumnMapping, type Currency, type PayeeField } from '../../../shared/import/model';
import { offers, type Operation } from '../../../shared/providers/operations';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { providerRules, rulesFor } from '../../../shared/providers/provider-rules';
import { ruleFields } from '../components/rule-fields';

/** The fields only a refund has (model.ts): a payroll's Map step does not offer them. */
const refundOnly: ReadonlySet<PayeeField> = new Set<PayeeField>(['transactionId', 'refundFee']);

/**
 * The operation a sheet is read for: the one chosen, while the provider offers it. Until a
 * provider is chosen, and for every provider that only pays out, a sheet is a payroll.
 */
export function operationFor(provider: ProviderId | null, chosen: Operation): Operation {
  return provider !== null && offers(provider, chosen) ? chosen : 'payout';
}

/**
 * The Map step's fields, in order. A refund's own fields come first, as its rules list them
 * (they are the ones Review shows); then every other field, as for a payroll. A refund-only
 * field is left out of a payroll unless a column is mapped to it, so no mapping is ever hidden.
 */
export function mappableFields(provider: ProviderId | null, operation: Operation, mapping: ColumnMapping): readonly PayeeField[] {
  if (provider === null || operation === 'payout') return payeeFields.filter((f) => !refundOnly.has(f) || mapping[f] !== undefined);
  const own = ruleFields(rulesFor(provider, operation));
  return [...own, ...payeeFields.filter((f) => !own.includes(f))];
}

/**
 * The options the sheet must be read again with so that it follows the provider and operation
 * chosen, or null when it already does. Another operation reads other headers, so its columns
 * are mapped afresh; the amounts are read in the provider's currency.
 */
export function optionsToFollow(options: ImportOptions, readIn: Currency, provider: ProviderId | null, operation: Operation): ImportOptions | null {
  const currency = provider ? providerRules[provider].currency : readIn;
  const operationChanged = (options.operation ?? 'payout') !== operation;
  if (!operationChanged && currency === readIn) return null;
  return { ...options, currency, ...(operationChanged ? { operation, mapping: undefined } : {}) };
}

/**
 * The operation a saved or imported mapping was made for: a layout with a transaction or a
 * refund fee column is a refund sheet, when the provider offers refunds.
 */
export function operationOfMapping(columns: ColumnMapping, provider: ProviderId | null): Operation {
  const refund = [...refundOnly].some((field) => columns[field] !== undefined);
  return refund && provider !== null && offers(provider, 'refund') ? 'refund' : 'payout';
}
