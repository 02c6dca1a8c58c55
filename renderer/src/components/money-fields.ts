import type { PayeeField } from '../../../shared/import/model';

/** Fields held in minor units: shown, edited and compared as money, never as plain numbers. */
const moneyFields: ReadonlySet<PayeeField> = new Set<PayeeField>(['amount', 'refundFee']);

export function isMoneyField(field: PayeeField): boolean {
  return moneyFields.has(field);
}
